-- Speed of the service desk at a million cases (issue 16).
-- The SLA scanner pages through the unfinished cases by id: without this it walked the primary key over
-- every case (a page of 1,000 unfinished ones filtered ~400,000 finished ones out).
create index cases_sla_scan_idx on cases (id) where status not in ('resolved', 'closed', 'waiting_customer');

-- The three equalities of a month: the month's work orders counted by status and grouped by case from the
-- index alone (this replaces the index on the same key without the included columns) …
create index work_orders_property_issued_cover_idx on work_orders (property_id, issued_at) include (status, case_id);
drop index work_orders_property_issued_idx;
-- … and "dispatched without a live work order" probes this smaller index without visiting the table.
create index work_orders_live_case_idx on work_orders (case_id) where status <> 'voided';
