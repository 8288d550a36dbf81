-- Paid repairs (S6): the property's repair price list — labour and materials with their unit and price in fen —
-- from which engineers and the desk build a quote. Kept by the billing staff; an item is never deleted, only
-- made inactive (old quotes keep their own copy of the name and price).
create table repair_price_items (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  name text not null,
  kind text not null check (kind in ('labour', 'material')),
  unit text not null,
  price_fen bigint not null check (price_fen >= 0),
  active boolean not null default true,
  sort integer not null default 0,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, name)
);
create index repair_price_items_property on repair_price_items (property_id, active, sort, name);
