/** All SQL of the shift handover: one function per query. Acknowledging and accepting are guarded updates. */
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { HandoverState, ShiftKind } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { shiftHandoverItems, shiftHandoverMisses, shiftHandovers } from '../../../db/schema/index.ts';

export type HandoverRow = typeof shiftHandovers.$inferSelect;
export type HandoverItemRow = typeof shiftHandoverItems.$inferSelect;
export type HandoverTally = { items: number; pending: number };

export async function insertHandover(db: DbOrTx, row: typeof shiftHandovers.$inferInsert) {
  return (await db.insert(shiftHandovers).values(row).returning())[0]!;
}

export async function insertItems(db: DbOrTx, rows: (typeof shiftHandoverItems.$inferInsert)[]) {
  if (rows.length) await db.insert(shiftHandoverItems).values(rows);
}

export async function findHandover(db: DbOrTx, id: string): Promise<HandoverRow | null> {
  return (await db.select().from(shiftHandovers).where(eq(shiftHandovers.id, id)).limit(1))[0] ?? null;
}

export async function findByShift(db: DbOrTx, propertyId: string, shiftStart: Date): Promise<HandoverRow | null> {
  return (
    (
      await db
        .select()
        .from(shiftHandovers)
        .where(and(eq(shiftHandovers.propertyId, propertyId), eq(shiftHandovers.shiftStart, shiftStart)))
        .limit(1)
    )[0] ?? null
  );
}

/** The latest handover of the property submitted and not yet accepted (null: none waiting). */
export async function latestSubmitted(db: DbOrTx, propertyId: string): Promise<HandoverRow | null> {
  return (
    (
      await db
        .select()
        .from(shiftHandovers)
        .where(and(eq(shiftHandovers.propertyId, propertyId), eq(shiftHandovers.state, 'submitted')))
        .orderBy(desc(shiftHandovers.shiftStart))
        .limit(1)
    )[0] ?? null
  );
}

export async function itemsOf(db: DbOrTx, handoverId: string) {
  return db
    .select()
    .from(shiftHandoverItems)
    .where(eq(shiftHandoverItems.handoverId, handoverId))
    .orderBy(asc(shiftHandoverItems.position));
}

/** Items and items not yet acknowledged, per handover. */
export async function talliesOf(db: DbOrTx, ids: string[]): Promise<Map<string, HandoverTally>> {
  const out = new Map<string, HandoverTally>(ids.map((id) => [id, { items: 0, pending: 0 }]));
  if (!ids.length) return out;
  const rows = await db
    .select({
      id: shiftHandoverItems.handoverId,
      items: sql<number>`count(*)::int`,
      pending: sql<number>`count(*) filter (where ${shiftHandoverItems.ackedAt} is null)::int`,
    })
    .from(shiftHandoverItems)
    .where(inArray(shiftHandoverItems.handoverId, ids))
    .groupBy(shiftHandoverItems.handoverId);
  for (const r of rows) out.set(r.id, { items: r.items, pending: r.pending });
  return out;
}

export async function listHandovers(
  db: DbOrTx,
  f: { propertyId: string; shift?: ShiftKind; state?: HandoverState; from?: Date; to?: Date; after?: unknown[] | null; limit: number },
) {
  return db
    .select()
    .from(shiftHandovers)
    .where(
      and(
        eq(shiftHandovers.propertyId, f.propertyId),
        f.shift ? eq(shiftHandovers.shift, f.shift) : undefined,
        f.state ? eq(shiftHandovers.state, f.state) : undefined,
        f.from ? gte(shiftHandovers.shiftStart, f.from) : undefined,
        f.to ? lt(shiftHandovers.shiftStart, f.to) : undefined,
        f.after ? sql`(${shiftHandovers.shiftStart}, ${shiftHandovers.id}) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(shiftHandovers.shiftStart), desc(shiftHandovers.id))
    .limit(f.limit);
}

/** Acknowledges one item unless someone did already (null then): the second of two at once loses cleanly. */
export async function ackItem(
  db: DbOrTx,
  handoverId: string,
  itemId: string,
  set: Pick<HandoverItemRow, 'ackedAt' | 'ackedBy' | 'ackedByName' | 'remark'>,
) {
  return (
    (
      await db
        .update(shiftHandoverItems)
        .set(set)
        .where(and(eq(shiftHandoverItems.id, itemId), eq(shiftHandoverItems.handoverId, handoverId), isNull(shiftHandoverItems.ackedAt)))
        .returning()
    )[0] ?? null
  );
}

export async function findItem(db: DbOrTx, handoverId: string, itemId: string): Promise<HandoverItemRow | null> {
  return (
    (
      await db
        .select()
        .from(shiftHandoverItems)
        .where(and(eq(shiftHandoverItems.id, itemId), eq(shiftHandoverItems.handoverId, handoverId)))
        .limit(1)
    )[0] ?? null
  );
}

/** Accepts a submitted handover whose items are all acknowledged (null: accepted already, or an item is pending). */
export async function accept(
  db: DbOrTx,
  id: string,
  set: Pick<HandoverRow, 'acceptedAt' | 'acceptedBy' | 'acceptedByName' | 'acceptRemark'>,
) {
  return (
    (
      await db
        .update(shiftHandovers)
        .set({ ...set, state: 'accepted' })
        .where(
          and(
            eq(shiftHandovers.id, id),
            eq(shiftHandovers.state, 'submitted'),
            sql`not exists (select 1 from ${shiftHandoverItems} where ${shiftHandoverItems.handoverId} = ${shiftHandovers.id} and ${shiftHandoverItems.ackedAt} is null)`,
          ),
        )
        .returning()
    )[0] ?? null
  );
}

/** Submitted handovers never alerted whose shift has ended by `now` (a bounded batch, oldest first). */
export async function unalerted(db: DbOrTx, now: Date, limit = 100) {
  return db
    .select()
    .from(shiftHandovers)
    .where(and(eq(shiftHandovers.state, 'submitted'), isNull(shiftHandovers.alertedAt), lte(shiftHandovers.shiftEnd, now)))
    .orderBy(asc(shiftHandovers.shiftEnd))
    .limit(limit);
}

export async function markAlerted(db: DbOrTx, id: string, now: Date) {
  return (
    (
      await db
        .update(shiftHandovers)
        .set({ alertedAt: now })
        .where(and(eq(shiftHandovers.id, id), eq(shiftHandovers.state, 'submitted'), isNull(shiftHandovers.alertedAt)))
        .returning({ id: shiftHandovers.id })
    )[0] ?? null
  );
}

/** The properties whose desk hands over (a handover since `since`): a missing one is reported there. */
export async function deskProperties(db: DbOrTx, since: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ propertyId: shiftHandovers.propertyId })
    .from(shiftHandovers)
    .where(gte(shiftHandovers.shiftStart, since));
  return rows.map((r) => r.propertyId);
}

/** Records that a shift's missing handover was reported; null when it was already (the report is sent once). */
export async function markMissed(db: DbOrTx, row: typeof shiftHandoverMisses.$inferInsert) {
  return (await db.insert(shiftHandoverMisses).values(row).onConflictDoNothing().returning())[0] ?? null;
}

/** The property's zone (shifts are local times). */
export { timeZoneOf } from '../messages/messages.repository.ts';
