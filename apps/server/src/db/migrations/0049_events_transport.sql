-- Large events (M13): transport — the event's vehicles (own or hired), its transfers (pick-ups, drop-offs, shuttles,
-- visits) and who rides on them. Two invariants are the database's: a vehicle is never on two overlapping transfers,
-- and a guest never rides two overlapping transfers (the passengers carry their transfer's times for the exclusion).
create table event_vehicles (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  plate text not null,
  type text not null check (type in ('bus','minibus','mpv','car')),
  seats int not null check (seats between 1 and 80),
  hired boolean not null default false,
  company text,
  day_rate_fen int check (day_rate_fen >= 0),
  driver_name text not null,
  driver_phone text not null,
  driver_user_id uuid references users(id),
  notes text,
  dispatched_at timestamptz,                          -- when its dispatch sheet was last sent to the driver
  created_at timestamptz not null default now(),
  constraint event_vehicles_plate_unique unique (event_id, plate)
);

create table event_transfers (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('pickup','dropoff','shuttle','visit')),
  from_place text not null,
  to_place text not null,
  departs_at timestamptz not null,
  ends_at timestamptz not null,
  vehicle_id uuid references event_vehicles(id),
  status text not null default 'planned' check (status in ('planned','done')),
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint event_transfers_times check (ends_at > departs_at),
  constraint event_transfers_no_double_dispatch exclude using gist (vehicle_id with =, tstzrange(departs_at, ends_at) with &&)
);
create index event_transfers_event_idx on event_transfers (event_id, departs_at);

create table event_transfer_passengers (
  transfer_id uuid not null references event_transfers(id) on delete cascade,
  guest_id uuid not null references event_guests(id) on delete cascade,
  event_id uuid not null references events(id) on delete cascade,
  seats int not null default 1 check (seats >= 1),    -- the guest and their companions
  departs_at timestamptz not null,                    -- copied from the transfer (kept equal in the same transaction)
  ends_at timestamptz not null,
  primary key (transfer_id, guest_id),
  constraint event_transfer_passengers_no_overlap exclude using gist (guest_id with =, tstzrange(departs_at, ends_at) with &&)
);
create index event_transfer_passengers_guest_idx on event_transfer_passengers (guest_id);
