-- S2/S4 emergency path: an emergency case stays pinned (any status, also after closing) until a
-- CS supervisor, project manager or general manager signs it off with a note. Reclassifying a case
-- to emergency later clears these columns and so starts a new pin. case_events.kind has no CHECK,
-- so the new 'emergency_signed_off' event needs no change there.
alter table cases
  add column emergency_signed_off_at timestamptz,
  add column emergency_signed_off_by uuid references users(id),
  add column emergency_sign_off_note text;

-- A sign-off has its time, signer and note together (a case downgraded from emergency keeps its sign-off as history).
alter table cases add constraint cases_emergency_sign_off_whole check (
  (emergency_signed_off_at is null) = (emergency_signed_off_by is null)
  and (emergency_signed_off_at is null) = (emergency_sign_off_note is null)
);

-- The pinned strip of the case list: the property's emergencies not yet signed off, newest first.
create index cases_pinned_emergencies_idx on cases (property_id, created_at desc, id desc) where emergency and emergency_signed_off_at is null;
