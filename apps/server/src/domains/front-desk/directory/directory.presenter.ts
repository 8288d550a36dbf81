/** The JSON shape of a directory entry (every field picked by name) with what the reader may do to it. */
import type { DirectoryEntry } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { DirectoryView } from './directory.repository.ts';

export const presentEntry = (actor: Actor, { e, parentName }: DirectoryView): DirectoryEntry => ({
  id: e.id,
  propertyId: e.propertyId,
  kind: e.kind,
  parentId: e.parentId,
  parentName,
  organizationId: e.organizationId,
  unitId: e.unitId,
  location: e.location,
  nameZh: e.nameZh,
  nameEn: e.nameEn,
  title: e.title,
  phone: e.phone,
  mobile: e.mobile,
  emergencyContact: e.emergencyContact,
  emergencyPhone: e.emergencyPhone,
  userId: e.userId,
  executive: e.executive,
  admitRule: e.admitRule,
  initials: e.initials,
  pigeonhole: e.pigeonhole,
  note: e.note,
  archived: e.archivedAt !== null,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
  policies: { update: can(actor, e.propertyId, 'frontdesk.directory.manage') },
});
