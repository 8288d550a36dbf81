-- Fees (T4): one-off charges that land on a month's fee tables. A finished paid repair posts its charge to
-- the engineering table (工程费统计表); a paid service (fax, typing, copying, laundry, meals) posts to the other
-- services table (其它服务统计表). Each source posts once (unique source), and the month that draws a charge
-- marks it, so nothing is typed twice and nothing is billed twice.
create table billable_charges (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  unit_id uuid references units(id),
  sheet text not null check (sheet in ('engineering', 'other_services')),
  source_kind text not null,
  source_id uuid not null,
  source_label text not null,
  description text not null,
  amount_fen bigint not null check (amount_fen > 0),
  occurred_on date not null,
  billing_month text check (billing_month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  posted_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (source_kind, source_id)
);
create index billable_charges_unbilled_idx on billable_charges (property_id, occurred_on) where billing_month is null;
create index billable_charges_month_idx on billable_charges (property_id, billing_month, sheet);

-- A month's fee tables (T4): drawn up on the draw day into six sub-tables whose lines make the receivables
-- table 《物业管理费用应收表》; signed by the CS manager, the general manager and the finance manager in that
-- order. `version` counts changes: a change after a signature voids the signatures given on the earlier
-- version. One month per property.
create table billing_months (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  state text not null default 'drafted' check (state in ('drafted', 'signing', 'signed')),
  version integer not null default 1,
  through_day date not null,
  total_fen bigint not null default 0 check (total_fen >= 0),
  drawn_at timestamptz not null,
  drawn_by uuid references users(id),
  drawn_by_name text,
  signed_at timestamptz,
  created_at timestamptz not null default now(),
  unique (property_id, month)
);

-- The lines of the month's sub-tables: one per unit (or company) and fee item, or one per one-off charge.
create table billing_lines (
  id uuid primary key default gen_random_uuid(),
  month_id uuid not null references billing_months(id) on delete cascade,
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  unit_id uuid references units(id),
  sheet text not null check (sheet in ('management', 'water', 'phone', 'parking', 'engineering', 'other_services')),
  fee_item_id uuid,
  charge_id uuid references billable_charges(id),
  description text not null,
  quantity numeric(14, 3),
  unit_price_fen bigint,
  amount_fen bigint not null check (amount_fen >= 0),
  position integer not null default 0
);
create index billing_lines_month_idx on billing_lines (month_id, sheet, organization_id);
create unique index billing_lines_charge_idx on billing_lines (charge_id) where charge_id is not null;

-- The three signatures, in order; a voided one stays for the record.
create table billing_month_signatures (
  id uuid primary key default gen_random_uuid(),
  month_id uuid not null references billing_months(id) on delete cascade,
  step text not null check (step in ('cs_manager', 'general_manager', 'finance_manager')),
  version integer not null,
  signer_id uuid not null references users(id),
  signer_name text not null,
  signature_file_id uuid,
  signed_at timestamptz not null,
  voided_at timestamptz,
  void_reason text
);
create unique index billing_month_signatures_live_idx on billing_month_signatures (month_id, step) where voided_at is null;
