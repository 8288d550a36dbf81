-- Venue bookings (SPEC M2, M3). No double booking is a database invariant: every active booking
-- holds its venue and linked rooms (setup before and cleanup after included) in booking_holds,
-- whose exclusion constraint refuses any overlap, whatever the number of concurrent requests.
create table bookings (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  number text not null,
  venue_id uuid not null references venues(id),
  linked_venue_ids uuid[] not null default '{}',
  start_at timestamptz not null,
  end_at timestamptz not null,
  setup_minutes int not null default 0 check (setup_minutes >= 0),
  cleanup_minutes int not null default 0 check (cleanup_minutes >= 0),
  status text not null check (status in ('requested','confirmed','rejected','cancelled','expired')),
  organization_id uuid references organizations(id),
  organizer_unit text not null,
  contact_name text not null,
  contact_phone text not null,
  topic text not null,
  attendee_count int not null check (attendee_count > 0),
  layout text,
  services jsonb not null default '[]'::jsonb,
  confidentiality text not null default 'public' check (confidentiality in ('public','internal','confidential','secret')),
  importance text not null default 'ordinary' check (importance in ('ordinary','internal','important')),
  channel text not null check (channel in ('phone','in_person','written','building_assistant','online')),
  notes text,
  special_setup boolean not null default false,
  setup_plan text,
  application jsonb,
  lead_time_override_reason text,
  lead_time_override_by uuid references users(id),
  created_by uuid not null references users(id),
  requested_at timestamptz not null,
  decided_by uuid references users(id),
  decided_at timestamptz,
  decision_reason text,
  cancelled_by uuid references users(id),
  cancelled_at timestamptz,
  cancel_reason text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number),
  check (end_at > start_at),
  check ((lead_time_override_reason is null) = (lead_time_override_by is null))
);
create index bookings_property_start_idx on bookings (property_id, start_at, id);
create index bookings_venue_start_idx on bookings (venue_id, start_at);
create index bookings_organization_idx on bookings (organization_id, start_at);

create table booking_holds (
  booking_id uuid not null references bookings(id),
  property_id uuid not null references properties(id),
  venue_id uuid not null references venues(id),
  during tstzrange not null check (not isempty(during)),
  active boolean not null default true,
  primary key (booking_id, venue_id),
  constraint booking_holds_no_overlap exclude using gist (venue_id with =, during with &&) where (active)
);
