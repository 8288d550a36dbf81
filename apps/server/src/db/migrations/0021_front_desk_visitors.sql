-- Visitors (F1, F6): appointments and walk-ins, the host's consent (app or phone), ID registration, the
-- slip's QR token, sign-in and sign-out; the watch list that holds a visitor for a supervisor.
create table visits (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  number text not null,
  kind text not null check (kind in ('appointment', 'walk_in')),
  status text not null check (status in ('expected', 'awaiting_consent', 'held', 'admitted', 'declined', 'checked_in',
    'checked_out', 'cancelled', 'no_show')),
  host_entry_id uuid not null references directory_entries(id),
  host_user_id uuid references users(id),
  visitor_name text not null,
  visitor_phone text,
  company text,
  id_type text check (id_type in ('resident_id', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other')),
  id_number text,
  party_size integer not null default 1 check (party_size between 1 and 200),
  car_plate text,
  badge_no text,
  purpose text,
  notice_id uuid,
  expected_at timestamptz,
  consent jsonb,
  consent_deadline timestamptz,
  hold jsonb,
  slip_token text unique,
  checked_in_at timestamptz,
  checked_in_by uuid references users(id),
  checked_out_at timestamptz,
  checked_out_by uuid references users(id),
  reminded_at timestamptz,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number),
  -- nobody is let in before a recorded consent
  check (checked_in_at is null or (consent is not null and consent->>'answer' in ('accept', 'come_down')))
);
create index visits_property_idx on visits (property_id, created_at desc);
create index visits_status_idx on visits (property_id, status);
create index visits_host_user_idx on visits (host_user_id);

create table visitor_watch_list (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('name', 'id_number', 'phone', 'keyword')),
  value text not null,
  reason text not null,
  active boolean not null default true,
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create index visitor_watch_list_property_idx on visitor_watch_list (property_id, active);
