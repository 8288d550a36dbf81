-- Speed of the service desk at a million cases (issue 16).
-- The three equalities of a month: the month's work orders counted by status and grouped by case from the
-- index alone (this replaces the index on the same key without the included columns) …
create index work_orders_property_issued_cover_idx on work_orders (property_id, issued_at) include (status, case_id);
drop index work_orders_property_issued_idx;
-- … and "dispatched without a live work order" probes this smaller index without visiting the table.
create index work_orders_live_case_idx on work_orders (case_id) where status <> 'voided';
