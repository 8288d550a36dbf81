-- Large events (SPEC M13): hotels and rooming (宾客入住计划). The event's hotels, their contracted room blocks
-- (hotel, room type, night) → rooms at a price with a release date; `used` counts the rooms assigned on that night
-- and can never pass `rooms` (the guarded UPDATE … WHERE used + n <= rooms, and the check as a backstop). A room
-- holds one or two guests over check-in/out; each guest night is unique (no guest roomed twice on one night). Every
-- assign/move/cancel leaves a change row (变更记录); the check-in list sent to the hotel keeps its time and version.
create table event_hotels (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  name text not null,
  address text,
  phone text,
  contact text,
  email text,
  notes text,
  sort int not null default 0,
  sent_at timestamptz,
  sent_version int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (event_id, name)
);

create table event_room_blocks (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  hotel_id uuid not null references event_hotels(id) on delete cascade,
  room_type text not null check (room_type in ('twin','king','suite','single')),
  night date not null,
  rooms int not null check (rooms >= 0),
  used int not null default 0,
  price_fen int not null check (price_fen >= 0),
  release_on date not null,
  release_notified_at timestamptz,
  unique (hotel_id, room_type, night),
  check (used >= 0 and used <= rooms)
);
create index event_room_blocks_event_idx on event_room_blocks (event_id, release_on);

create table event_rooms (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  hotel_id uuid not null references event_hotels(id),
  room_type text not null check (room_type in ('twin','king','suite','single')),
  shared boolean not null default false,
  room_no text,
  check_in_on date not null,
  check_out_on date not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (check_out_on > check_in_on)
);
create index event_rooms_event_idx on event_rooms (event_id, hotel_id);

create table event_room_guests (
  room_id uuid not null references event_rooms(id) on delete cascade,
  event_id uuid not null references events(id) on delete cascade,
  guest_id uuid not null references event_guests(id) on delete cascade,
  night date not null,
  primary key (guest_id, night)
);
create index event_room_guests_room_idx on event_room_guests (room_id);

create table event_room_changes (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  hotel_id uuid references event_hotels(id) on delete cascade,
  room_id uuid,
  action text not null check (action in ('assigned','moved','cancelled','auto')),
  summary text not null,
  actor_id uuid references users(id),
  actor_name text,
  at timestamptz not null default now()
);
create index event_room_changes_event_idx on event_room_changes (event_id, at desc);
