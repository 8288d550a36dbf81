-- Issue 11 (X3): a lost item is handed back against the owner's signature drawn on the screen (a file
-- of kind 'signature', signer and time on it) and the owner's ID; photos of the item are files attached
-- to the lost item. owner_signature keeps the typed signatures of the rows handed back before.
alter table lost_items add column owner_id_number text;
alter table lost_items add column owner_signature_file_id uuid references files(id);
-- A returned item names who took it and how they signed: a drawing now, a typed name on older rows.
alter table lost_items drop constraint if exists lost_items_check;
alter table lost_items add constraint lost_items_returned_signed_check
  check (status <> 'returned' or (handed_to is not null and (owner_signature is not null or owner_signature_file_id is not null)));
