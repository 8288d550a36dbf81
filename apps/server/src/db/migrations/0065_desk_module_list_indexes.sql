-- Lists of the newer modules' pages (bench:modules, four years of one large property): the incoming faxes of one
-- state (the 30 waiting among 30,000) and the stays of one state (the 60 in house among 20,000) newest first, read
-- from an index instead of a walk over every row of the property; the key register (the newest 300 rooms of stays)
-- in its order instead of a sort of every stay's rooms; the visit register of a period (visits done) by the day
-- they were made.
create index bc_faxes_in_state_idx on bc_faxes_in (property_id, state, received_at desc, id desc);
create index guest_stays_state_idx on guest_stays (property_id, state, checked_in_at desc, id desc);
create index guest_stay_rooms_checked_in_idx on guest_stay_rooms (property_id, checked_in_at desc);
create index tenant_visits_done_idx on tenant_visits (property_id, visited_at) where state = 'done';
