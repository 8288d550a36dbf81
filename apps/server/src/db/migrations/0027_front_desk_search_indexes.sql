-- The desk's searches over two years of history (bench:front-desk: 500k visits, 300k mail items): one
-- trigram index over each searched text, matched by the same expression in the visitors and mail
-- repositories; a visit's host by its entry (the directory is searched first); an ID number as scanned.
create extension if not exists pg_trgm;
create index visits_search_trgm_idx on visits using gin (
  (visitor_name || ' ' || coalesce(visitor_phone, '') || ' ' || coalesce(company, '') || ' ' || number || ' ' || coalesce(car_plate, '')) gin_trgm_ops
);
create index visits_host_entry_idx on visits (host_entry_id, created_at desc);
create index visits_id_number_idx on visits (property_id, id_number) where id_number is not null;
create index mail_items_search_trgm_idx on mail_items using gin (
  (recipient_name || ' ' || coalesce(recipient_unit, '') || ' ' || coalesce(tracking_no, '') || ' ' || number || ' ' || coalesce(carrier, '')) gin_trgm_ops
);
