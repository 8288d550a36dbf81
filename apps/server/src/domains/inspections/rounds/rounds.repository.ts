/** All SQL of rounds, visits and results: one function per query; state changes are guarded updates. */
import { aliasedTable, and, asc, eq, gte, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  inspectionCheckpoints,
  inspectionPlans,
  inspectionResults,
  inspectionRounds,
  inspectionVisits,
  staffShifts,
  userRoles,
  users,
} from '../../../db/schema/index.ts';

const fromUser = aliasedTable(users, 'from_user');
const roundCols = {
  id: inspectionRounds.id,
  propertyId: inspectionRounds.propertyId,
  planId: inspectionRounds.planId,
  planName: inspectionPlans.name,
  area: inspectionPlans.area,
  kind: inspectionPlans.kind,
  dueDate: inspectionRounds.dueDate,
  windowStart: inspectionRounds.windowStart,
  windowEnd: inspectionRounds.windowEnd,
  assigneeId: inspectionRounds.assigneeId,
  assigneeName: inspectionRounds.assigneeName,
  reassignedFrom: inspectionRounds.reassignedFrom,
  reassignedFromName: fromUser.displayName,
  state: inspectionRounds.state,
  late: inspectionRounds.late,
  startedAt: inspectionRounds.startedAt,
  completedAt: inspectionRounds.completedAt,
  alertedMissedAt: inspectionRounds.alertedMissedAt,
  alertedLateAt: inspectionRounds.alertedLateAt,
  checkpointCount: sql<number>`(select count(*)::int from inspection_checkpoints c where c.plan_id = ${inspectionRounds.planId} and c.active)`,
  visitedCount: sql<number>`(select count(*)::int from inspection_visits v where v.round_id = ${inspectionRounds.id} and exists (select 1 from inspection_results r where r.visit_id = v.id))`,
  pickedCount: sql<number>`(select count(*)::int from inspection_visits v where v.round_id = ${inspectionRounds.id} and v.method = 'pick')`,
  failedCount: sql<number>`(select count(*)::int from inspection_results r where r.round_id = ${inspectionRounds.id} and r.outcome = 'fail')`,
};
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

const base = (db: DbOrTx) =>
  db
    .select(roundCols)
    .from(inspectionRounds)
    .innerJoin(inspectionPlans, eq(inspectionPlans.id, inspectionRounds.planId))
    .leftJoin(fromUser, eq(fromUser.id, inspectionRounds.reassignedFrom));

export async function findRound(db: DbOrTx, id: string) {
  return (await base(db).where(eq(inspectionRounds.id, id)).limit(1))[0] ?? null;
}

export async function listRounds(
  db: DbOrTx,
  q: { propertyId: string; from?: string; to?: string; area?: string; assigneeId?: string; state?: string; limit: number },
) {
  const w = [eq(inspectionRounds.propertyId, q.propertyId)];
  if (q.from) w.push(gte(inspectionRounds.dueDate, q.from));
  if (q.to) w.push(lte(inspectionRounds.dueDate, q.to));
  if (q.area) w.push(eq(inspectionPlans.area, q.area));
  if (q.assigneeId) w.push(eq(inspectionRounds.assigneeId, q.assigneeId));
  if (q.state) w.push(eq(inspectionRounds.state, q.state as 'scheduled'));
  return base(db)
    .where(and(...w))
    .orderBy(asc(inspectionRounds.dueDate), asc(inspectionRounds.windowStart), asc(inspectionPlans.name))
    .limit(q.limit);
}

/** Rounds of a day that an inspector may take: theirs, or unassigned ones. */
export async function roundsForInspector(db: DbOrTx, propertyId: string, date: string, userId: string) {
  return base(db)
    .where(
      and(
        eq(inspectionRounds.propertyId, propertyId),
        eq(inspectionRounds.dueDate, date),
        or(eq(inspectionRounds.assigneeId, userId), sql`${inspectionRounds.assigneeId} is null`),
      ),
    )
    .orderBy(asc(inspectionRounds.windowStart), asc(inspectionPlans.name));
}

export async function insertRound(db: DbOrTx, row: typeof inspectionRounds.$inferInsert) {
  return (await db.insert(inspectionRounds).values(row).onConflictDoNothing().returning())[0] ?? null;
}
export async function roundExists(db: DbOrTx, planId: string, date: string) {
  return (
    (
      await db
        .select({ id: inspectionRounds.id })
        .from(inspectionRounds)
        .where(and(eq(inspectionRounds.planId, planId), eq(inspectionRounds.dueDate, date)))
        .limit(1)
    ).length > 0
  );
}

export async function loadOfDay(db: DbOrTx, propertyId: string, date: string) {
  const rows = await db
    .select({ id: inspectionRounds.assigneeId, n: sql<number>`count(*)::int` })
    .from(inspectionRounds)
    .where(and(eq(inspectionRounds.propertyId, propertyId), eq(inspectionRounds.dueDate, date)))
    .groupBy(inspectionRounds.assigneeId);
  return new Map(rows.filter((r) => r.id).map((r) => [r.id!, r.n]));
}

export async function usersById(db: DbOrTx, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: users.id, name: users.displayName, disabled: users.disabled }).from(users).where(inArray(users.id, ids));
}
/** (user, role) pairs of the property: for membership and for the role's holders. */
export async function rolesOf(db: DbOrTx, propertyId: string) {
  return db.select({ userId: userRoles.userId, role: userRoles.role }).from(userRoles).where(eq(userRoles.propertyId, propertyId));
}
/** Roster shifts of the property overlapping [from, to). */
export async function shiftsBetween(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select({ userId: staffShifts.userId, startsAt: staffShifts.startsAt, endsAt: staffShifts.endsAt })
    .from(staffShifts)
    .where(and(eq(staffShifts.propertyId, propertyId), lt(staffShifts.startsAt, to), gte(staffShifts.endsAt, from)));
}

export async function checkpointsOfPlan(db: DbOrTx, planId: string) {
  return db
    .select()
    .from(inspectionCheckpoints)
    .where(and(eq(inspectionCheckpoints.planId, planId), eq(inspectionCheckpoints.active, true)))
    .orderBy(asc(inspectionCheckpoints.position));
}
export async function checkpointByToken(db: DbOrTx, token: string) {
  return (await db.select().from(inspectionCheckpoints).where(eq(inspectionCheckpoints.qrToken, token)).limit(1))[0] ?? null;
}

export async function visitsOf(db: DbOrTx, roundId: string) {
  return db.select().from(inspectionVisits).where(eq(inspectionVisits.roundId, roundId)).orderBy(asc(inspectionVisits.visitedAt));
}
export async function resultsOf(db: DbOrTx, roundId: string) {
  return db.select().from(inspectionResults).where(eq(inspectionResults.roundId, roundId));
}
export async function findVisit(db: DbOrTx, roundId: string, visitId: string) {
  return (
    (
      await db
        .select()
        .from(inspectionVisits)
        .where(and(eq(inspectionVisits.id, visitId), eq(inspectionVisits.roundId, roundId)))
        .limit(1)
    )[0] ?? null
  );
}
export async function hasResults(db: DbOrTx, visitId: string) {
  return (
    (await db.select({ id: inspectionResults.id }).from(inspectionResults).where(eq(inspectionResults.visitId, visitId)).limit(1)).length >
    0
  );
}
export async function insertVisit(db: DbOrTx, row: typeof inspectionVisits.$inferInsert) {
  return (await db.insert(inspectionVisits).values(row).onConflictDoNothing().returning())[0] ?? null;
}
export async function insertResults(db: DbOrTx, rows: (typeof inspectionResults.$inferInsert)[]) {
  if (rows.length) await db.insert(inspectionResults).values(rows);
}

/** scheduled → in_progress (the walker holds it from now on). */
export async function start(db: DbOrTx, id: string, by: { id: string; name: string }, at: Date) {
  return (
    (
      await db
        .update(inspectionRounds)
        .set({ state: 'in_progress', startedAt: at, assigneeId: by.id, assigneeName: by.name })
        .where(
          and(
            eq(inspectionRounds.id, id),
            eq(inspectionRounds.state, 'scheduled'),
            or(sql`${inspectionRounds.assigneeId} is null`, eq(inspectionRounds.assigneeId, by.id)),
          ),
        )
        .returning()
    )[0] ?? null
  );
}
export async function complete(db: DbOrTx, id: string, at: Date, late: boolean) {
  return (
    (
      await db
        .update(inspectionRounds)
        .set({ state: 'completed', completedAt: at, late, ...(late ? { alertedLateAt: at } : {}) })
        .where(and(eq(inspectionRounds.id, id), eq(inspectionRounds.state, 'in_progress')))
        .returning()
    )[0] ?? null
  );
}
/** Rounds not started whose window has ended (the job's batch). */
export async function overdueScheduled(db: DbOrTx, now: Date, onlyProperty?: string, limit = 200) {
  return db
    .select({ id: inspectionRounds.id })
    .from(inspectionRounds)
    .where(
      and(
        eq(inspectionRounds.state, 'scheduled'),
        lte(inspectionRounds.windowEnd, now),
        onlyProperty ? eq(inspectionRounds.propertyId, onlyProperty) : undefined,
      ),
    )
    .orderBy(asc(inspectionRounds.windowEnd))
    .limit(limit);
}
export async function markMissed(db: DbOrTx, id: string, now: Date) {
  return (
    (
      await db
        .update(inspectionRounds)
        .set({ state: 'missed', alertedMissedAt: now })
        .where(and(eq(inspectionRounds.id, id), eq(inspectionRounds.state, 'scheduled'), lte(inspectionRounds.windowEnd, now)))
        .returning()
    )[0] ?? null
  );
}

/** Per area and inspector, the month's rounds: due, done, late, missed, picked checkpoints, failed items. */
export async function stats(db: DbOrTx, propertyId: string, from: string, to: string) {
  return db
    .select({
      area: inspectionPlans.area,
      inspector: sql<string>`coalesce(${inspectionRounds.assigneeName}, '')`,
      due: sql<number>`count(*)::int`,
      done: sql<number>`count(*) filter (where ${inspectionRounds.state} = 'completed')::int`,
      late: sql<number>`count(*) filter (where ${inspectionRounds.late})::int`,
      missed: sql<number>`count(*) filter (where ${inspectionRounds.state} = 'missed')::int`,
      picked: sql<number>`coalesce(sum((select count(*) from inspection_visits v where v.round_id = ${inspectionRounds.id} and v.method = 'pick')), 0)::int`,
      failed: sql<number>`coalesce(sum((select count(*) from inspection_results r where r.round_id = ${inspectionRounds.id} and r.outcome = 'fail')), 0)::int`,
    })
    .from(inspectionRounds)
    .innerJoin(inspectionPlans, eq(inspectionPlans.id, inspectionRounds.planId))
    .where(and(eq(inspectionRounds.propertyId, propertyId), gte(inspectionRounds.dueDate, from), lte(inspectionRounds.dueDate, to)))
    .groupBy(inspectionPlans.area, sql`coalesce(${inspectionRounds.assigneeName}, '')`)
    .orderBy(inspectionPlans.area, sql`coalesce(${inspectionRounds.assigneeName}, '')`);
}
