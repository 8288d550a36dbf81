-- X2 / issue 11: photos, documents and drawn signatures, stored in the database itself (bytea), so a
-- file is written in the same transaction as its audit event, backed up with the records that cite it,
-- served by every app instance without a shared disk, and identical on PGlite and PostgreSQL.
-- A file is uploaded first (entity_* null, readable by its uploader only) and then attached to exactly
-- one record; from then on it is readable by whoever may read that record. Unattached files are purged
-- after a day.
create table files (
  id uuid primary key default gen_random_uuid(),
  property_id uuid not null references properties(id),
  kind text not null check (kind in ('photo', 'document', 'signature')),
  media_type text not null,
  name text not null,
  byte_size integer not null check (byte_size > 0),
  width integer,
  height integer,
  sha256 text not null,
  content bytea not null,
  thumbnail bytea,
  uploaded_by uuid not null references users(id),
  signer_name text,
  signed_at timestamptz,
  entity_type text,
  entity_id uuid,
  attached_at timestamptz,
  created_at timestamptz not null default now(),
  constraint files_attached_whole check ((entity_type is null) = (entity_id is null) and (entity_id is null) = (attached_at is null)),
  constraint files_signature_whole check ((kind = 'signature') = (signer_name is not null) and (signer_name is null) = (signed_at is null))
);
-- Images are JPEG already: do not spend time compressing them again.
alter table files alter column content set storage external;
alter table files alter column thumbnail set storage external;
create index files_entity_idx on files (entity_type, entity_id, created_at);
create index files_unattached_idx on files (created_at) where entity_id is null;
