-- The front desk's directory (F2): departments, tenants and their people with phones, emergency contacts,
-- pinyin initials (search) and the A–Z mail pigeonhole; executives carry the floor's admission rule (F6).
create table directory_entries (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('department', 'tenant', 'person')),
  parent_id uuid references directory_entries(id),
  organization_id uuid references organizations(id),
  unit_id uuid references units(id),
  location text,
  name_zh text not null,
  name_en text,
  title text,
  phone text,
  mobile text,
  emergency_contact text,
  emergency_phone text,
  user_id uuid references users(id),
  executive boolean not null default false,
  admit_rule text not null default 'normal' check (admit_rule in ('normal', 'office_word')),
  initials text not null,
  pigeonhole text not null,
  note text,
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index directory_entries_property_idx on directory_entries (property_id, kind, name_zh);
