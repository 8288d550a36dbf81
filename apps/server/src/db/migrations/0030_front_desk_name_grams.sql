-- Chinese text at the desk (names, companies, units, carriers, plates): a trigram index cannot serve the one- and two-character fragments people type
-- (王, 刘洋, 欧阳). Names and units are indexed by their single characters and character pairs instead
-- (cjk_grams), matched as `cjk_grams(text) @> cjk_grams(query)` and then checked with ILIKE
-- (bench:front-desk: visitor and recipient name search over 500k visits and 300k mail items).
create or replace function cjk_grams(t text) returns text[]
language sql immutable parallel safe as $$
  select coalesce(array_agg(distinct g), '{}'::text[])
  from (
    select substr(s, i, n) as g
    from (select lower(coalesce(t, '')) as s) x,
         generate_series(1, 2) n,
         generate_series(1, greatest(length(s) - n + 1, 0)) i
  ) grams
  where g !~ '\s'
$$;
create index visits_name_grams_idx on visits using gin (
  cjk_grams(visitor_name || ' ' || coalesce(company, '') || ' ' || coalesce(car_plate, ''))
);
create index mail_items_name_grams_idx on mail_items using gin (
  cjk_grams(recipient_name || ' ' || coalesce(recipient_unit, '') || ' ' || coalesce(carrier, ''))
);
