/** All SQL of inspection plans, checkpoints and checklists: one function per query. */
import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { inspectionCheckItems, inspectionCheckpoints, inspectionPlans, properties, userRoles, users } from '../../../db/schema/index.ts';

export type PlanRow = typeof inspectionPlans.$inferSelect & { assigneeName: string | null };
export type CheckpointRow = typeof inspectionCheckpoints.$inferSelect;
export type ItemRow = typeof inspectionCheckItems.$inferSelect;

const planCols = { ...getTableColumns(inspectionPlans), assigneeName: users.displayName };

export async function listPlans(db: DbOrTx, propertyId: string, active: 'true' | 'false' | 'all'): Promise<PlanRow[]> {
  const where = [eq(inspectionPlans.propertyId, propertyId)];
  if (active !== 'all') where.push(eq(inspectionPlans.active, active === 'true'));
  return db
    .select(planCols)
    .from(inspectionPlans)
    .leftJoin(users, eq(users.id, inspectionPlans.assigneeId))
    .where(and(...where))
    .orderBy(asc(inspectionPlans.area), asc(inspectionPlans.name));
}

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRow | null> {
  return (
    (
      await db
        .select(planCols)
        .from(inspectionPlans)
        .leftJoin(users, eq(users.id, inspectionPlans.assigneeId))
        .where(eq(inspectionPlans.id, id))
        .limit(1)
    )[0] ?? null
  );
}

/** Every active plan of every property (the job's pass). */
export async function activePlans(db: DbOrTx) {
  return db
    .select()
    .from(inspectionPlans)
    .where(eq(inspectionPlans.active, true))
    .orderBy(asc(inspectionPlans.propertyId), asc(inspectionPlans.id));
}

export async function insertPlan(db: DbOrTx, row: typeof inspectionPlans.$inferInsert) {
  return (await db.insert(inspectionPlans).values(row).returning())[0]!;
}

export async function updatePlan(db: DbOrTx, id: string, set: Partial<typeof inspectionPlans.$inferInsert>) {
  return (
    await db
      .update(inspectionPlans)
      .set({ ...set, version: sql`${inspectionPlans.version} + 1` })
      .where(eq(inspectionPlans.id, id))
      .returning()
  )[0]!;
}

export async function checkpointsOf(db: DbOrTx, planIds: string[]): Promise<CheckpointRow[]> {
  if (!planIds.length) return [];
  return db
    .select()
    .from(inspectionCheckpoints)
    .where(and(inArray(inspectionCheckpoints.planId, planIds), eq(inspectionCheckpoints.active, true)))
    .orderBy(asc(inspectionCheckpoints.planId), asc(inspectionCheckpoints.position));
}

export async function itemsOf(db: DbOrTx, checkpointIds: string[]): Promise<ItemRow[]> {
  if (!checkpointIds.length) return [];
  return db
    .select()
    .from(inspectionCheckItems)
    .where(and(inArray(inspectionCheckItems.checkpointId, checkpointIds), eq(inspectionCheckItems.active, true)))
    .orderBy(asc(inspectionCheckItems.checkpointId), asc(inspectionCheckItems.position));
}

export async function counts(db: DbOrTx, planIds: string[]) {
  const out = new Map<string, { checkpoints: number; items: number }>();
  if (!planIds.length) return out;
  const rows = await db
    .select({
      planId: inspectionCheckpoints.planId,
      checkpoints: sql<number>`count(distinct ${inspectionCheckpoints.id})::int`,
      items: sql<number>`count(${inspectionCheckItems.id})::int`,
    })
    .from(inspectionCheckpoints)
    .leftJoin(
      inspectionCheckItems,
      and(eq(inspectionCheckItems.checkpointId, inspectionCheckpoints.id), eq(inspectionCheckItems.active, true)),
    )
    .where(and(inArray(inspectionCheckpoints.planId, planIds), eq(inspectionCheckpoints.active, true)))
    .groupBy(inspectionCheckpoints.planId);
  for (const r of rows) out.set(r.planId, { checkpoints: r.checkpoints, items: r.items });
  return out;
}

export async function insertCheckpoint(db: DbOrTx, row: typeof inspectionCheckpoints.$inferInsert) {
  return (await db.insert(inspectionCheckpoints).values(row).returning())[0]!;
}
export async function findCheckpoint(db: DbOrTx, planId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(inspectionCheckpoints)
        .where(and(eq(inspectionCheckpoints.id, id), eq(inspectionCheckpoints.planId, planId), eq(inspectionCheckpoints.active, true)))
        .limit(1)
    )[0] ?? null
  );
}
export async function updateCheckpoint(db: DbOrTx, id: string, set: Partial<typeof inspectionCheckpoints.$inferInsert>) {
  return (await db.update(inspectionCheckpoints).set(set).where(eq(inspectionCheckpoints.id, id)).returning())[0]!;
}
export async function insertItems(db: DbOrTx, rows: (typeof inspectionCheckItems.$inferInsert)[]) {
  if (rows.length) await db.insert(inspectionCheckItems).values(rows);
}
export async function updateItem(db: DbOrTx, id: string, set: Partial<typeof inspectionCheckItems.$inferInsert>) {
  await db.update(inspectionCheckItems).set(set).where(eq(inspectionCheckItems.id, id));
}
export async function nextPosition(db: DbOrTx, planId: string) {
  const [r] = await db
    .select({ n: sql<number>`coalesce(max(${inspectionCheckpoints.position}), -1)::int + 1` })
    .from(inspectionCheckpoints)
    .where(eq(inspectionCheckpoints.planId, planId));
  return r!.n;
}

export async function timeZoneOf(db: DbOrTx, propertyId: string) {
  const [r] = await db.select({ tz: properties.timeZone }).from(properties).where(eq(properties.id, propertyId));
  return r?.tz ?? 'Asia/Shanghai';
}

export async function userInProperty(db: DbOrTx, propertyId: string, userId: string) {
  const r = await db
    .select({ u: userRoles.userId })
    .from(userRoles)
    .where(and(eq(userRoles.propertyId, propertyId), eq(userRoles.userId, userId)))
    .limit(1);
  return r.length > 0;
}

/** Enabled users with one of the roles in the property, with their roles there. */
export async function usersWithRoles(db: DbOrTx, propertyId: string, roles: string[]) {
  const rows = await db
    .select({ id: users.id, name: users.displayName, role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.propertyId, propertyId), inArray(userRoles.role, roles), eq(users.disabled, false)))
    .orderBy(asc(users.displayName));
  const out = new Map<string, { id: string; name: string; roles: string[] }>();
  for (const r of rows) {
    const u = out.get(r.id) ?? { id: r.id, name: r.name, roles: [] };
    u.roles.push(r.role);
    out.set(r.id, u);
  }
  return [...out.values()];
}
