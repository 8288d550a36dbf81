/** SQL of dispatch modes (0011): rules per repair type, the rotation pointer, engineers' workload. */
import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { OPEN_WORK_ORDER_STATUSES, type DispatchMode } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { dispatchRules, dispatchRotation, staffShifts, users, userRoles, workOrders } from '../../../db/schema/index.ts';

export type DispatchRuleRow = typeof dispatchRules.$inferSelect;

export async function rulesOf(db: DbOrTx, propertyId: string) {
  return db.select().from(dispatchRules).where(eq(dispatchRules.propertyId, propertyId)).orderBy(asc(dispatchRules.subcategory));
}

export async function ruleFor(db: DbOrTx, propertyId: string, subcategory: string | null) {
  const keys = subcategory ? [subcategory, '*'] : ['*'];
  const rows = await db
    .select()
    .from(dispatchRules)
    .where(and(eq(dispatchRules.propertyId, propertyId), inArray(dispatchRules.subcategory, keys)));
  return rows.find((r) => r.subcategory === subcategory) ?? rows.find((r) => r.subcategory === '*') ?? null;
}

/** Replaces the property's rules (PUT semantics). */
export async function replaceRules(
  tx: DbOrTx,
  propertyId: string,
  rules: { subcategory: string; mode: DispatchMode; assigneeId: string | null; teamRole: string | null }[],
  by: string,
  now: Date,
) {
  await tx.delete(dispatchRules).where(eq(dispatchRules.propertyId, propertyId));
  if (rules.length) await tx.insert(dispatchRules).values(rules.map((r) => ({ ...r, propertyId, updatedBy: by, updatedAt: now })));
  return rulesOf(tx, propertyId);
}

/** Enabled users holding `role` in the property, in a stable order (the rotation order). */
export async function activeWithRole(db: DbOrTx, propertyId: string, role: string) {
  return db
    .selectDistinct({ id: users.id, displayName: users.displayName })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.propertyId, propertyId), eq(userRoles.role, role), eq(users.disabled, false)))
    .orderBy(asc(users.displayName), asc(users.id));
}

export async function isDisabled(db: DbOrTx, userId: string) {
  const [r] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, userId));
  return !r || r.disabled;
}

/** Round-robin: the next enabled user after the pointer; moves the pointer (row-locked in the caller's tx). */
export async function nextInRotation(tx: DbOrTx, propertyId: string, subcategory: string, role: string, now: Date) {
  const pool = await activeWithRole(tx, propertyId, role);
  if (!pool.length) return null;
  await tx.insert(dispatchRotation).values({ propertyId, subcategory, lastUserId: null, updatedAt: now }).onConflictDoNothing();
  const [ptr] = await tx
    .select()
    .from(dispatchRotation)
    .where(and(eq(dispatchRotation.propertyId, propertyId), eq(dispatchRotation.subcategory, subcategory)))
    .for('update');
  const i = ptr?.lastUserId ? pool.findIndex((u) => u.id === ptr.lastUserId) : -1;
  // A pointer at a user who left or was disabled: continue after where they would sort.
  let next = pool[(i + 1) % pool.length]!;
  if (i < 0 && ptr?.lastUserId) next = pool[0]!;
  await tx
    .update(dispatchRotation)
    .set({ lastUserId: next.id, updatedAt: now })
    .where(and(eq(dispatchRotation.propertyId, propertyId), eq(dispatchRotation.subcategory, subcategory)));
  return next;
}

/** Engineers of the property with their open work orders (issued / accepted / on site). */
export async function workload(db: DbOrTx, propertyId: string) {
  const engineers = await activeWithRole(db, propertyId, 'engineer');
  const counts = await db
    .select({ assigneeId: workOrders.assigneeId, n: sql<number>`count(*)::int` })
    .from(workOrders)
    .where(and(eq(workOrders.propertyId, propertyId), inArray(workOrders.status, [...OPEN_WORK_ORDER_STATUSES])))
    .groupBy(workOrders.assigneeId);
  const by = new Map(counts.map((c) => [c.assigneeId, Number(c.n)]));
  return {
    engineers: engineers.map((e) => ({ userId: e.id, displayName: e.displayName, openWorkOrders: by.get(e.id) ?? 0 })),
    unassigned: by.get(null) ?? 0,
  };
}

/** Who gets a new work order under the property's rule for its repair type (none: unassigned, as before). */
export async function pickAssignee(
  tx: DbOrTx,
  propertyId: string,
  subcategory: string | null,
  now: Date,
): Promise<{ assigneeId: string | null; mode: DispatchMode | null }> {
  const rule = await ruleFor(tx, propertyId, subcategory);
  if (!rule) return { assigneeId: null, mode: null };
  if (rule.mode === 'assign') {
    if (rule.assigneeId && !(await isDisabled(tx, rule.assigneeId))) return { assigneeId: rule.assigneeId, mode: 'assign' };
    return { assigneeId: null, mode: 'assign' };
  }
  if (rule.mode === 'rotate') {
    const next = await nextInRotation(tx, propertyId, rule.subcategory, rule.teamRole ?? 'engineer', now);
    return { assigneeId: next?.id ?? null, mode: 'rotate' };
  }
  return { assigneeId: null, mode: 'grab' };
}

/** Engineers on a shift now (staff_shifts); none recorded → every enabled engineer. */
export async function onDutyEngineers(db: DbOrTx, propertyId: string, now: Date) {
  const all = await activeWithRole(db, propertyId, 'engineer');
  if (!all.length) return [];
  const rows = await db
    .select({ userId: staffShifts.userId })
    .from(staffShifts)
    .where(
      and(
        eq(staffShifts.propertyId, propertyId),
        inArray(
          staffShifts.userId,
          all.map((u) => u.id),
        ),
        lte(staffShifts.startsAt, now),
        gt(staffShifts.endsAt, now),
      ),
    );
  const on = new Set(rows.map((r) => r.userId));
  return on.size ? all.filter((u) => on.has(u.id)) : all;
}

export async function recipientsFor(
  db: DbOrTx,
  propertyId: string,
  assigneeId: string | null,
  mode: DispatchMode | null,
  now: Date,
): Promise<{ userIds?: string[]; roles?: 'engineer'[] }> {
  if (assigneeId) return { userIds: [assigneeId] };
  if (mode === 'grab') return { userIds: (await onDutyEngineers(db, propertyId, now)).map((u) => u.id) };
  return { roles: ['engineer'] };
}
