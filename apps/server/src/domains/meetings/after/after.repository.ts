/** All SQL of after-the-meeting records (M9): the check, hand-overs, lost property. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { lostItems, meetingAfterChecks, meetingHandovers } from '../../../db/schema/index.ts';
import { upsertOfNotice } from '../meeting/meeting.repository.ts';

const one = <T>(rows: T[]) => rows[0] ?? null;

export type AfterCheckRow = typeof meetingAfterChecks.$inferSelect;
export type HandoverRow = typeof meetingHandovers.$inferSelect;
export type LostItemRow = typeof lostItems.$inferSelect;
export const afterCheck = async (db: DbOrTx, noticeId: string) =>
  one(await db.select().from(meetingAfterChecks).where(eq(meetingAfterChecks.noticeId, noticeId)));
export async function upsertAfterCheck(tx: DbOrTx, v: typeof meetingAfterChecks.$inferInsert) {
  const t = meetingAfterChecks;
  return (await upsertOfNotice(tx, t, v, {
    cleanup: v.cleanup,
    equipment: v.equipment,
    shortages: v.shortages,
    recordedBy: v.recordedBy,
    recordedAt: v.recordedAt,
    version: sql`${t.version} + 1`,
  }))!;
}
export const handoversOf = (db: DbOrTx, noticeId: string) =>
  db.select().from(meetingHandovers).where(eq(meetingHandovers.noticeId, noticeId)).orderBy(asc(meetingHandovers.handedAt));
export const insertHandover = async (tx: DbOrTx, v: typeof meetingHandovers.$inferInsert) =>
  one(await tx.insert(meetingHandovers).values(v).returning())!;
export const findLostItem = async (db: DbOrTx, id: string) => one(await db.select().from(lostItems).where(eq(lostItems.id, id)));
export const insertLostItem = async (tx: DbOrTx, v: typeof lostItems.$inferInsert) =>
  one(await tx.insert(lostItems).values(v).returning())!;
export async function moveLostItem(tx: DbOrTx, id: string, from: LostItemRow['status'][], patch: Partial<typeof lostItems.$inferInsert>) {
  return one(
    await tx
      .update(lostItems)
      .set(patch)
      .where(and(eq(lostItems.id, id), inArray(lostItems.status, from)))
      .returning(),
  );
}
export function listLostItems(db: DbOrTx, q: { propertyId: string; status?: LostItemRow['status']; noticeId?: string; limit: number }) {
  return db
    .select()
    .from(lostItems)
    .where(
      and(
        eq(lostItems.propertyId, q.propertyId),
        q.status ? eq(lostItems.status, q.status) : undefined,
        q.noticeId ? eq(lostItems.noticeId, q.noticeId) : undefined,
      ),
    )
    .orderBy(desc(lostItems.foundAt))
    .limit(q.limit);
}
