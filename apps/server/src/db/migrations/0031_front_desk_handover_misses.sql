-- 班班有交接 (F5): a shift that ended without any handover written alerts the supervisors, once per shift;
-- this row is that once (the primary key makes two job instances agree).
create table shift_handover_misses (
  property_id uuid not null references properties(id),
  shift_start timestamptz not null,
  shift text not null check (shift in ('day', 'evening')),
  alerted_at timestamptz not null,
  primary key (property_id, shift_start)
);
