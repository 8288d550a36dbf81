-- Large events (SPEC M13), before and after: the host leader's inspection of the preparations (查漏补缺) with its
-- checklist and findings, the record of the event (minutes, photos, audio, video) with confidentiality and the
-- hand-over to the organizer, the attendee survey, and the 会务工作总结 drawn up from the event's figures and filed.
create table event_inspections (
  event_id uuid primary key references events(id),
  property_id uuid not null references properties(id),
  scheduled_on date not null,
  leader_name text,
  leader_title text,
  items jsonb not null default '[]'::jsonb,
  inspected_at timestamptz,
  recorded_by uuid references users(id),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table event_record_items (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id),
  property_id uuid not null references properties(id),
  category text not null check (category in ('minutes','photo','audio','video','other')),
  title text not null,
  file_id uuid references files(id),
  archive_ref text,
  confidential boolean not null default false,
  handed_over_at timestamptz,
  handed_over_by uuid references users(id),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  check (file_id is not null or archive_ref is not null)
);
create index event_record_items_event_idx on event_record_items (event_id, created_at);

create table event_surveys (
  event_id uuid primary key references events(id),
  property_id uuid not null references properties(id),
  sent_at timestamptz not null,
  sent_by uuid not null references users(id),
  sent_count int not null default 0
);

-- One answer per guest (the primary key keeps it so under races).
create table event_survey_answers (
  guest_id uuid primary key references event_guests(id),
  event_id uuid not null references events(id),
  property_id uuid not null references properties(id),
  ratings jsonb not null,
  comment text,
  answered_at timestamptz not null
);
create index event_survey_answers_event_idx on event_survey_answers (event_id);

create table event_summaries (
  event_id uuid primary key references events(id),
  property_id uuid not null references properties(id),
  status text not null default 'drafted' check (status in ('drafted','filed')),
  figures jsonb not null,
  sections jsonb not null default '{}'::jsonb,
  drawn_at timestamptz not null,
  drawn_by uuid not null references users(id),
  filed_at timestamptz,
  filed_by uuid references users(id),
  version int not null default 1
);
