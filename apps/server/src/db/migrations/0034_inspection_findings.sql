-- Patrol findings (T2): each failed checklist result becomes one finding of its item's category. Cleaning,
-- greenery and pest findings go to housekeeping and are re-inspected until they pass; repair and safety
-- findings open a repair case (channel 'patrol') whose source points back here, one case per finding. The
-- manager signs the day's patrol records off once per day.
create table inspection_findings (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  round_id uuid not null references inspection_rounds(id),
  visit_id uuid not null references inspection_visits(id),
  checkpoint_id uuid not null references inspection_checkpoints(id),
  check_item_id uuid not null references inspection_check_items(id),
  result_id uuid not null unique references inspection_results(id),
  category text not null check (category in ('cleaning', 'greenery', 'pest', 'repair', 'safety', 'other')),
  route text not null check (route in ('housekeeping', 'repair', 'inspector')),
  title text not null,
  note text,
  photo_file_ids uuid[] not null default '{}',
  state text not null default 'open' check (state in ('open', 'fixed', 'in_repair', 'closed')),
  urgent boolean not null default false,
  found_at timestamptz not null,
  found_by uuid not null references users(id),
  found_by_name text not null,
  case_id uuid references cases(id),
  sent_to_repair_at timestamptz,
  verified_at timestamptz,
  verified_by uuid references users(id),
  verified_by_name text,
  signature_file_id uuid,
  closed_at timestamptz,
  fix_by date,
  fix_by_set_by uuid references users(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index inspection_findings_property_found_idx on inspection_findings (property_id, found_at desc);
create index inspection_findings_round_idx on inspection_findings (round_id);
create index inspection_findings_open_idx on inspection_findings (property_id, route) where state <> 'closed';

-- Every step of a finding: housekeeping's fix, each re-inspection (pass or fail), the repair request, the
-- inspector's verification, closing.
create table inspection_finding_steps (
  id uuid primary key default gen_random_uuid(),
  finding_id uuid not null references inspection_findings(id),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('fix', 'reinspect', 'repair', 'verify', 'close', 'fix_by')),
  outcome text check (outcome in ('pass', 'fail')),
  note text,
  photo_file_ids uuid[] not null default '{}',
  at timestamptz not null,
  by_user uuid not null references users(id),
  by_name text not null,
  check (kind <> 'reinspect' or outcome is not null)
);
create index inspection_finding_steps_finding_idx on inspection_finding_steps (finding_id, at);
create index inspection_finding_steps_property_idx on inspection_finding_steps (property_id, kind, at);

-- The manager's sign-off of one day's patrol records (once per day and property).
create table inspection_daily_reviews (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  day date not null,
  note text,
  rounds integer not null,
  findings integer not null,
  signed_at timestamptz not null,
  signed_by uuid not null references users(id),
  signed_by_name text not null,
  signature_file_id uuid,
  unique (property_id, day)
);

-- Where a case came from (a patrol finding): one source never opens two cases.
alter table cases add column source_kind text check (source_kind in ('inspection_finding'));
alter table cases add column source_id uuid;
alter table cases add column source_label text;
alter table cases add constraint cases_source_pair check ((source_kind is null) = (source_id is null));
create unique index cases_source_idx on cases (source_kind, source_id) where source_id is not null;
