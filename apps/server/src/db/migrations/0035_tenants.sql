-- Tenant records (T1): a file per tenant company (1:1 with an organization of the property), the move-in,
-- move-out and fit-out applications with their violations, postponements and the premises hand-over
-- checklist, and the archive register (年月档案存档记录表) with its loans through the secretary.
create table tenant_files (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  name_en text,
  status text not null default 'occupied' check (status in ('moving_in', 'occupied', 'moving_out', 'vacated')),
  area_sqm numeric(10, 2) check (area_sqm is null or area_sqm > 0),
  staff_count integer check (staff_count is null or staff_count >= 0),
  move_in_date date,
  leaders jsonb not null default '[]',
  contacts jsonb not null default '[]',
  emergency_name text,
  emergency_phone text,
  notes text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id)
);
create index tenant_files_property_idx on tenant_files (property_id);

create table tenant_applications (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  number text not null,
  kind text not null check (kind in ('move_in', 'move_out', 'fit_out')),
  state text not null default 'submitted'
    check (state in ('submitted', 'approved', 'rejected', 'in_progress', 'awaiting_acceptance', 'accepted', 'failed')),
  unit_id uuid references units(id),
  description text not null,
  contractor_name text,
  contractor_phone text,
  planned_start date not null,
  planned_end date not null,
  deposit_fen bigint not null default 0 check (deposit_fen >= 0),
  checklist jsonb not null default '[]',
  submitted_by uuid references users(id),
  submitted_by_name text not null,
  submitted_at timestamptz not null,
  decided_by_name text,
  decided_at timestamptz,
  decision_note text,
  started_at timestamptz,
  finished_at timestamptz,
  closed_by_name text,
  closed_at timestamptz,
  close_note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number),
  check (planned_end >= planned_start)
);
create index tenant_applications_property_idx on tenant_applications (property_id, submitted_at desc);
create index tenant_applications_org_idx on tenant_applications (organization_id);

create table tenant_application_notes (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  application_id uuid not null references tenant_applications(id),
  kind text not null check (kind in ('violation', 'postponement')),
  on_date date not null,
  text text not null,
  new_end_date date,
  photo_file_id uuid,
  by_name text not null,
  created_at timestamptz not null default now(),
  check (kind <> 'postponement' or new_end_date is not null)
);
create index tenant_application_notes_app_idx on tenant_application_notes (application_id, created_at);

create table tenant_archive_entries (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid references organizations(id),
  file_no text not null,
  title text not null,
  category text not null check (category in ('contract', 'move_in', 'fit_out', 'move_out', 'correspondence', 'visit', 'other')),
  pages integer not null check (pages > 0),
  filed_on date not null,
  filed_by_name text not null,
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, file_no)
);
create index tenant_archive_entries_property_idx on tenant_archive_entries (property_id, filed_on desc);

create table tenant_archive_loans (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  entry_id uuid not null references tenant_archive_entries(id),
  borrower_name text not null,
  borrower_dept text,
  purpose text,
  copy_taken boolean not null default false,
  lent_by_name text not null,
  lent_at timestamptz not null,
  due_on date not null,
  returned_at timestamptz,
  checked_by_name text,
  return_note text,
  created_at timestamptz not null default now()
);
-- One loan out per document at a time: the second borrower gets 409 document_out.
create unique index tenant_archive_loans_out_idx on tenant_archive_loans (entry_id) where returned_at is null;
create index tenant_archive_loans_property_idx on tenant_archive_loans (property_id, lent_at desc);
