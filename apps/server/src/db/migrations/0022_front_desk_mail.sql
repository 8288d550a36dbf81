-- Mail and parcels (F4): items logged one by one, handed over against a signature (version: a second
-- hand-over of the same item is a conflict), newspaper subscriptions and their daily checks, and the
-- misdeliveries and lost items the monthly accuracy counts.
create table mail_items (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  number text not null,
  direction text not null check (direction in ('in', 'out')),
  kind text not null check (kind in ('registered_letter', 'parcel', 'remittance', 'express', 'newspaper', 'confidential')),
  carrier text,
  tracking_no text,
  pieces integer not null default 1 check (pieces between 1 and 999),
  recipient_entry_id uuid references directory_entries(id),
  recipient_name text not null,
  recipient_unit text,
  recipient_user_id uuid references users(id),
  recipient_organization_id uuid references organizations(id),
  pigeonhole text not null,
  condition text not null default 'ok' check (condition in ('ok', 'damaged')),
  handling text not null default 'none' check (handling in ('none', 'warehouse', 'special_equipment')),
  important boolean not null default false,
  confidential boolean not null default false,
  status text not null check (status in ('waiting', 'picked_up', 'refused_damaged', 'unknown', 'returned', 'lost', 'sent')),
  note text,
  destination text,
  label_file_id uuid references files(id),
  received_at timestamptz not null,
  logged_by uuid not null references users(id),
  logged_by_name text not null,
  notified_at timestamptz,
  reminded_at timestamptz,
  remind_count integer not null default 0,
  signer text check (signer in ('recipient', 'proxy')),
  signer_name text,
  sign_method text check (sign_method in ('screen', 'paper', 'portal')),
  signature_file_id uuid references files(id),
  picked_up_at timestamptz,
  clerk_id uuid references users(id),
  clerk_name text,
  courier_receipt_no text,
  closed_note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- A damaged item is never signed for by the desk; a picked-up item always has its signer.
  check (not (condition = 'damaged' and status = 'picked_up')),
  check (status <> 'picked_up' or (signer is not null and signer_name is not null and picked_up_at is not null))
);
create unique index mail_items_number_key on mail_items (property_id, number);
create index mail_items_status_idx on mail_items (property_id, status, received_at);
create index mail_items_recipient_idx on mail_items (recipient_organization_id, status);

create table mail_subscriptions (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  title text not null,
  recipient_name text not null,
  per_day integer not null check (per_day between 0 and 999),
  active boolean not null default true,
  created_at timestamptz not null default now()
);

create table mail_newspaper_checks (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  subscription_id uuid not null references mail_subscriptions(id),
  day date not null,
  carrier text,
  expected integer not null,
  received integer not null check (received between 0 and 999),
  note text,
  checked_by uuid not null references users(id),
  checked_by_name text not null,
  at timestamptz not null
);
create unique index mail_newspaper_checks_day_key on mail_newspaper_checks (subscription_id, day);

create table mail_incidents (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  item_id uuid not null references mail_items(id),
  kind text not null check (kind in ('misdelivery', 'lost')),
  note text not null,
  at timestamptz not null,
  by_id uuid not null references users(id),
  by_name text not null
);
create index mail_incidents_month_idx on mail_incidents (property_id, at);
