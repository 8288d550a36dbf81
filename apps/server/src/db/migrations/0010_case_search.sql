-- Case search (S11: by number, person, phone, place or text) over a million cases: one trigram index
-- over the searched text, matched by the same expression in the cases repository.
create extension if not exists pg_trgm;
create index cases_search_trgm_idx on cases using gin (
  (number || ' ' || content || ' ' || coalesce(contact_name, '') || ' ' || coalesce(contact_phone, '') || ' ' || coalesce(location, '')) gin_trgm_ops
);
