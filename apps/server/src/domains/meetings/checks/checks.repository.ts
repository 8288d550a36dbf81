/** All SQL of the three-level pre-meeting check (M5). */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { meetingChecks } from '../../../db/schema/index.ts';

export type CheckRow = typeof meetingChecks.$inferSelect;
export const checksOf = (db: DbOrTx, noticeId: string) =>
  db.select().from(meetingChecks).where(eq(meetingChecks.noticeId, noticeId)).orderBy(asc(meetingChecks.level));
export async function upsertCheck(tx: DbOrTx, v: typeof meetingChecks.$inferInsert) {
  await tx
    .insert(meetingChecks)
    .values(v)
    .onConflictDoUpdate({
      target: [meetingChecks.noticeId, meetingChecks.level],
      set: { dueAt: v.dueAt },
      setWhere: sql`${meetingChecks.status} = 'pending'`,
    });
}
export async function recordCheck(
  tx: DbOrTx,
  noticeId: string,
  level: number,
  v: { status: 'ok' | 'problem'; finding: string | null; by: string; at: Date },
) {
  const [r] = await tx
    .update(meetingChecks)
    .set({ status: v.status, finding: v.finding, checkedBy: v.by, checkedAt: v.at })
    .where(and(eq(meetingChecks.noticeId, noticeId), eq(meetingChecks.level, level), inArray(meetingChecks.status, ['pending', 'missed'])))
    .returning();
  return r ?? null;
}
/** pending → missed, only if still due at that instant (a moved meeting left this timer behind). */
export async function markMissed(tx: DbOrTx, noticeId: string, level: number, dueAt: Date, now: Date) {
  const [r] = await tx
    .update(meetingChecks)
    .set({ status: 'missed', missedAt: now })
    .where(
      and(
        eq(meetingChecks.noticeId, noticeId),
        eq(meetingChecks.level, level),
        eq(meetingChecks.status, 'pending'),
        eq(meetingChecks.dueAt, dueAt),
        sql`${meetingChecks.dueAt} <= ${now}`,
      ),
    )
    .returning();
  return r ?? null;
}
