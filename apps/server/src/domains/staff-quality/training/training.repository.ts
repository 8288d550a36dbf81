/** All SQL of the training plan: one function per query. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { trainingAttendance, trainingSessions } from '../../../db/schema/index.ts';

export type SessionRow = typeof trainingSessions.$inferSelect;
export type AttendanceRow = typeof trainingAttendance.$inferSelect;

export async function insertSession(db: DbOrTx, row: typeof trainingSessions.$inferInsert) {
  return (await db.insert(trainingSessions).values(row).returning())[0]!;
}
export async function findSession(db: DbOrTx, id: string): Promise<SessionRow | null> {
  return (await db.select().from(trainingSessions).where(eq(trainingSessions.id, id)).limit(1))[0] ?? null;
}
export async function sessionsOfMonth(db: DbOrTx, propertyId: string, month: string) {
  return db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.propertyId, propertyId), eq(trainingSessions.month, month)))
    .orderBy(asc(trainingSessions.startsAt), asc(trainingSessions.id));
}
export async function attendanceOf(db: DbOrTx, ids: string[]): Promise<Map<string, AttendanceRow[]>> {
  const out = new Map<string, AttendanceRow[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db
    .select()
    .from(trainingAttendance)
    .where(inArray(trainingAttendance.sessionId, ids))
    .orderBy(asc(trainingAttendance.userName), asc(trainingAttendance.userId));
  for (const r of rows) out.get(r.sessionId)!.push(r);
  return out;
}
/** Records (or corrects) attendance lines of a session, in user id order. */
export async function upsertAttendance(db: DbOrTx, rows: (typeof trainingAttendance.$inferInsert)[]) {
  if (!rows.length) return;
  await db
    .insert(trainingAttendance)
    .values([...rows].sort((a, b) => a.userId.localeCompare(b.userId)))
    .onConflictDoUpdate({
      target: [trainingAttendance.sessionId, trainingAttendance.userId],
      set: {
        attended: sql`excluded.attended`,
        absenceReason: sql`excluded.absence_reason`,
        score: sql`excluded.score`,
        passed: sql`excluded.passed`,
        recordedAt: sql`excluded.recorded_at`,
        userName: sql`excluded.user_name`,
      },
    });
}
/** Per person: sessions of the month attended, missed and passed. */
export async function trainedInMonth(db: DbOrTx, propertyId: string, month: string) {
  return db
    .select({
      userId: trainingAttendance.userId,
      userName: sql<string>`min(${trainingAttendance.userName})`,
      attended: sql<number>`count(*) filter (where ${trainingAttendance.attended})::int`,
      absent: sql<number>`count(*) filter (where not ${trainingAttendance.attended})::int`,
      passed: sql<number>`count(*) filter (where ${trainingAttendance.passed})::int`,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(and(eq(trainingSessions.propertyId, propertyId), eq(trainingSessions.month, month)))
    .groupBy(trainingAttendance.userId)
    .orderBy(sql`min(${trainingAttendance.userName})`);
}
