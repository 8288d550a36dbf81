/** Large events (migration 0046, M13): the programme's documents and their versions. */
import { pgTable, uuid, text, integer, timestamp, boolean, index, primaryKey } from 'drizzle-orm/pg-core';
import type { DocumentKind, DocumentVisibility } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const eventDocuments = pgTable(
  'event_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull(),
    propertyId: uuid('property_id').notNull(),
    kind: text('kind').$type<DocumentKind>().notNull(),
    title: text('title').notNull(),
    visibility: text('visibility').$type<DocumentVisibility>().notNull().default('team'),
    confidential: boolean('confidential').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('event_documents_event_idx').on(t.eventId)],
);

export const eventDocumentVersions = pgTable(
  'event_document_versions',
  {
    documentId: uuid('document_id').notNull(),
    version: integer('version').notNull(),
    fileId: uuid('file_id').notNull(),
    note: text('note'),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: ts('uploaded_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version] })],
);
