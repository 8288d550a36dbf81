-- The executive floor's requests (F6): hot water, tea, visitors, meeting preparation, cleaning and repairs
-- while the executive is out; each goes to the department that does it. The morning thermos change is one
-- request per executive and working day (recurring_key keeps the job from making it twice).
create table executive_requests (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  executive_id uuid not null references directory_entries(id),
  kind text not null check (kind in ('hot_water', 'tea', 'visitor', 'meeting_prep', 'cleaning', 'repair', 'other')),
  department text not null check (department in ('meeting_staff', 'cleaning', 'engineering_av', 'security', 'front_desk')),
  detail text,
  when_out boolean not null default false,
  window_from timestamptz,
  window_to timestamptz,
  due_at timestamptz not null,
  via text not null check (via in ('phone', 'in_person', 'recurring')),
  status text not null default 'open' check (status in ('open', 'accepted', 'done', 'cancelled')),
  recurring_key text unique,
  requested_by uuid references users(id),
  accepted_by uuid references users(id),
  accepted_at timestamptz,
  done_by uuid references users(id),
  done_at timestamptz,
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (window_to is null or window_from is null or window_to > window_from)
);
create index executive_requests_open_idx on executive_requests (property_id, status, due_at);
