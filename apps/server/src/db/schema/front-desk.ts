import { pgTable, uuid, text, boolean, timestamp } from 'drizzle-orm/pg-core';
import type { AdmitRule, DirectoryKind } from '@hy/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The directory (通讯录, migration 0020): departments, tenants and their people, searched by the desk. */
export const directoryEntries = pgTable('directory_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  propertyId: uuid('property_id').notNull(),
  kind: text('kind').$type<DirectoryKind>().notNull(),
  parentId: uuid('parent_id'),
  organizationId: uuid('organization_id'),
  unitId: uuid('unit_id'),
  location: text('location'),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en'),
  title: text('title'),
  phone: text('phone'),
  mobile: text('mobile'),
  emergencyContact: text('emergency_contact'),
  emergencyPhone: text('emergency_phone'),
  userId: uuid('user_id'),
  executive: boolean('executive').notNull().default(false),
  admitRule: text('admit_rule').$type<AdmitRule>().notNull().default('normal'),
  initials: text('initials').notNull(),
  pigeonhole: text('pigeonhole').notNull(),
  note: text('note'),
  archivedAt: ts('archived_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});
