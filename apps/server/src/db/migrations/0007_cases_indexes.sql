-- Service desk at scale (bench/cases.ts: 1,000,000 cases over three years on PostgreSQL 15).
-- Each index below was chosen from EXPLAIN ANALYZE of a report query that took > 200 ms.

-- Report ranges by kind (S10 complaint statistics: kind = 'complaint'; three equalities: kind = 'repair')
-- read only their own kind instead of every case of the month; number and dispatched_at are included
-- so the repair counts and "not dispatched" list are index-only scans.
create index cases_property_kind_created_idx on cases (property_id, kind, created_at) include (number, dispatched_at);

-- 《客户投诉月统计表》 joins the month's complaints to their callbacks three times (count, satisfied,
-- average rating): with the ratings in the index each is an index-only probe, not a hash join over all callbacks.
create index callbacks_case_cover_idx on callbacks (case_id) include (satisfied_result, courtesy_rating, attitude_rating);

-- Work-order lists of a month (三个相等: several work orders per case, not returned) need only the case
-- number: an index-only probe per work order instead of a sequential scan of all cases.
create index cases_id_number_idx on cases (id) include (number);
