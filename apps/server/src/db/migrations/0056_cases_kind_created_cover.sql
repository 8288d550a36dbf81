-- The three equalities (issue 16): the month's dispatched repairs are read from the index alone (their id too).
create index cases_property_kind_created_cover_idx on cases (property_id, kind, created_at) include (number, dispatched_at, id);
drop index cases_property_kind_created_idx;
