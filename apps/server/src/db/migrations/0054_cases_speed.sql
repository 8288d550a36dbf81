-- Speed of the service desk at a million cases (issue 16).
-- The SLA scanner pages through the unfinished cases by id: without this it walked the primary key over
-- every case (a page of 1,000 unfinished ones filtered ~400,000 finished ones out).
create index cases_sla_scan_idx on cases (id) where status not in ('resolved', 'closed', 'waiting_customer');
