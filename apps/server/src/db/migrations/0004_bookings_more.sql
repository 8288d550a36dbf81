-- Bookings, continued (SPEC M3, M10, X5): recurring series, venue closures that hold the venue
-- through the same exclusion constraint as bookings, iCalendar feeds and the bureau's daily report.
create table booking_series (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  venue_id uuid not null references venues(id),
  rrule text not null,
  dtstart timestamptz not null,
  until_at timestamptz,
  count int check (count > 0),
  duration_minutes int not null check (duration_minutes > 0),
  exdates date[] not null default '{}',
  template jsonb not null,
  created_by uuid not null references users(id),
  cancelled_by uuid references users(id),
  cancelled_at timestamptz,
  cancel_reason text,
  created_at timestamptz not null default now()
);
create index booking_series_property_idx on booking_series (property_id, dtstart);

alter table bookings add column series_id uuid references booking_series(id);
alter table bookings add column occurrence_date date;
alter table bookings add constraint bookings_series_occurrence_check check ((series_id is null) = (occurrence_date is null));
create unique index bookings_series_occurrence_idx on bookings (series_id, occurrence_date) where series_id is not null;

create table venue_closures (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  venue_id uuid not null references venues(id),
  during tstzrange not null check (not isempty(during)),
  reason text not null,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now()
);
create index venue_closures_property_idx on venue_closures using gist (property_id, during);

-- The bookings a closure collided with when it was made, and how each was resolved.
create table venue_closure_bookings (
  closure_id uuid not null references venue_closures(id),
  booking_id uuid not null references bookings(id),
  resolution text check (resolution in ('moved','cancelled','kept')),
  resolved_by uuid references users(id),
  resolved_at timestamptz,
  primary key (closure_id, booking_id)
);

-- A hold belongs to a booking or to a closure; a closure holds the free pieces of its period.
alter table booking_holds drop constraint booking_holds_pkey;
alter table booking_holds alter column booking_id drop not null;
alter table booking_holds add column closure_id uuid references venue_closures(id);
alter table booking_holds add constraint booking_holds_owner_check check ((booking_id is null) <> (closure_id is null));
create unique index booking_holds_booking_venue_idx on booking_holds (booking_id, venue_id) where booking_id is not null;
create index booking_holds_closure_idx on booking_holds (closure_id) where closure_id is not null;

create table calendar_feeds (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('venue','organization')),
  target_id uuid not null,
  token_hash text not null unique,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index calendar_feeds_property_idx on calendar_feeds (property_id, created_at);

create table bureau_reports (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  report_date date not null,
  from_date date not null,
  to_date date not null,
  rows jsonb not null,
  generated_at timestamptz not null,
  unique (property_id, report_date)
);
