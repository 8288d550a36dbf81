-- Guest rooms and apartments (T6, 客房、公寓): rooms with their status, the daily 房态核对表, stays (check-in and
-- check-out, a line per room with its keys and linen counted out and back), the linen and glassware stock and
-- laundry batches, the vacated-room inspection with items left behind, strangers reported on the floors.
create table guest_rooms (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  building text not null,
  floor integer not null,
  number text not null,
  room_type text not null check (room_type in ('standard', 'king', 'suite', 'apartment')),
  beds integer not null,
  status text not null default 'vacant_clean' check (status in ('vacant_clean', 'vacant_dirty', 'occupied', 'out_of_order')),
  status_reason text,
  status_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  unique (property_id, building, number)
);

create table guest_stays (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  host_unit text not null,
  guests jsonb not null default '[]'::jsonb,
  contact_phone text,
  room_type text not null check (room_type in ('standard', 'king', 'suite', 'apartment')),
  room_count integer not null,
  state text not null default 'in_house' check (state in ('in_house', 'checked_out')),
  checked_in_at timestamptz not null,
  planned_check_out_on date not null,
  checked_out_at timestamptz,
  handover_note text,
  check_out_note text,
  created_by uuid not null references users(id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  check ((state = 'checked_out') = (checked_out_at is not null))
);
create index guest_stays_property_in on guest_stays (property_id, checked_in_at desc, id);

-- A room of a stay: the keys issued and returned, the linen counted out and back. One open line per room.
create table guest_stay_rooms (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  stay_id uuid not null references guest_stays(id),
  room_id uuid not null references guest_rooms(id),
  keys_issued integer not null,
  keys_returned integer,
  key_outcome text check (key_outcome in ('returned', 'lost_charged', 'lost_reported')),
  key_note text,
  linen_out jsonb not null default '{}'::jsonb,
  linen_back jsonb,
  linen_missing integer not null default 0,
  checked_in_at timestamptz not null,
  checked_out_at timestamptz,
  unique (stay_id, room_id)
);
create unique index guest_stay_rooms_open on guest_stay_rooms (room_id) where checked_out_at is null;

create table guest_room_checks (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  day date not null,
  lines jsonb not null default '[]'::jsonb,
  discrepancies integer not null default 0,
  signed_by uuid not null references users(id),
  signed_by_name text not null,
  signed_at timestamptz not null,
  unique (property_id, day)
);

create table guest_linen_stock (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  item text not null check (item in ('sheet', 'duvet_cover', 'pillowcase', 'bath_towel', 'face_towel', 'glass')),
  in_store integer not null default 0 check (in_store >= 0),
  in_rooms integer not null default 0 check (in_rooms >= 0),
  dirty integer not null default 0 check (dirty >= 0),
  at_laundry integer not null default 0 check (at_laundry >= 0),
  lost integer not null default 0 check (lost >= 0),
  unique (property_id, item)
);

create table guest_laundry_batches (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  sent_at timestamptz not null,
  sent_by_name text not null,
  sent jsonb not null,
  returned_at timestamptz,
  returned_by_name text,
  returned jsonb,
  shortfall jsonb not null default '{}'::jsonb,
  note text
);
create index guest_laundry_batches_property on guest_laundry_batches (property_id, sent_at desc);

create table guest_room_inspections (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  room_id uuid not null references guest_rooms(id),
  stay_id uuid references guest_stays(id),
  inspected_at timestamptz not null,
  inspector_name text not null,
  damage text,
  consumables text,
  remarks text,
  cleaned_at timestamptz,
  cleaned_by_name text
);
create index guest_room_inspections_property on guest_room_inspections (property_id, inspected_at desc);

create table guest_left_items (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  inspection_id uuid not null references guest_room_inspections(id),
  room_number text not null,
  description text not null,
  valuable boolean not null default false,
  found_at timestamptz not null,
  found_by_name text not null,
  handed_in_at timestamptz,
  handed_to_name text
);
create index guest_left_items_property on guest_left_items (property_id, found_at desc);

create table guest_stranger_reports (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  building text not null,
  floor text not null,
  place text,
  seen_at timestamptz not null,
  description text not null,
  photo_ids jsonb not null default '[]'::jsonb,
  reported_by uuid not null references users(id),
  reported_by_name text not null,
  created_at timestamptz not null default now(),
  follow_up text,
  closed_at timestamptz,
  closed_by_name text
);
create index guest_stranger_reports_property on guest_stranger_reports (property_id, seen_at desc);
