-- Speed of the supervision reports at a million cases (issue 16): "cannot proceed" of a week or a month reads
-- the unfinished cases and the period's unresolvable closures from these small partial indexes (it walked every
-- case created before the period's end).
create index cases_unfinished_created_idx on cases (property_id, created_at) where status not in ('resolved', 'closed');
create index cases_unresolvable_closed_idx on cases (property_id, closed_at) where close_result = 'unresolvable';
