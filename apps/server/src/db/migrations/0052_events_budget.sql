-- Large events (SPEC M13): the 会务服务预算表 in versions and the purchases recorded against it. A version's lines
-- are kept with it (jsonb); only a draft changes (guarded UPDATE … WHERE status = 'draft'); at approval the figures
-- it was computed with are kept (snapshot) and the approver's drawn signature attached. One version number per
-- event, and at most one draft per event.
create table event_budget_versions (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  version int not null check (version > 0),
  status text not null default 'draft' check (status in ('draft','submitted','approved','superseded')),
  lines jsonb not null default '[]'::jsonb,
  note text,
  snapshot jsonb,
  total_fen bigint not null default 0,
  row_version int not null default 1,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  submitted_by uuid references users(id),
  submitted_at timestamptz,
  approved_by uuid references users(id),
  approved_by_name text,
  approved_at timestamptz,
  signature_file_id uuid,
  unique (event_id, version)
);
create unique index event_budget_one_draft on event_budget_versions (event_id) where status = 'draft';
create unique index event_budget_one_approved on event_budget_versions (event_id) where status = 'approved';

create table event_budget_actuals (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  category text not null,
  name text not null,
  amount_fen bigint not null check (amount_fen >= 0),
  invoice_ref text,
  spent_on date not null,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now()
);
create index event_budget_actuals_event_idx on event_budget_actuals (event_id, spent_on);
