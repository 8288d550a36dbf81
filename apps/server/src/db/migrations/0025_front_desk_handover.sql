-- The front desk's shift handover (交接班, F5): one handover per shift of a property, written by the outgoing
-- shift (a snapshot of the open items and the shift's counts), acknowledged item by item and accepted by the next.
create table shift_handovers (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  shift text not null check (shift in ('day', 'evening')),
  shift_name text not null,
  shift_start timestamptz not null,
  shift_end timestamptz not null,
  state text not null check (state in ('submitted', 'accepted')),
  written_by uuid not null references users(id),
  written_by_name text not null,
  submitted_at timestamptz not null,
  notes text,
  counts jsonb not null,
  accepted_by uuid references users(id),
  accepted_by_name text,
  accepted_at timestamptz,
  accept_remark text,
  alerted_at timestamptz,
  check (shift_end > shift_start),
  check ((state = 'accepted') = (accepted_at is not null)),
  check (accepted_by is null or accepted_by <> written_by)
);
create unique index shift_handovers_shift_key on shift_handovers (property_id, shift_start);
create index shift_handovers_open_idx on shift_handovers (shift_end) where state = 'submitted';

create table shift_handover_items (
  id uuid primary key default gen_random_uuid(),
  handover_id uuid not null references shift_handovers(id) on delete cascade,
  position integer not null,
  kind text not null check (kind in ('visitor', 'message', 'parcel', 'loan', 'executive', 'extra')),
  ref_id uuid,
  title text not null,
  detail text,
  at timestamptz,
  flagged boolean not null default false,
  acked_at timestamptz,
  acked_by uuid references users(id),
  acked_by_name text,
  remark text,
  unique (handover_id, position)
);
