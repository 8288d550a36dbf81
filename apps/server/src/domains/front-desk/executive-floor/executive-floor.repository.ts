/** All SQL of the executive floor's requests: one function per query. */
import { and, asc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.ts';
import { directoryEntries, executiveRequests, properties, users } from '../../../db/schema/index.ts';

const requester = alias(users, 'requester');
const accepter = alias(users, 'accepter');
const doer = alias(users, 'doer');
const columns = {
  r: executiveRequests,
  executiveName: directoryEntries.nameZh,
  executiveTitle: directoryEntries.title,
  location: directoryEntries.location,
  requestedByName: requester.displayName,
  acceptedByName: accepter.displayName,
  doneByName: doer.displayName,
};
function requestsQuery(db: DbOrTx) {
  return db
    .select(columns)
    .from(executiveRequests)
    .innerJoin(directoryEntries, eq(directoryEntries.id, executiveRequests.executiveId))
    .leftJoin(requester, eq(requester.id, executiveRequests.requestedBy))
    .leftJoin(accepter, eq(accepter.id, executiveRequests.acceptedBy))
    .leftJoin(doer, eq(doer.id, executiveRequests.doneBy));
}
export type RequestRow = typeof executiveRequests.$inferSelect;
export type RequestView = Awaited<ReturnType<typeof findRequest>> & {};

/** A day's requests (due that day) plus every unfinished one due earlier, of the departments given (all when null). */
export async function listRequests(
  db: DbOrTx,
  f: { propertyId: string; from: Date; to: Date; departments: string[] | null; status?: string },
) {
  const unfinished = inArray(executiveRequests.status, ['open', 'accepted']);
  return requestsQuery(db)
    .where(
      and(
        eq(executiveRequests.propertyId, f.propertyId),
        or(
          and(gte(executiveRequests.dueAt, f.from), lt(executiveRequests.dueAt, f.to)),
          and(lt(executiveRequests.dueAt, f.from), unfinished),
        ),
        f.departments ? inArray(executiveRequests.department, f.departments as RequestRow['department'][]) : undefined,
        f.status ? eq(executiveRequests.status, f.status as RequestRow['status']) : undefined,
      ),
    )
    .orderBy(asc(executiveRequests.dueAt), asc(executiveRequests.id))
    .limit(500);
}

export async function findRequest(db: DbOrTx, id: string) {
  return (await requestsQuery(db).where(eq(executiveRequests.id, id)).limit(1))[0] ?? null;
}

export async function insertRequest(db: DbOrTx, row: typeof executiveRequests.$inferInsert) {
  return (await db.insert(executiveRequests).values(row).returning())[0]!;
}

/** Moves a request on when it is still in one of `from` (a concurrent step loses: null). */
export async function stepRequest(
  db: DbOrTx,
  id: string,
  from: RequestRow['status'][],
  set: Partial<typeof executiveRequests.$inferInsert>,
) {
  return (
    (
      await db
        .update(executiveRequests)
        .set(set)
        .where(and(eq(executiveRequests.id, id), inArray(executiveRequests.status, from)))
        .returning()
    )[0] ?? null
  );
}

/** The recurring round's requests: one per key, made once whoever runs it. */
export async function insertRecurring(db: DbOrTx, rows: (typeof executiveRequests.$inferInsert)[]) {
  if (!rows.length) return [];
  return db.insert(executiveRequests).values(rows).onConflictDoNothing({ target: executiveRequests.recurringKey }).returning();
}

/** Every property with its zone, and the executives (not archived) of each. */
export async function executivesByProperty(db: DbOrTx) {
  return db
    .select({ propertyId: properties.id, timeZone: properties.timeZone, executiveId: directoryEntries.id, name: directoryEntries.nameZh })
    .from(directoryEntries)
    .innerJoin(properties, eq(properties.id, directoryEntries.propertyId))
    .where(and(eq(directoryEntries.executive, true), sql`${directoryEntries.archivedAt} is null`));
}

export async function findExecutive(db: DbOrTx, id: string) {
  return (await db.select().from(directoryEntries).where(eq(directoryEntries.id, id)).limit(1))[0] ?? null;
}

// ---------- read by the shift handover (F5) ----------

/** Requests unfinished at `at`: made by then and due within `horizonMs`, still open or done only later. */
export async function unfinishedAt(db: DbOrTx, propertyId: string, at: Date, horizonMs: number, limit = 200) {
  return requestsQuery(db)
    .where(
      and(
        eq(executiveRequests.propertyId, propertyId),
        sql`${executiveRequests.createdAt} <= ${at}`,
        lt(executiveRequests.dueAt, new Date(at.getTime() + horizonMs)),
        or(
          inArray(executiveRequests.status, ['open', 'accepted']),
          and(eq(executiveRequests.status, 'done'), sql`${executiveRequests.doneAt} > ${at}`),
        ),
      ),
    )
    .orderBy(asc(executiveRequests.dueAt), asc(executiveRequests.id))
    .limit(limit);
}
