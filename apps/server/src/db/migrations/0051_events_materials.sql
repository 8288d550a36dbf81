-- Large events (M13): the 会务物资清单 — each line of what the event needs, its quantity (fixed or following the live
-- counts), where it goes, the group responsible, its status, and what was drawn from the warehouse on the main
-- session's service notice (the meetings checkout keeps the stock) and counted back.
create table event_materials (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  category text not null check (category in ('stationery','storage','badge','medical','signage','gift','printed','other')),
  name text not null,
  basis text not null default 'fixed' check (basis in ('fixed','people','guests','speakers','vip','staff','sessions')),
  fixed_qty int not null default 0 check (fixed_qty >= 0),
  per_unit int not null default 1 check (per_unit >= 1),
  spare int not null default 0 check (spare >= 0),
  unit text not null,
  placement text,
  group_id uuid references event_groups(id) on delete set null,
  status text not null default 'needed' check (status in ('needed','ready','placed','returned')),
  source text not null default 'purchase' check (source in ('warehouse','purchase','organizer')),
  warehouse_item_id uuid references warehouse_items(id),
  unit_fen int check (unit_fen >= 0),
  drawn int not null default 0 check (drawn >= 0),
  returned int not null default 0 check (returned >= 0),
  lost int not null default 0 check (lost >= 0),
  notes text,
  version int not null default 1,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((source = 'warehouse') = (warehouse_item_id is not null)),
  check (returned + lost <= drawn)
);
create index event_materials_event_idx on event_materials (event_id, placement, category);
