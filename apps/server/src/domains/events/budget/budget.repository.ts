/** All SQL of the budget: versions (guarded updates: only a draft changes), the purchases recorded against it. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventBudgetActuals, eventBudgetVersions, users } from '../../../db/schema/index.ts';

export type VersionRow = typeof eventBudgetVersions.$inferSelect;
export type ActualRow = typeof eventBudgetActuals.$inferSelect;

export const versionsOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventBudgetVersions).where(eq(eventBudgetVersions.eventId, eventId)).orderBy(asc(eventBudgetVersions.version));

export async function latestVersion(db: DbOrTx, eventId: string): Promise<VersionRow | null> {
  const [r] = await db
    .select()
    .from(eventBudgetVersions)
    .where(eq(eventBudgetVersions.eventId, eventId))
    .orderBy(desc(eventBudgetVersions.version))
    .limit(1);
  return r ?? null;
}

export async function approvedVersion(db: DbOrTx, eventId: string): Promise<VersionRow | null> {
  const [r] = await db
    .select()
    .from(eventBudgetVersions)
    .where(and(eq(eventBudgetVersions.eventId, eventId), eq(eventBudgetVersions.status, 'approved')));
  return r ?? null;
}

export async function versionById(db: DbOrTx, eventId: string, id: string, lock = false): Promise<VersionRow | null> {
  const q = db
    .select()
    .from(eventBudgetVersions)
    .where(and(eq(eventBudgetVersions.eventId, eventId), eq(eventBudgetVersions.id, id)));
  const [r] = lock ? await q.for('update') : await q;
  return r ?? null;
}

export async function insertVersion(db: DbOrTx, v: typeof eventBudgetVersions.$inferInsert) {
  const [r] = await db.insert(eventBudgetVersions).values(v).onConflictDoNothing().returning();
  return r ?? null;
}

/** Changes a version only while in one of `from` (and at `rowVersion` when given); null when it was not. */
export async function updateVersion(
  db: DbOrTx,
  id: string,
  from: VersionRow['status'][],
  set: Partial<typeof eventBudgetVersions.$inferInsert>,
  rowVersion?: number,
) {
  const [r] = await db
    .update(eventBudgetVersions)
    .set({ ...set, rowVersion: sql`${eventBudgetVersions.rowVersion} + 1` })
    .where(
      and(
        eq(eventBudgetVersions.id, id),
        inArray(eventBudgetVersions.status, from),
        rowVersion === undefined ? undefined : eq(eventBudgetVersions.rowVersion, rowVersion),
      ),
    )
    .returning();
  return r ?? null;
}

export const actualsOf = (db: DbOrTx, eventId: string) =>
  db
    .select()
    .from(eventBudgetActuals)
    .where(eq(eventBudgetActuals.eventId, eventId))
    .orderBy(asc(eventBudgetActuals.spentOn), asc(eventBudgetActuals.createdAt));

export async function insertActual(db: DbOrTx, v: typeof eventBudgetActuals.$inferInsert) {
  const [r] = await db.insert(eventBudgetActuals).values(v).returning();
  return r!;
}

export async function deleteActual(db: DbOrTx, eventId: string, id: string) {
  const [r] = await db
    .delete(eventBudgetActuals)
    .where(and(eq(eventBudgetActuals.eventId, eventId), eq(eventBudgetActuals.id, id)))
    .returning();
  return r ?? null;
}

export async function userNames(db: DbOrTx, ids: (string | null)[]) {
  const want = [...new Set(ids.filter((x): x is string => !!x))];
  if (!want.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, want));
  return new Map(rows.map((r) => [r.id, r.name]));
}
