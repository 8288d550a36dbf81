-- The business center (T5, 商务中心): the price list per property, the 服务收费单 (fax out, typing, copying)
-- numbered FW-YYYYMM-NNNN per property, faxes received (传真统计本, 待查 and filed after the set days), and
-- suspicious documents reported to security. An account slip posts its charge to billing when signed.
create table bc_prices (
  property_id uuid primary key references properties(id),
  prices jsonb not null,
  updated_by_name text,
  updated_at timestamptz not null default now()
);

create table bc_slips (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  number text not null,
  kind text not null check (kind in ('fax_out', 'typing', 'copying')),
  state text not null default 'open' check (state in ('open', 'finished', 'signed', 'voided')),
  organization_id uuid references organizations(id),
  unit_id uuid references units(id),
  customer_name text not null,
  details jsonb not null,
  amount_fen bigint not null check (amount_fen >= 0),
  operator_name text,
  finished_at timestamptz,
  payment text check (payment in ('cash', 'account')),
  signer_name text,
  signature_file_id uuid,
  signed_at timestamptz,
  handover jsonb,
  handover_at timestamptz,
  handover_by_name text,
  taken_over_at timestamptz,
  taken_over_by_name text,
  void_reason text,
  voided_at timestamptz,
  voided_by_name text,
  void_signature_file_id uuid,
  created_by uuid not null references users(id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (property_id, number)
);
create index bc_slips_property_created on bc_slips (property_id, created_at desc, id);

create table bc_faxes_in (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  received_at timestamptz not null,
  recipient_name text not null,
  unit_text text,
  organization_id uuid references organizations(id),
  pages integer not null check (pages > 0),
  sender text,
  situation text not null default 'normal' check (situation in ('normal', 'not_arrived', 'moved_out')),
  state text not null default 'waiting' check (state in ('waiting', 'unknown', 'collected', 'filed')),
  phoned_at timestamptz,
  phoned_whom text,
  phoned_by_name text,
  notice_left_at timestamptz,
  cs_asked_at timestamptz,
  front_desk_note_at timestamptz,
  collected_at timestamptz,
  collected_by_name text,
  collected_signature_file_id uuid,
  filed_at timestamptz,
  created_by_name text not null,
  created_at timestamptz not null default now()
);
create index bc_faxes_in_property_received on bc_faxes_in (property_id, received_at desc, id);

create table bc_reports (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('fax', 'copy', 'print')),
  description text not null,
  slip_id uuid references bc_slips(id),
  fax_id uuid references bc_faxes_in(id),
  reported_at timestamptz not null,
  reported_by_name text not null,
  created_at timestamptz not null default now()
);
create index bc_reports_property on bc_reports (property_id, reported_at desc);
