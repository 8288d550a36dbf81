-- Fees (T4) after the month is signed: payment notices 《物业管理缴费单》 (one per company and month, numbered
-- JF-YYYYMM-NNN), payments with receipts numbered from an unbroken per-property sequence (SJ-YYYY-NNNNNN, a
-- voided receipt keeps its number), the month's received / arrears snapshots, the daily collection rate, the
-- dunning schedule (one row per notice and step) and the managers' monthly review of receivables.

-- Per-property number sequences (series 'JF-202611', 'SJ-2026'): the row is locked in the issuing transaction.
create table billing_counters (
  property_id uuid not null references properties(id),
  series text not null,
  last_value integer not null default 0 check (last_value >= 0),
  primary key (property_id, series)
);

create table billing_notices (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  month_id uuid not null references billing_months(id),
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  organization_id uuid not null references organizations(id),
  number text not null,
  amount_fen bigint not null check (amount_fen >= 0),
  paid_fen bigint not null default 0 check (paid_fen >= 0 and paid_fen <= amount_fen),
  issued_at timestamptz not null,
  due_on date not null,
  deliver_by date not null,
  delivered_at timestamptz,
  delivered_by uuid references users(id),
  delivered_by_name text,
  delivery_reminded_at timestamptz,
  paid_at timestamptz,
  unique (month_id, organization_id)
);
create unique index billing_notices_number_idx on billing_notices (property_id, number);
create index billing_notices_open_idx on billing_notices (property_id, due_on) where paid_at is null;
create index billing_notices_org_idx on billing_notices (organization_id, month);

-- A payment and its receipt (1:1): a voided receipt keeps its number, the payment no longer counts.
create table billing_payments (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null references billing_notices(id),
  organization_id uuid not null references organizations(id),
  amount_fen bigint not null check (amount_fen > 0),
  method text not null check (method in ('cash', 'transfer', 'card')),
  payer_name text not null,
  reference text,
  receipt_number text not null,
  received_at timestamptz not null,
  received_by uuid references users(id),
  received_by_name text not null,
  voided_at timestamptz,
  voided_by uuid references users(id),
  voided_by_name text,
  void_reason text,
  void_signature_file_id uuid
);
create unique index billing_payments_receipt_number_idx on billing_payments (property_id, receipt_number);
create index billing_payments_notice_idx on billing_payments (notice_id, received_at);
create index billing_payments_day_idx on billing_payments (property_id, received_at);

-- The dunning schedule (催缴): one row per unpaid notice and step, each fired once.
create table billing_dunning_steps (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null references billing_notices(id),
  step text not null check (step in ('reminder', 'notice', 'visit', 'escalation')),
  due_on date not null,
  fired_at timestamptz,
  done_at timestamptz,
  done_by uuid references users(id),
  done_by_name text,
  outcome text,
  unique (notice_id, step)
);
create index billing_dunning_due_idx on billing_dunning_steps (due_on) where fired_at is null;

-- The collection rate of a month, one row per property, month and day (computed daily from the notice day).
create table billing_collection_snapshots (
  property_id uuid not null references properties(id),
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  day date not null,
  receivable_fen bigint not null check (receivable_fen >= 0),
  received_fen bigint not null check (received_fen >= 0),
  households_charged integer not null check (households_charged >= 0),
  households_paid integer not null check (households_paid >= 0),
  computed_at timestamptz not null,
  primary key (property_id, month, day)
);

-- The 实收表 and 应欠表 of a month as taken on the last working day of the next month.
create table billing_report_snapshots (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  kind text not null check (kind in ('received', 'arrears')),
  taken_on date not null,
  data jsonb not null,
  created_at timestamptz not null default now(),
  unique (property_id, month, kind)
);

-- The managers' monthly review of receivables with the measures against arrears, signed.
create table billing_reviews (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  review text not null,
  measures jsonb not null default '[]',
  signed_by uuid not null references users(id),
  signed_by_name text not null,
  signed_role text not null,
  signed_at timestamptz not null,
  unique (property_id, month)
);
