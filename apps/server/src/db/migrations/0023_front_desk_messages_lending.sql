-- The front desk's message book and business calls (F2), lending items and loans (F3).
create table desk_messages (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  recipient_entry_id uuid not null references directory_entries(id),
  recipient_name text not null,
  recipient_user_id uuid references users(id),
  recipient_organization_id uuid references organizations(id),
  caller_name text not null,
  caller_phone text,
  caller_company text,
  content text not null,
  urgent boolean not null default false,
  status text not null check (status in ('logged', 'notified', 'delivered')),
  taken_by uuid not null references users(id),
  taken_by_name text not null,
  taken_at timestamptz not null,
  notified_at timestamptz,
  delivered_at timestamptz,
  delivered_how text check (delivered_how in ('app', 'phone', 'in_person')),
  delivered_by uuid references users(id),
  delivered_by_name text,
  check ((status = 'delivered') = (delivered_at is not null))
);
create index desk_messages_property_idx on desk_messages (property_id, taken_at desc);
create index desk_messages_open_idx on desk_messages (property_id, taken_at) where status <> 'delivered';
create index desk_messages_user_idx on desk_messages (recipient_user_id, taken_at desc);
create index desk_messages_org_idx on desk_messages (recipient_organization_id, taken_at desc);

create table desk_calls (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  caller_name text not null,
  caller_phone text,
  topic text not null,
  department_entry_id uuid references directory_entries(id),
  department_name text,
  note text,
  duration_min integer check (duration_min is null or duration_min between 0 and 600),
  taken_by uuid not null references users(id),
  taken_by_name text not null,
  taken_at timestamptz not null
);
create index desk_calls_property_idx on desk_calls (property_id, taken_at desc);

create table lending_items (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  name_zh text not null,
  name_en text,
  total integer not null check (total >= 0),
  available integer not null,
  loan_hours integer not null default 24 check (loan_hours between 1 and 720),
  note text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (available >= 0 and available <= total)
);
create unique index lending_items_name_idx on lending_items (property_id, name_zh);

create table loans (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  item_id uuid not null references lending_items(id),
  quantity integer not null check (quantity > 0),
  borrower_name text not null,
  borrower_phone text,
  borrower_entry_id uuid references directory_entries(id),
  borrower_company text,
  lent_at timestamptz not null,
  lent_by uuid not null references users(id),
  lent_by_name text not null,
  due_at timestamptz not null,
  reminded_at timestamptz,
  returned_at timestamptz,
  returned_by uuid references users(id),
  returned_by_name text,
  condition text check (condition in ('ok', 'damaged', 'lost')),
  note text,
  return_note text,
  check ((returned_at is null) = (condition is null))
);
create index loans_property_idx on loans (property_id, lent_at desc);
create index loans_open_idx on loans (property_id, due_at) where returned_at is null;
