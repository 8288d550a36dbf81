-- Platform: places, identity, audit, calendar overrides, notifications, outbox, jobs, counters.
create extension if not exists btree_gist;

create table properties (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  address text,
  time_zone text not null default 'Asia/Shanghai',
  work_start text not null default '08:30',
  work_end text not null default '17:30',
  settings jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table buildings (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  code text not null,
  name text not null,
  floors_above int not null default 1,
  floors_below int not null default 0,
  sort int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, code)
);

create table floors (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  building_id uuid not null references buildings(id),
  level int not null,
  label text not null,
  unique (building_id, level)
);

create table organizations (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  name text not null,
  short_name text,
  kind text not null default 'government' check (kind in ('government','company','other')),
  contact_name text,
  contact_phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, name)
);

create table units (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  building_id uuid not null references buildings(id),
  floor_id uuid references floors(id),
  code text not null,
  name text,
  households int not null default 1 check (households >= 0),
  organization_id uuid references organizations(id),
  phone text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (building_id, code)
);
create index units_property_idx on units(property_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  display_name text not null,
  password_hash text not null,
  email text,
  phone text,
  organization_id uuid references organizations(id),
  unit_id uuid references units(id),
  locale text not null default 'zh-CN',
  disabled boolean not null default false,
  must_change_password boolean not null default false,
  password_changed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index users_username_idx on users (lower(username));

create table user_roles (
  user_id uuid not null references users(id),
  property_id uuid not null references properties(id),
  role text not null,
  granted_by uuid references users(id),
  granted_at timestamptz not null default now(),
  primary key (user_id, property_id, role)
);

create table sessions (
  id text primary key,
  user_id uuid not null references users(id),
  csrf_token text not null,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions(user_id);

create table login_failures (
  id bigserial primary key,
  username text not null,
  ip text,
  at timestamptz not null default now()
);
create index login_failures_user_idx on login_failures (lower(username), at);

create table venues (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  building_id uuid not null references buildings(id),
  floor_id uuid references floors(id),
  code text not null,
  name text not null,
  venue_type text not null,
  venue_class text not null check (venue_class in ('A','B','C')),
  seats int not null check (seats > 0),
  min_attendees int,
  layouts jsonb not null default '[]'::jsonb,
  default_layout text,
  equipment jsonb not null default '[]'::jsonb,
  lead_time jsonb,
  open_from text not null default '07:00',
  open_to text not null default '22:00',
  bookable boolean not null default true,
  restricted boolean not null default false,
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, code)
);
create index venues_building_idx on venues(building_id);

create table venue_links (
  venue_id uuid not null references venues(id),
  linked_venue_id uuid not null references venues(id),
  primary key (venue_id, linked_venue_id),
  check (venue_id <> linked_venue_id)
);

create table venue_managers (
  venue_id uuid not null references venues(id),
  user_id uuid not null references users(id),
  primary key (venue_id, user_id)
);

create table venue_allowed_organizations (
  venue_id uuid not null references venues(id),
  organization_id uuid not null references organizations(id),
  primary key (venue_id, organization_id)
);

create table audit_events (
  id bigserial primary key,
  property_id uuid,
  actor_id uuid,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  changes jsonb,
  meta jsonb,
  request_id text,
  ip text,
  at timestamptz not null default now()
);
create index audit_entity_idx on audit_events (entity_type, entity_id, at);
create index audit_property_idx on audit_events (property_id, at);

create table calendar_overrides (
  property_id uuid not null references properties(id),
  day date not null,
  kind text not null check (kind in ('holiday','workday')),
  name text,
  created_at timestamptz not null default now(),
  primary key (property_id, day)
);

create table notifications (
  id uuid primary key default gen_random_uuid(),
  property_id uuid references properties(id),
  user_id uuid not null references users(id),
  kind text not null,
  title text not null,
  body text,
  link text,
  data jsonb,
  severity text not null default 'info',
  read_at timestamptz,
  created_at timestamptz not null default now()
);
create index notifications_user_idx on notifications (user_id, created_at desc);

create table outbox (
  id bigserial primary key,
  notification_id uuid references notifications(id),
  channel text not null check (channel in ('email','sms','webhook')),
  recipient text not null,
  subject text,
  body text not null,
  payload jsonb,
  status text not null default 'pending' check (status in ('pending','sent','failed')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
create index outbox_pending_idx on outbox (next_attempt_at) where status = 'pending';

create table jobs (
  id bigserial primary key,
  kind text not null,
  payload jsonb not null default '{}'::jsonb,
  run_at timestamptz not null default now(),
  status text not null default 'queued' check (status in ('queued','running','done','failed')),
  attempts int not null default 0,
  max_attempts int not null default 5,
  last_error text,
  locked_at timestamptz,
  locked_by text,
  unique_key text unique,
  created_at timestamptz not null default now(),
  finished_at timestamptz
);
create index jobs_queued_idx on jobs (run_at) where status = 'queued';

create table counters (
  property_id uuid not null references properties(id),
  key text not null,
  value bigint not null default 0,
  primary key (property_id, key)
);
