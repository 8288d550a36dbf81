import { pgTable, uuid, text, integer, timestamp, customType } from 'drizzle-orm/pg-core';
import type { FileKind } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Photos, documents and signatures (migration 0014): bytes in the row, attached to one record. */
export const files = pgTable('files', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  kind: text('kind').$type<FileKind>().notNull(),
  mediaType: text('media_type').notNull(),
  name: text('name').notNull(),
  byteSize: integer('byte_size').notNull(),
  width: integer('width'),
  height: integer('height'),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  thumbnail: bytea('thumbnail'),
  uploadedBy: uuid('uploaded_by').notNull(),
  signerName: text('signer_name'),
  signedAt: ts('signed_at'),
  entityType: text('entity_type'),
  entityId: uuid('entity_id'),
  attachedAt: ts('attached_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
});
