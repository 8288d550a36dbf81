-- Staff quality (T7): hygiene inspections at their three levels with scores, the cleaning contractor's
-- monthly evaluation that decides its payment, the monthly training plan with attendance, evaluations of
-- staff per criterion and spot checks of the front desk.

-- One inspection sheet: a level (team weekly, area half-monthly, department monthly), an area, the period it
-- counts for, the inspector, the score (full score minus the items' deductions) and remarks.
create table hygiene_inspections (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  level text not null check (level in ('team', 'area', 'department')),
  area text not null,
  period_start date not null,
  inspected_on date not null,
  inspected_at timestamptz not null,
  inspector_id uuid not null references users(id),
  inspector_name text not null,
  score integer not null check (score between 0 and 100),
  remarks text,
  photo_ids uuid[] not null default '{}',
  created_at timestamptz not null default now()
);
create index hygiene_inspections_period_idx on hygiene_inspections (property_id, inspected_on, level);

create table hygiene_inspection_items (
  inspection_id uuid not null references hygiene_inspections(id) on delete cascade,
  position integer not null,
  code text not null,
  points integer not null check (points > 0),
  deduction integer not null check (deduction >= 0 and deduction <= points),
  note text,
  primary key (inspection_id, position)
);

-- The reminder of a level's period sent to the housekeeping supervisor: once per property, level and period.
create table hygiene_reminders (
  property_id uuid not null references properties(id),
  level text not null,
  period_start date not null,
  reminded_at timestamptz not null,
  primary key (property_id, level, period_start)
);

-- The cleaning contractor's month: the figures it was computed from, the proposed rating and payment under
-- its deduction rule; confirmed by the manager and then locked.
create table contractor_evaluations (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  month text not null check (month ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  contractor_name text not null,
  team_avg integer,
  area_avg integer,
  department_avg integer,
  inspections integer not null,
  findings integer not null,
  reinspections integer not null,
  failed_reinspections integer not null,
  open_findings integer not null,
  score_tenths integer not null check (score_tenths between 0 and 1000),
  rating text not null check (rating in ('excellent', 'good', 'pass', 'fail')),
  contract_amount_fen bigint not null check (contract_amount_fen >= 0),
  full_pay_score integer not null check (full_pay_score between 0 and 100),
  deduct_bp_per_point integer not null check (deduct_bp_per_point between 0 and 10000),
  deduction_fen bigint not null,
  payment_fen bigint not null,
  state text not null check (state in ('draft', 'confirmed')),
  remarks text,
  prepared_by uuid not null references users(id),
  prepared_by_name text not null,
  prepared_at timestamptz not null,
  confirmed_by uuid references users(id),
  confirmed_by_name text,
  confirmed_at timestamptz,
  check ((state = 'confirmed') = (confirmed_at is not null)),
  unique (property_id, month)
);

create table training_sessions (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  month text not null,
  topic text not null,
  trainer text not null,
  starts_at timestamptz not null,
  minutes integer not null check (minutes between 10 and 600),
  place text not null,
  audience_roles text[] not null,
  notes text,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now()
);
create index training_sessions_month_idx on training_sessions (property_id, month, starts_at);

create table training_attendance (
  session_id uuid not null references training_sessions(id) on delete cascade,
  user_id uuid not null references users(id),
  user_name text not null,
  attended boolean not null,
  absence_reason text,
  score integer check (score between 0 and 100),
  passed boolean,
  recorded_at timestamptz not null,
  check (attended or absence_reason is not null),
  primary key (session_id, user_id)
);

create table evaluation_criteria (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  name text not null,
  max_score integer not null check (max_score between 1 and 100),
  position integer not null,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  unique (property_id, name)
);

-- An evaluation (考评) of a staff member by a supervisor, or a spot check of the front desk (pass/fail points).
create table staff_evaluations (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('evaluation', 'spot_check')),
  month text not null,
  staff_id uuid not null references users(id),
  staff_name text not null,
  evaluator_id uuid not null references users(id),
  evaluator_name text not null,
  evaluated_at timestamptz not null,
  total integer not null,
  max_total integer not null,
  passed boolean not null,
  remarks text,
  check (staff_id <> evaluator_id)
);
create index staff_evaluations_month_idx on staff_evaluations (property_id, month, kind);

create table staff_evaluation_points (
  evaluation_id uuid not null references staff_evaluations(id) on delete cascade,
  position integer not null,
  criterion_id uuid references evaluation_criteria(id),
  code text,
  label text not null,
  max_score integer not null,
  score integer not null,
  passed boolean,
  note text,
  primary key (evaluation_id, position)
);
