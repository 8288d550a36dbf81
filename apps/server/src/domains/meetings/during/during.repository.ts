/** All SQL of incidents during a meeting (M8). */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { meetingIncidents } from '../../../db/schema/index.ts';

export type IncidentRow = typeof meetingIncidents.$inferSelect;
export const incidentsOf = (db: DbOrTx, noticeId: string) =>
  db.select().from(meetingIncidents).where(eq(meetingIncidents.noticeId, noticeId)).orderBy(asc(meetingIncidents.reportedAt));
export async function findIncident(db: DbOrTx, id: string) {
  const [r] = await db.select().from(meetingIncidents).where(eq(meetingIncidents.id, id));
  return r ?? null;
}
export async function insertIncident(tx: DbOrTx, v: typeof meetingIncidents.$inferInsert) {
  const [r] = await tx.insert(meetingIncidents).values(v).returning();
  return r!;
}
export async function resolveIncident(tx: DbOrTx, id: string, v: { by: string; at: Date; handledBy: string | null; handling: string }) {
  const [r] = await tx
    .update(meetingIncidents)
    .set({ resolvedBy: v.by, resolvedAt: v.at, handling: v.handling, ...(v.handledBy ? { handledBy: v.handledBy } : {}) })
    .where(and(eq(meetingIncidents.id, id), isNull(meetingIncidents.resolvedAt)))
    .returning();
  return r ?? null;
}
