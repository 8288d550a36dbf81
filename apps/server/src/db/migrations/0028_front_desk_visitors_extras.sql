-- Visitors extras (F1): guests pre-registered from a meeting's attendee list (one visit per attendee, so a
-- second run adds only those added since), and appointments marked as never come (no_show: by the
-- end-of-day job or the desk by hand).
alter table visits add column meeting_attendee_id uuid;
alter table visits add column no_show_at timestamptz;
alter table visits add column no_show_by uuid references users(id);
create unique index visits_meeting_attendee_idx on visits (meeting_attendee_id) where meeting_attendee_id is not null;
create index visits_notice_idx on visits (notice_id) where notice_id is not null;

-- Repair cases (F6): "do when the occupant is out" with its window.
alter table cases add column occupant_out_from timestamptz;
alter table cases add column occupant_out_to timestamptz;
alter table cases add constraint cases_occupant_out_window check (
  (occupant_out_from is null and occupant_out_to is null)
  or (occupant_out_from is not null and occupant_out_to is not null and occupant_out_to > occupant_out_from)
);
