-- Large events (SPEC M13): a conference the company runs end to end. The event and its 会务组 (groups with
-- members, a leader and duties as a checklist), the briefs one group passes to the others, the programme's
-- sessions (each venue session books through the booking rules: booking_id), and the guests with their
-- registration. Hotels, transport, catering, materials, budget and the wrap-up add their own tables.
create table events (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  number text not null,
  name text not null,
  host_unit text not null,
  organization_id uuid references organizations(id),
  content text,
  starts_on date not null,
  ends_on date not null,
  scope text,
  expected_count int not null check (expected_count > 0),
  confidentiality text not null default 'public' check (confidentiality in ('public','internal','confidential','secret')),
  status text not null default 'planning' check (status in ('planning','ready','running','closed','cancelled')),
  owner_id uuid not null references users(id),
  supervisor_id uuid references users(id),
  main_session_id uuid,
  contact_name text,
  contact_phone text,
  version int not null default 1,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number),
  check (ends_on >= starts_on)
);
create index events_property_idx on events (property_id, starts_on desc);

create table event_groups (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  code text not null,
  name text not null,
  leader_id uuid references users(id),
  duties jsonb not null default '[]'::jsonb,          -- [{id, text, done, doneBy, doneByName, doneAt, briefId}]
  sort int not null default 0,
  created_at timestamptz not null default now(),
  unique (event_id, name)
);

create table event_group_members (
  group_id uuid not null references event_groups(id) on delete cascade,
  event_id uuid not null references events(id) on delete cascade,
  user_id uuid not null references users(id),
  primary key (group_id, user_id)
);
create index event_group_members_user_idx on event_group_members (user_id, event_id);

create table event_briefs (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  from_group_id uuid not null references event_groups(id) on delete cascade,
  to_group_ids uuid[] not null,
  title text not null,
  body text,
  due_at timestamptz,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now()
);
create index event_briefs_event_idx on event_briefs (event_id, created_at desc);

create table event_sessions (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('plenary','group','meal','visit','transfer','other')),
  title text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  venue_id uuid references venues(id),
  place text,
  booking_id uuid references bookings(id),
  expected_count int,
  notes text,
  sort int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index event_sessions_event_idx on event_sessions (event_id, starts_at);
create unique index event_sessions_booking_idx on event_sessions (booking_id) where booking_id is not null;

create table event_guests (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  kind text not null default 'guest' check (kind in ('guest','speaker','staff')),
  name text not null,
  organization text,
  title text,
  gender text check (gender in ('m','f')),
  phone text,
  email text,
  id_no text,                                         -- for the hotel check-in; shown to the inner circle only
  vip boolean not null default false,
  invite_token text not null unique,
  rsvp text not null default 'draft' check (rsvp in ('draft','invited','registered','declined','cancelled')),
  invited_at timestamptz,
  reminders int not null default 0,
  reminded_at timestamptz,
  registered_at timestamptz,
  arrival_at timestamptz,
  arrival_mode text check (arrival_mode in ('train','plane','car','other')),
  arrival_ref text,                                   -- train or flight number
  arrival_station text,
  departure_at timestamptz,
  departure_mode text check (departure_mode in ('train','plane','car','other')),
  departure_ref text,
  departure_station text,
  dietary text not null default 'none' check (dietary in ('none','vegetarian','halal','other')),
  dietary_note text,
  hotel_wish text not null default 'none' check (hotel_wish in ('none','needed','own')),
  room_share text not null default 'any' check (room_share in ('any','single','shared')),
  companions jsonb not null default '[]'::jsonb,      -- [{name, relation}]
  attend_days date[] not null default '{}',
  session_ids uuid[] not null default '{}',
  meals text[] not null default '{}',                 -- 'YYYY-MM-DD:lunch'
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index event_guests_event_idx on event_guests (event_id, rsvp, name);
