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
