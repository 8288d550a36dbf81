-- Meeting reports (SPEC M10): the satisfaction survey each meeting's organizing unit answers once
-- after the meeting. The row is made when the organizers are invited (by the durable survey scan)
-- or when they answer first; answering is a guarded update (answered_at is null), so it happens once.
create table meeting_surveys (
  notice_id uuid primary key references service_notices(id),
  property_id uuid not null references properties(id),
  organization_id uuid references organizations(id),
  invited_at timestamptz,
  rating int check (rating between 1 and 5),
  comment text,
  answered_by uuid references users(id),
  answered_at timestamptz,
  check ((rating is null) = (answered_at is null))
);
create index meeting_surveys_property_idx on meeting_surveys (property_id, answered_at);
