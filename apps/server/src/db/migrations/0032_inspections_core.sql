-- Patrols (T2), the core: plans per area with a schedule and a time window, ordered checkpoints with a QR
-- token and a checklist, the rounds a job creates ahead of each window, each checkpoint's visit (scanned or
-- picked) and each checklist item's result.
create table inspection_plans (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  name text not null,
  area text not null,
  kind text not null default 'patrol' check (kind in ('patrol', 'walk', 'spot_check')),
  rrule text not null,
  window_start text not null check (window_start ~ '^[0-2][0-9]:[0-5][0-9]$'),
  window_end text not null check (window_end ~ '^[0-2][0-9]:[0-5][0-9]$'),
  lead_minutes integer not null default 60 check (lead_minutes between 0 and 10080),
  workdays_only boolean not null default false,
  assignee_id uuid references users(id),
  assignee_role text,
  active boolean not null default true,
  notes text,
  version integer not null default 1,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (assignee_id is not null or assignee_role is not null),
  check (window_end > window_start)
);
create index inspection_plans_property_idx on inspection_plans (property_id) where active;

create table inspection_checkpoints (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  plan_id uuid not null references inspection_plans(id),
  position integer not null,
  name text not null,
  location text,
  qr_token text not null unique,
  active boolean not null default true,
  created_at timestamptz not null default now()
);
create index inspection_checkpoints_plan_idx on inspection_checkpoints (plan_id, position);

create table inspection_check_items (
  id uuid primary key default gen_random_uuid(),
  checkpoint_id uuid not null references inspection_checkpoints(id),
  position integer not null,
  label text not null,
  kind text not null check (kind in ('pass_fail', 'number', 'text', 'photo')),
  min_value double precision,
  max_value double precision,
  unit text,
  photo_required boolean not null default false,
  category text not null default 'other' check (category in ('cleaning', 'greenery', 'pest', 'repair', 'safety', 'other')),
  active boolean not null default true
);
create index inspection_check_items_checkpoint_idx on inspection_check_items (checkpoint_id, position);

create table inspection_rounds (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  plan_id uuid not null references inspection_plans(id),
  due_date date not null,
  window_start timestamptz not null,
  window_end timestamptz not null,
  assignee_id uuid references users(id),
  assignee_name text,
  state text not null default 'scheduled' check (state in ('scheduled', 'in_progress', 'completed', 'missed')),
  started_at timestamptz,
  completed_at timestamptz,
  late boolean not null default false,
  reassigned_from uuid references users(id),
  alerted_missed_at timestamptz,
  alerted_late_at timestamptz,
  created_at timestamptz not null default now(),
  unique (plan_id, due_date),
  check (window_end > window_start)
);
create index inspection_rounds_property_day_idx on inspection_rounds (property_id, due_date);
create index inspection_rounds_assignee_idx on inspection_rounds (assignee_id, due_date);
create index inspection_rounds_open_idx on inspection_rounds (window_end) where state in ('scheduled', 'in_progress');

create table inspection_visits (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references inspection_rounds(id),
  checkpoint_id uuid not null references inspection_checkpoints(id),
  method text not null check (method in ('scan', 'pick')),
  pick_reason text,
  visited_at timestamptz not null,
  visited_by uuid not null references users(id),
  visited_by_name text not null,
  note text,
  unique (round_id, checkpoint_id),
  check (method = 'scan' or pick_reason is not null)
);

create table inspection_results (
  id uuid primary key default gen_random_uuid(),
  visit_id uuid not null references inspection_visits(id),
  round_id uuid not null references inspection_rounds(id),
  check_item_id uuid not null references inspection_check_items(id),
  outcome text not null check (outcome in ('pass', 'fail', 'na')),
  value_number double precision,
  value_text text,
  photo_file_ids uuid[] not null default '{}',
  note text,
  unique (visit_id, check_item_id)
);
create index inspection_results_round_idx on inspection_results (round_id);
create index inspection_results_failed_idx on inspection_results (round_id) where outcome = 'fail';
