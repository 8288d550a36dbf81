-- Service desk (SPEC S1–S8): cases (报修/投诉), their timeline, work orders (工程维修派工单),
-- callbacks (回访), consultations (explained questions that open no case) and SLA alert marks.
create table cases (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  number text not null,
  kind text not null check (kind in ('repair','complaint')),
  channel text not null check (channel in ('phone','hotline','visit','letter','email','chat','tenant_portal','patrol','staff','manager')),
  contact_name text,
  contact_phone text,
  unit_id uuid references units(id),
  organization_id uuid references organizations(id),
  location text,
  content text not null,
  photos jsonb not null default '[]'::jsonb,
  nature text check (nature in ('valid','communicative')),
  nature_type text check (nature_type in ('help_seeking','inquiry','venting')),
  category text check (category in ('equipment','attitude','quality')),
  subcategory text,
  severity text not null default 'general' check (severity in ('general','important','major')),
  emergency boolean not null default false,
  urgency text not null default 'normal' check (urgency in ('urgent','normal','low')),
  status text not null default 'open' check (status in ('open','dispatched','in_progress','waiting_customer','resolved','closed','reopened')),
  resume_status text,
  assignee_id uuid references users(id),
  parent_case_id uuid references cases(id),
  reporter_id uuid references users(id),
  created_by uuid references users(id),
  respond_due_at timestamptz not null,
  resolve_due_at timestamptz not null,
  extended_to timestamptz,
  extended_paused_minutes int,
  responded_at timestamptz,
  dispatched_at timestamptz,
  resolved_at timestamptz,
  escalation_level int not null default 0 check (escalation_level between 0 and 3),
  paused_at timestamptz,
  paused_total_minutes int not null default 0 check (paused_total_minutes >= 0),
  apology_recorded_at timestamptz,
  proof_checked boolean not null default false,
  proof_note text,
  reopened_count int not null default 0,
  closed_at timestamptz,
  closed_by uuid references users(id),
  close_result text check (close_result in ('resolved','unresolvable')),
  close_note text,
  close_approver_id uuid references users(id),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number),
  check (nature_type is null or nature = 'communicative'),
  check ((status = 'closed') = (closed_at is not null)),
  check ((status = 'waiting_customer') = (paused_at is not null))
);
create index cases_property_created_idx on cases (property_id, created_at desc, id desc);
create index cases_property_status_idx on cases (property_id, status);
create index cases_reporter_idx on cases (reporter_id);
create index cases_parent_idx on cases (parent_case_id) where parent_case_id is not null;
create index cases_active_idx on cases (resolve_due_at) where status <> 'closed';
create index cases_contact_phone_idx on cases (property_id, contact_phone);

create table case_events (
  id bigserial primary key,
  property_id uuid not null references properties(id),
  case_id uuid not null references cases(id),
  kind text not null,
  actor_id uuid references users(id),
  actor_name text,
  note text,
  data jsonb,
  at timestamptz not null default now()
);
create index case_events_case_idx on case_events (case_id, at, id);

-- One row per SLA alert a case has had: the scanner inserts ON CONFLICT DO NOTHING, so it notifies once.
create table case_alerts (
  case_id uuid not null references cases(id),
  key text not null,
  at timestamptz not null default now(),
  primary key (case_id, key)
);

create table work_orders (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  case_id uuid not null references cases(id),
  number text not null,
  year int not null,
  seq int not null check (seq > 0),
  paid boolean not null default false,
  customer_name text,
  content text not null,
  reporting_department text,
  reporter_name text,
  urgency text not null default 'normal' check (urgency in ('urgent','normal','low')),
  issuer_id uuid references users(id),
  assignee_id uuid references users(id),
  status text not null default 'issued' check (status in ('issued','accepted','on_site','completed','signed','returned','voided')),
  issued_at timestamptz not null,
  accepted_at timestamptz,
  arrived_at timestamptz,
  completed_at timestamptz,
  work_done text,
  materials jsonb not null default '[]'::jsonb,
  signed_by_name text,
  signed_by_user_id uuid references users(id),
  signed_at timestamptz,
  signature_method text check (signature_method in ('portal','paper')),
  returned_at timestamptz,
  returned_by uuid references users(id),
  void_reason text,
  voided_at timestamptz,
  voided_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number),
  unique (property_id, year, seq),
  check ((status = 'voided') = (void_reason is not null)),
  check (status not in ('signed','returned') or (signed_at is not null and signed_by_name is not null))
);
create index work_orders_case_idx on work_orders (case_id);
create index work_orders_assignee_idx on work_orders (property_id, assignee_id, status);

create table callbacks (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  case_id uuid not null references cases(id),
  by_id uuid references users(id),
  at timestamptz not null,
  satisfied_result boolean not null,
  courtesy_rating int not null check (courtesy_rating between 1 and 5),
  attitude_rating int not null check (attitude_rating between 1 and 5),
  comment text,
  reopened boolean not null default false,
  created_at timestamptz not null default now()
);
create index callbacks_case_idx on callbacks (case_id, at);
create index callbacks_property_idx on callbacks (property_id, at);

create table consultations (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  channel text not null check (channel in ('phone','hotline','visit','letter','email','chat','tenant_portal','patrol','staff','manager')),
  contact_name text,
  contact_phone text,
  unit_id uuid references units(id),
  organization_id uuid references organizations(id),
  question text not null,
  answer text not null,
  topic text,
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create index consultations_property_idx on consultations (property_id, created_at desc);
