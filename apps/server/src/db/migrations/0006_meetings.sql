-- Meeting services (SPEC M4, M5, M8, M12a): admin-editable task templates, the numbered service
-- notice a confirmed booking produces, its department tasks, readiness, three-level checks and
-- incidents. State changes are guarded by `where status = …` so concurrent writers cannot both win.
create table task_templates (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  code text not null,
  department text not null check (department in ('engineering_av','security','meeting_staff','cleaning')),
  title text not null,
  instructions text,
  venue_types text[] not null default '{}',          -- empty: every type
  venue_classes text[] not null default '{}',        -- empty: every class
  exclude_venue_types text[] not null default '{}',
  services text[] not null default '{}',             -- non-empty: only when the booking asks for one of them
  offset_minutes int,                                 -- relative to the start (negative = before) …
  day_before_at text check (day_before_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'), -- … or the previous working day at this local time
  quantity jsonb not null default '{"rule":"none"}'::jsonb,
  repeat_minutes int check (repeat_minutes >= 10),   -- repeats during the meeting (tea refills)
  sort int not null default 0,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, code),
  check ((offset_minutes is null) <> (day_before_at is null))
);

create table service_notices (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  booking_id uuid not null unique references bookings(id),
  number text not null,
  version int not null default 1,
  status text not null default 'active' check (status in ('active','on_hold','cancelled')),
  booking_version int not null,
  start_at timestamptz not null,
  end_at timestamptz not null,
  venue_id uuid not null references venues(id),
  content jsonb not null,
  conference_building boolean not null default false,
  notice_deadline timestamptz,
  ready_deadline timestamptz,
  issued_late boolean not null default false,
  issued_by uuid references users(id),
  issued_at timestamptz not null,
  started_at timestamptz,
  started_by uuid references users(id),
  ended_at timestamptz,
  ended_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number)
);
create index service_notices_property_start_idx on service_notices (property_id, start_at);

create table notice_departments (
  notice_id uuid not null references service_notices(id),
  department text not null,
  ready_at timestamptz,
  ready_by uuid references users(id),
  verified_at timestamptz,
  verified_by uuid references users(id),
  primary key (notice_id, department)
);

create table meeting_tasks (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null references service_notices(id),
  department text not null,
  key text not null,                                  -- template code (#n for repeats): the identity a re-issue diffs by
  title text not null,
  instructions text,
  due_at timestamptz not null,
  quantity int,
  unit text,
  sort int not null default 0,
  status text not null default 'open' check (status in ('open','done','cancelled')),
  done_by uuid references users(id),
  done_at timestamptz,
  note text,
  photo_url text,
  overdue_alerted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (notice_id, key)
);
create index meeting_tasks_board_idx on meeting_tasks (property_id, department, due_at);
create index meeting_tasks_open_due_idx on meeting_tasks (due_at) where status = 'open' and overdue_alerted_at is null;

create table meeting_checks (
  notice_id uuid not null references service_notices(id),
  level int not null check (level between 1 and 3),
  property_id uuid not null references properties(id),
  due_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending','ok','problem','missed')),
  finding text,
  checked_by uuid references users(id),
  checked_at timestamptz,
  missed_at timestamptz,
  primary key (notice_id, level)
);

create table meeting_incidents (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  notice_id uuid not null references service_notices(id),
  kind text not null check (kind in ('equipment_failure','noise','unauthorized_people','other')),
  severity text not null default 'normal' check (severity in ('normal','serious')),
  description text not null,
  handled_by text,
  handling text,
  escalated boolean not null default false,
  reported_by uuid not null references users(id),
  reported_at timestamptz not null,
  resolved_by uuid references users(id),
  resolved_at timestamptz
);
create index meeting_incidents_notice_idx on meeting_incidents (notice_id, reported_at);
