/** The audit log: who changed what, when (a record's history and the log page). */
import { z } from 'zod';
import { instant, page, uuid } from '../fields.ts';

/** One audit event; `changes` is {field: [before, after]}. */
export const auditEvent = z.object({
  id: z.number().int(),
  propertyId: uuid.nullable(),
  actorId: uuid.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  changes: z.record(z.tuple([z.unknown(), z.unknown()])).nullable(),
  meta: z.record(z.unknown()).nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  at: instant,
});
export type AuditEvent = z.infer<typeof auditEvent>;
/** GET /audit-events: newest first; the cursor is the last event's id. `names`: the names (or numbers) of the records the page's events name by id (people, venues, bookings …). */
export const auditEventPage = page(auditEvent).extend({ names: z.record(z.string()).default({}) });
export type AuditEventPage = z.infer<typeof auditEventPage>;
