-- Tenant visits (T3, 用户走访): visits arranged ahead with a tenant company's responsible person, recorded
-- in the 住户访问统计表 (met whom, opinions, satisfaction); each issue raised there becomes one linked case;
-- holiday greetings (元旦, 春节, 中秋, 圣诞, 国庆) planned per occasion and year with who gives what.
create table tenant_visits (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  unit_id uuid references units(id),
  state text not null default 'planned' check (state in ('planned', 'done', 'cancelled')),
  planned_at timestamptz not null,
  place text,
  contact_name text not null,
  contact_phone text,
  topics jsonb not null default '[]'::jsonb,
  visitors jsonb not null default '[]'::jsonb,
  visited_at timestamptz,
  met_names text,
  opinions text,
  satisfaction text check (satisfaction in ('very_satisfied', 'satisfied', 'neutral', 'dissatisfied')),
  cancel_reason text,
  reminded_at timestamptz,
  created_by uuid not null references users(id),
  created_by_name text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((state = 'done') = (visited_at is not null))
);
create index tenant_visits_property_planned on tenant_visits (property_id, planned_at desc, id);
create index tenant_visits_organization on tenant_visits (organization_id, planned_at desc);

-- One issue raised in a visit; opened as a case at most once (the unique case_id and the guarded update).
create table tenant_visit_issues (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  visit_id uuid not null references tenant_visits(id),
  position integer not null,
  content text not null,
  case_id uuid references cases(id),
  case_opened_at timestamptz,
  created_at timestamptz not null default now(),
  unique (visit_id, position)
);
create unique index tenant_visit_issues_case_key on tenant_visit_issues (case_id);

-- A greeting plan per occasion per year, and a line per tenant company: who gives what, ticked when done.
create table tenant_greeting_plans (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  occasion text not null check (occasion in ('new_year', 'spring_festival', 'mid_autumn', 'christmas', 'national_day')),
  year integer not null,
  occasion_date date not null,
  deliver_by date not null,
  note text,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  unique (property_id, occasion, year)
);

create table tenant_greeting_items (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null references tenant_greeting_plans(id),
  property_id uuid not null references properties(id),
  organization_id uuid not null references organizations(id),
  gift_kind text not null default 'card' check (gift_kind in ('gift', 'card', 'visit')),
  gift text,
  giver_name text,
  done_at timestamptz,
  done_by_name text,
  unique (plan_id, organization_id)
);
