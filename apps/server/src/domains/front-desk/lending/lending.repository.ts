/** All SQL of lending: one function per query. Stock moves only through guarded updates. */
import { and, asc, desc, eq, gte, ilike, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { lendingItems, loans } from '../../../db/schema/index.ts';
import { containing } from '../../../lib/like.ts';

export type ItemRow = typeof lendingItems.$inferSelect;
export type LoanRow = typeof loans.$inferSelect;
export type LoanView = { l: LoanRow; itemNameZh: string; itemNameEn: string | null };

export async function listItems(db: DbOrTx, propertyId: string, all: boolean) {
  return db
    .select()
    .from(lendingItems)
    .where(and(eq(lendingItems.propertyId, propertyId), all ? undefined : eq(lendingItems.active, true)))
    .orderBy(asc(lendingItems.createdAt), asc(lendingItems.id));
}

export async function findItem(db: DbOrTx, id: string): Promise<ItemRow | null> {
  return (await db.select().from(lendingItems).where(eq(lendingItems.id, id)).limit(1))[0] ?? null;
}

export async function insertItem(db: DbOrTx, row: typeof lendingItems.$inferInsert) {
  return (await db.insert(lendingItems).values(row).returning())[0]!;
}

export async function updateItem(db: DbOrTx, id: string, patch: Partial<typeof lendingItems.$inferInsert>) {
  return (await db.update(lendingItems).set(patch).where(eq(lendingItems.id, id)).returning())[0]!;
}

/** A new total, moving `available` by the same amount, unless fewer than are lent out would remain (null). */
export async function setTotal(db: DbOrTx, id: string, total: number, now: Date) {
  return (
    (
      await db
        .update(lendingItems)
        .set({ total, available: sql`${lendingItems.available} + (${total} - ${lendingItems.total})`, updatedAt: now })
        .where(and(eq(lendingItems.id, id), sql`${lendingItems.total} - ${lendingItems.available} <= ${total}`))
        .returning()
    )[0] ?? null
  );
}

/** Takes `n` off the shelf if at least `n` are there and the item is lent (null otherwise): never below zero. */
export async function takeStock(db: DbOrTx, id: string, n: number, now: Date) {
  return (
    (
      await db
        .update(lendingItems)
        .set({ available: sql`${lendingItems.available} - ${n}`, updatedAt: now })
        .where(and(eq(lendingItems.id, id), eq(lendingItems.active, true), gte(lendingItems.available, n)))
        .returning()
    )[0] ?? null
  );
}

/** A return: back on the shelf, or written off the total. */
export async function putBack(db: DbOrTx, id: string, d: { available: number; total: number }, now: Date) {
  await db
    .update(lendingItems)
    .set({ available: sql`${lendingItems.available} + ${d.available}`, total: sql`${lendingItems.total} + ${d.total}`, updatedAt: now })
    .where(eq(lendingItems.id, id));
}

export async function insertLoan(db: DbOrTx, row: typeof loans.$inferInsert) {
  return (await db.insert(loans).values(row).returning())[0]!;
}

const loanCols = { l: loans, itemNameZh: lendingItems.nameZh, itemNameEn: lendingItems.nameEn };
const loansQuery = (db: DbOrTx) => db.select(loanCols).from(loans).innerJoin(lendingItems, eq(lendingItems.id, loans.itemId));

export async function findLoan(db: DbOrTx, id: string): Promise<LoanView | null> {
  return (await loansQuery(db).where(eq(loans.id, id)).limit(1))[0] ?? null;
}

/** Marks a loan returned unless it was already (null then). */
export async function markReturned(
  db: DbOrTx,
  id: string,
  set: Pick<LoanRow, 'returnedAt' | 'returnedBy' | 'returnedByName' | 'condition' | 'returnNote'>,
) {
  return (
    (
      await db
        .update(loans)
        .set(set)
        .where(and(eq(loans.id, id), isNull(loans.returnedAt)))
        .returning()
    )[0] ?? null
  );
}

export async function listLoans(
  db: DbOrTx,
  f: {
    propertyId: string;
    state: 'open' | 'overdue' | 'returned' | 'all';
    now: Date;
    itemId?: string;
    q?: string;
    from?: Date;
    to?: Date;
    after?: unknown[] | null;
    limit: number;
  },
) {
  const t = f.q ? containing(f.q) : null;
  const state: Record<typeof f.state, SQL | undefined> = {
    open: isNull(loans.returnedAt),
    overdue: and(isNull(loans.returnedAt), lt(loans.dueAt, f.now)),
    returned: isNotNull(loans.returnedAt),
    all: undefined,
  };
  return loansQuery(db)
    .where(
      and(
        eq(loans.propertyId, f.propertyId),
        state[f.state],
        f.itemId ? eq(loans.itemId, f.itemId) : undefined,
        t ? or(ilike(loans.borrowerName, t), ilike(loans.borrowerCompany, t), ilike(loans.borrowerPhone, t)) : undefined,
        f.from ? gte(loans.lentAt, f.from) : undefined,
        f.to ? lt(loans.lentAt, f.to) : undefined,
        f.after ? sql`(${loans.lentAt}, ${loans.id}) < (${f.after[0]}, ${f.after[1]})` : undefined,
      ),
    )
    .orderBy(desc(loans.lentAt), desc(loans.id))
    .limit(f.limit);
}

/** Overdue loans not yet reminded (a bounded batch). */
export async function overdueUnreminded(db: DbOrTx, now: Date, limit = 100) {
  return loansQuery(db)
    .where(and(isNull(loans.returnedAt), lt(loans.dueAt, now), isNull(loans.remindedAt)))
    .orderBy(asc(loans.dueAt))
    .limit(limit);
}

export async function markReminded(db: DbOrTx, id: string, now: Date) {
  return (
    (
      await db
        .update(loans)
        .set({ remindedAt: now })
        .where(and(eq(loans.id, id), isNull(loans.remindedAt)))
        .returning({ id: loans.id })
    )[0] ?? null
  );
}

/** The property's zone (dates in the register). */
export { timeZoneOf } from '../messages/messages.repository.ts';

/** The desk queue's loans: how many are overdue at `now` and the `limit` most overdue, in one query. */
export async function topOverdue(db: DbOrTx, propertyId: string, now: Date, limit: number) {
  const rows = await db
    .select({
      id: loans.id,
      itemNameZh: lendingItems.nameZh,
      itemNameEn: lendingItems.nameEn,
      quantity: loans.quantity,
      borrowerName: loans.borrowerName,
      borrowerCompany: loans.borrowerCompany,
      dueAt: loans.dueAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(loans)
    .innerJoin(lendingItems, eq(lendingItems.id, loans.itemId))
    .where(and(eq(loans.propertyId, propertyId), isNull(loans.returnedAt), lt(loans.dueAt, now)))
    .orderBy(asc(loans.dueAt), asc(loans.id))
    .limit(limit);
  return { total: rows[0]?.total ?? 0, rows };
}

// ---------- read by the shift handover (F5) ----------

/** Loans out at `at`: lent by then, returned only later or not yet (oldest due first, bounded). */
export async function outAt(db: DbOrTx, propertyId: string, at: Date, limit = 200) {
  return loansQuery(db)
    .where(
      and(eq(loans.propertyId, propertyId), sql`${loans.lentAt} <= ${at}`, or(isNull(loans.returnedAt), sql`${loans.returnedAt} > ${at}`)),
    )
    .orderBy(asc(loans.dueAt), asc(loans.id))
    .limit(limit);
}

/** A shift's counts in [from, to): loans made and loans returned. */
export async function shiftCounts(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const [r] = await db
    .select({
      loansOut: sql<number>`count(*) filter (where ${loans.lentAt} >= ${from} and ${loans.lentAt} < ${to})::int`,
      loansReturned: sql<number>`count(*) filter (where ${loans.returnedAt} >= ${from} and ${loans.returnedAt} < ${to})::int`,
    })
    .from(loans)
    .where(
      and(
        eq(loans.propertyId, propertyId),
        or(and(gte(loans.lentAt, from), lt(loans.lentAt, to)), and(gte(loans.returnedAt, from), lt(loans.returnedAt, to))),
      ),
    );
  return { loansOut: r?.loansOut ?? 0, loansReturned: r?.loansReturned ?? 0 };
}
