-- Fees set-up (T4): the fee items of a property (how each line of the month's tables is priced), the units'
-- billing area, water meter readings, phone lines and their monthly usage fees, parking spaces and who holds
-- them. The month's draw (billing_months, 0038) reads these; a drawn month keeps its own numbers.
alter table units add column billing_area_sqm numeric(10, 2) check (billing_area_sqm is null or billing_area_sqm > 0);

create table fee_items (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  code text not null,
  name text not null,
  sheet text not null check (sheet in ('management', 'water', 'phone', 'parking', 'engineering', 'other_services')),
  basis text not null check (basis in ('area', 'meter', 'fixed', 'charges')),
  unit_label text not null,
  unit_price_fen bigint not null default 0 check (unit_price_fen >= 0),
  surcharge_fen bigint not null default 0 check (surcharge_fen >= 0),
  rounding text not null default 'fen' check (rounding in ('fen', 'jiao', 'yuan')),
  due_day integer not null default 15 check (due_day between 1 and 28),
  active boolean not null default true,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, code)
);

-- One reading per unit and month; `previous` is the month before's current reading (0 for a new meter).
create table meter_readings (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  unit_id uuid not null references units(id),
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  previous_reading numeric(12, 2) not null check (previous_reading >= 0),
  current_reading numeric(12, 2) not null check (current_reading >= previous_reading),
  read_on date not null,
  read_by uuid references users(id),
  read_by_name text,
  updated_at timestamptz not null default now(),
  unique (unit_id, month)
);
create index meter_readings_month_idx on meter_readings (property_id, month);

create table phone_lines (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  number text not null,
  kind text not null check (kind in ('line', 'extension')),
  monthly_rent_fen bigint not null check (monthly_rent_fen >= 0),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (property_id, number)
);

create table phone_usage (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  line_id uuid not null references phone_lines(id) on delete cascade,
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  usage_fen bigint not null check (usage_fen >= 0),
  updated_at timestamptz not null default now(),
  unique (line_id, month)
);

create table parking_spaces (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  code text not null,
  zone text not null,
  monthly_fee_fen bigint not null check (monthly_fee_fen >= 0),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (property_id, code)
);

create table parking_assignments (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  space_id uuid not null references parking_spaces(id) on delete cascade,
  organization_id uuid not null references organizations(id),
  from_day date not null,
  to_day date check (to_day is null or to_day >= from_day),
  plate text,
  created_at timestamptz not null default now()
);
create index parking_assignments_space_idx on parking_assignments (space_id, from_day);
