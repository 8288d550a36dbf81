/** The JSON shapes of a message and a call (every field picked by name) with what the reader may do. */
import type { DeskCall, DeskMessage } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { CallRow, MessageRow } from './messages.repository.ts';
import { isOpen, isRecipient } from './messages.rules.ts';

export const presentMessage = (actor: Actor, m: MessageRow): DeskMessage => ({
  id: m.id,
  propertyId: m.propertyId,
  recipientEntryId: m.recipientEntryId,
  recipientName: m.recipientName,
  callerName: m.callerName,
  callerPhone: m.callerPhone,
  callerCompany: m.callerCompany,
  content: m.content,
  urgent: m.urgent,
  status: m.status,
  takenByName: m.takenByName,
  takenAt: m.takenAt.toISOString(),
  notifiedAt: m.notifiedAt?.toISOString() ?? null,
  deliveredAt: m.deliveredAt?.toISOString() ?? null,
  deliveredHow: m.deliveredHow,
  deliveredByName: m.deliveredByName,
  policies: {
    deliver: isOpen(m.status) && can(actor, m.propertyId, 'frontdesk.messages'),
    acknowledge: isOpen(m.status) && isRecipient(actor, m),
  },
});

export const presentCall = (c: CallRow): DeskCall => ({
  id: c.id,
  propertyId: c.propertyId,
  callerName: c.callerName,
  callerPhone: c.callerPhone,
  topic: c.topic,
  departmentEntryId: c.departmentEntryId,
  departmentName: c.departmentName,
  note: c.note,
  durationMin: c.durationMin,
  takenByName: c.takenByName,
  takenAt: c.takenAt.toISOString(),
});
