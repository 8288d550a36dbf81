-- Laundry (洗客衣服务) and meals (送客餐服务), T5: the suppliers (one list, kind laundry or meals), the laundry
-- price list given to tenants at move-in, laundry requests (called → collected within 30 minutes → returned →
-- signed on the 洗衣服务确定单, re-wash rounds), the weekly menus, meal orders (cut-off, late acceptance, the
-- quality check, delivery, signature), the day's order sheet phoned to the supplier, and the monthly and
-- year-end supplier evaluations.
create table ps_suppliers (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('laundry', 'meals')),
  name text not null,
  contact_name text,
  phone text,
  contract_from date,
  contract_to date,
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index ps_suppliers_property on ps_suppliers (property_id, kind);

create table ps_laundry_prices (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  supplier_id uuid not null references ps_suppliers(id),
  position integer not null,
  item text not null,
  wash_fen integer check (wash_fen >= 0),
  dry_clean_fen integer check (dry_clean_fen >= 0),
  iron_fen integer check (iron_fen >= 0),
  created_at timestamptz not null default now()
);
create index ps_laundry_prices_supplier on ps_laundry_prices (supplier_id, position);

create table ps_laundry_requests (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  unit_id uuid references units(id),
  supplier_id uuid not null references ps_suppliers(id),
  source text not null check (source in ('desk', 'portal')),
  state text not null default 'requested' check (state in ('requested', 'called', 'collected', 'returned', 'rewash', 'signed')),
  contact_name text not null,
  contact_phone text,
  estimate text,
  called_at timestamptz,
  collect_due_at timestamptz,
  collected_at timestamptz,
  alerted_at timestamptz,
  returned_at timestamptz,
  rewash_count integer not null default 0,
  rewash_note text,
  lines jsonb not null default '[]'::jsonb,
  total_fen integer not null default 0 check (total_fen >= 0),
  signer_name text,
  signature_file_id uuid,
  signed_at timestamptz,
  created_by uuid not null references users(id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ps_laundry_requests_property on ps_laundry_requests (property_id, created_at desc);
create index ps_laundry_requests_due on ps_laundry_requests (collect_due_at) where collected_at is null and alerted_at is null;

create table ps_meal_menus (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  supplier_id uuid not null references ps_suppliers(id),
  week_start date not null,
  dishes jsonb not null default '[]'::jsonb,
  published_at timestamptz,
  created_by_name text not null,
  created_at timestamptz not null default now(),
  unique (property_id, week_start)
);

create table ps_meal_orders (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  unit_id uuid references units(id),
  supplier_id uuid not null references ps_suppliers(id),
  order_date date not null,
  source text not null check (source in ('desk', 'portal')),
  state text not null default 'ordered' check (state in ('ordered', 'passed', 'redo', 'delivered', 'signed')),
  contact_name text not null,
  lines jsonb not null default '[]'::jsonb,
  total_fen integer not null check (total_fen > 0),
  late boolean not null default false,
  late_accepted_by_name text,
  check_note text,
  redo_count integer not null default 0,
  checked_at timestamptz,
  delivered_at timestamptz,
  delivered_late boolean not null default false,
  signer_name text,
  signature_file_id uuid,
  signed_at timestamptz,
  created_by uuid not null references users(id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index ps_meal_orders_property_day on ps_meal_orders (property_id, order_date desc);

create table ps_meal_day_sheets (
  property_id uuid not null references properties(id),
  day date not null,
  phoned_at timestamptz not null,
  phoned_by_name text not null,
  primary key (property_id, day)
);

create table ps_evaluations (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  supplier_id uuid not null references ps_suppliers(id),
  kind text not null check (kind in ('monthly', 'weekly', 'yearly')),
  period text not null,
  opinions text not null,
  improvements text,
  renew boolean,
  decision text,
  decided_by_name text,
  decided_at timestamptz,
  written_by_name text not null,
  created_at timestamptz not null default now(),
  unique (supplier_id, kind, period)
);

-- A reminder sent once per property, subject and period (evaluation YYYY-MM, menu / opinions YYYY-MM-DD).
create table ps_reminders (
  property_id uuid not null references properties(id),
  what text not null,
  period text not null,
  sent_at timestamptz not null,
  primary key (property_id, what, period)
);
