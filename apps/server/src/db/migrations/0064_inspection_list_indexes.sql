-- Lists of the patrol pages (bench:inspections, inspections_list_*): a day's rounds count, for each round, its visits
-- with answers and its checkpoints picked by hand instead of scanned, and the month's statistics sum the picks of
-- every round (6,000 a month at 200 plans). Both read each round's visits from the table (10 rows a round) for one
-- column; this index answers them from the index alone.
create index inspection_visits_round_cover_idx on inspection_visits (round_id) include (id, method);
