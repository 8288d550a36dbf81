-- Large events (M13), programme: the event's documents (agenda, handbook, speeches, attendee list, seating chart …),
-- each a versioned file with who may see it.
create table event_documents (
  id uuid primary key default gen_random_uuid(),
  event_id uuid not null references events(id) on delete cascade,
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('agenda','handbook','speech','attendees','seating','other')),
  title text not null,
  visibility text not null default 'team' check (visibility in ('team','guests','organizer','public')),
  confidential boolean not null default false,
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index event_documents_event_idx on event_documents (event_id);

create table event_document_versions (
  document_id uuid not null references event_documents(id) on delete cascade,
  version int not null check (version > 0),
  file_id uuid not null references files(id),
  note text,
  uploaded_by uuid not null references users(id),
  uploaded_at timestamptz not null default now(),
  primary key (document_id, version)
);
