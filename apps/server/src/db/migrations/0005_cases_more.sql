-- Service desk, continued (SPEC S6, S9–S12): paid repairs (报价、同意、《缴费通知书》、收款), supervision
-- snapshots and sign-offs, the knowledge base (统一解释口径) and its links, archiving, tenant ratings.

-- S11: archived cases stay searchable; nothing is deleted.
alter table cases add column archived_at timestamptz;
create index cases_archive_candidates_idx on cases (closed_at) where archived_at is null and status = 'closed';
create index cases_property_closed_idx on cases (property_id, closed_at) where closed_at is not null;
create index cases_property_unit_idx on cases (property_id, unit_id, created_at desc);
-- S10: the complaint rate counts valid complaints per month.
create index cases_valid_complaints_idx on cases (property_id, created_at) where kind = 'complaint' and nature = 'valid';
create index case_events_escalated_idx on case_events (property_id, at) where kind = 'escalated';
create index work_orders_property_issued_idx on work_orders (property_id, issued_at);

-- S7: tenants rate on the portal; the callback register shows both.
alter table callbacks add column source text not null default 'staff' check (source in ('staff','tenant'));

-- S6: one charge per paid work order: quote → consent → payment notice (numbered per property) → paid.
create table repair_charges (
  work_order_id uuid primary key references work_orders(id),
  property_id uuid not null references properties(id),
  case_id uuid not null references cases(id),
  status text not null default 'quoted' check (status in ('quoted','consented','declined','noticed','paid')),
  amount_fen bigint not null check (amount_fen >= 0),
  items jsonb not null default '[]'::jsonb,
  quote_note text,
  quoted_by uuid references users(id),
  quoted_at timestamptz not null,
  consent_method text check (consent_method in ('portal','recorded')),
  consent_name text,
  consent_user_id uuid references users(id),
  consent_at timestamptz,
  notice_number text,
  notice_issued_at timestamptz,
  notice_issued_by uuid references users(id),
  paid_at timestamptz,
  receipt_no text,
  paid_recorded_by uuid references users(id),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, notice_number),
  check ((status in ('noticed','paid')) = (notice_number is not null)),
  check ((status = 'paid') = (paid_at is not null and receipt_no is not null))
);
create index repair_charges_notice_idx on repair_charges (property_id, notice_issued_at) where notice_issued_at is not null;

-- S9/S10: generated snapshots (daily review, weekly summary, monthly review, complaint statistics,
-- quarterly complaint rate) with their sign-off; one per kind, property and period.
create table case_reports (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('daily_review','weekly_summary','monthly_review','complaints_monthly','complaint_rate')),
  property_id uuid not null references properties(id),
  period text not null,
  data jsonb,
  generated_at timestamptz,
  notified_at timestamptz,
  note text,
  note_by uuid references users(id),
  note_at timestamptz,
  signed_by uuid references users(id),
  signed_at timestamptz,
  late boolean not null default false,
  created_at timestamptz not null default now(),
  unique (kind, property_id, period),
  check ((signed_by is null) = (signed_at is null))
);

-- S12: standard answers, courtesy phrases and the tenants' FAQ.
create table kb_entries (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  category text not null,
  question text not null,
  answer text not null,
  courtesy boolean not null default false,
  public boolean not null default false,
  keywords text[] not null default '{}',
  updated_by uuid references users(id),
  updated_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  archived_at timestamptz,
  version int not null default 1
);
create index kb_entries_property_idx on kb_entries (property_id, category, updated_at desc) where archived_at is null;

create table case_kb_links (
  case_id uuid not null references cases(id),
  kb_entry_id uuid not null references kb_entries(id),
  linked_by uuid references users(id),
  linked_at timestamptz not null default now(),
  primary key (case_id, kb_entry_id)
);
create index case_kb_links_entry_idx on case_kb_links (kb_entry_id);

create table consultation_kb_links (
  consultation_id uuid not null references consultations(id),
  kb_entry_id uuid not null references kb_entries(id),
  linked_by uuid references users(id),
  linked_at timestamptz not null default now(),
  primary key (consultation_id, kb_entry_id)
);
create index consultation_kb_links_entry_idx on consultation_kb_links (kb_entry_id);
