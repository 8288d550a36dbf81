/** All SQL of tenant visits and holiday greetings: one function per query; state changes are guarded updates. */
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { VisitState } from '@hy/contracts';
import { PERMISSIONS } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import {
  callbacks,
  cases,
  organizations,
  tenantGreetingItems,
  tenantGreetingPlans,
  tenantVisitIssues,
  tenantVisits,
  units,
  userRoles,
  users,
} from '../../../db/schema/index.ts';

export type VisitRow = typeof tenantVisits.$inferSelect & { organizationName: string; unitCode: string | null };
export type IssueRow = typeof tenantVisitIssues.$inferSelect & {
  caseNumber: string | null;
  caseStatus: (typeof cases.$inferSelect)['status'] | null;
  caseClosedAt: Date | null;
  calledBackAt: Date | null;
};
export type PlanRow = typeof tenantGreetingPlans.$inferSelect;
export type GreetingItemRow = typeof tenantGreetingItems.$inferSelect & { organizationName: string };

const selectVisits = (db: DbOrTx) =>
  db
    .select({ v: tenantVisits, organizationName: organizations.name, unitCode: units.code })
    .from(tenantVisits)
    .innerJoin(organizations, eq(organizations.id, tenantVisits.organizationId))
    .leftJoin(units, eq(units.id, tenantVisits.unitId));
const flat = (r: { v: typeof tenantVisits.$inferSelect; organizationName: string; unitCode: string | null }): VisitRow => ({
  ...r.v,
  organizationName: r.organizationName,
  unitCode: r.unitCode,
});

export async function organizationIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(organizations)
        .where(and(eq(organizations.id, id), eq(organizations.propertyId, propertyId)))
        .limit(1)
    )[0] ?? null
  );
}

export async function unitIn(db: DbOrTx, propertyId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(units)
        .where(and(eq(units.id, id), eq(units.propertyId, propertyId)))
        .limit(1)
    )[0] ?? null
  );
}

/** The company's first unit (by code): where a visit happens when none is named. */
export async function firstUnitOf(db: DbOrTx, organizationId: string) {
  return (await db.select().from(units).where(eq(units.organizationId, organizationId)).orderBy(asc(units.code)).limit(1))[0] ?? null;
}

/** Staff of the property who may visit tenants (holders of tenants.visits), by name. */
export async function visitStaff(db: DbOrTx, propertyId: string) {
  const rows = await db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(
      and(eq(userRoles.propertyId, propertyId), inArray(userRoles.role, [...PERMISSIONS['tenants.visits']]), eq(users.disabled, false)),
    );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

export async function insertVisit(db: DbOrTx, row: typeof tenantVisits.$inferInsert) {
  return (await db.insert(tenantVisits).values(row).returning())[0]!;
}

export async function findVisit(db: DbOrTx, id: string): Promise<VisitRow | null> {
  const r = (await selectVisits(db).where(eq(tenantVisits.id, id)).limit(1))[0];
  return r ? flat(r) : null;
}

/** Records or cancels a visit still planned (null: it was not planned any more). */
export async function closeVisit(db: DbOrTx, id: string, patch: Partial<typeof tenantVisits.$inferInsert>) {
  return (
    (
      await db
        .update(tenantVisits)
        .set(patch)
        .where(and(eq(tenantVisits.id, id), eq(tenantVisits.state, 'planned')))
        .returning()
    )[0] ?? null
  );
}

export async function insertIssues(db: DbOrTx, rows: (typeof tenantVisitIssues.$inferInsert)[]) {
  if (rows.length) await db.insert(tenantVisitIssues).values(rows);
}

export async function findIssue(db: DbOrTx, visitId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(tenantVisitIssues)
        .where(and(eq(tenantVisitIssues.id, id), eq(tenantVisitIssues.visitId, visitId)))
        .limit(1)
    )[0] ?? null
  );
}

/** Links the issue to its case, once (null: it has one already). */
export async function linkCase(db: DbOrTx, id: string, caseId: string, at: Date) {
  return (
    (
      await db
        .update(tenantVisitIssues)
        .set({ caseId, caseOpenedAt: at })
        .where(and(eq(tenantVisitIssues.id, id), isNull(tenantVisitIssues.caseId)))
        .returning()
    )[0] ?? null
  );
}

/** The issues of these visits with their case's number, state, closing and first callback. */
export async function issuesOf(db: DbOrTx, visitIds: string[]): Promise<IssueRow[]> {
  if (!visitIds.length) return [];
  const firstCallback = db
    .select({ caseId: callbacks.caseId, at: sql<Date>`min(${callbacks.at})`.as('at') })
    .from(callbacks)
    .groupBy(callbacks.caseId)
    .as('cb');
  const rows = await db
    .select({
      i: tenantVisitIssues,
      caseNumber: cases.number,
      caseStatus: cases.status,
      caseClosedAt: cases.closedAt,
      calledBackAt: firstCallback.at,
    })
    .from(tenantVisitIssues)
    .leftJoin(cases, eq(cases.id, tenantVisitIssues.caseId))
    .leftJoin(firstCallback, eq(firstCallback.caseId, tenantVisitIssues.caseId))
    .where(inArray(tenantVisitIssues.visitId, visitIds))
    .orderBy(asc(tenantVisitIssues.visitId), asc(tenantVisitIssues.position));
  return rows.map((r) => ({
    ...r.i,
    caseNumber: r.caseNumber,
    caseStatus: r.caseStatus,
    caseClosedAt: r.caseClosedAt,
    calledBackAt: r.calledBackAt ? new Date(r.calledBackAt) : null,
  }));
}

export async function listVisits(
  db: DbOrTx,
  f: { propertyId: string; state?: VisitState; organizationId?: string; after?: unknown[] | null; limit: number },
) {
  const rows = await selectVisits(db)
    .where(
      and(
        eq(tenantVisits.propertyId, f.propertyId),
        f.state ? eq(tenantVisits.state, f.state) : undefined,
        f.organizationId ? eq(tenantVisits.organizationId, f.organizationId) : undefined,
        f.after ? sql`(${tenantVisits.plannedAt}, ${tenantVisits.id}) < (${f.after[0]}::timestamptz, ${f.after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(tenantVisits.plannedAt), desc(tenantVisits.id))
    .limit(f.limit);
  return rows.map(flat);
}

/** Visits done in [from, to), oldest first (the register). */
export async function visitsDone(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const rows = await selectVisits(db)
    .where(
      and(
        eq(tenantVisits.propertyId, propertyId),
        eq(tenantVisits.state, 'done'),
        gte(tenantVisits.visitedAt, from),
        lt(tenantVisits.visitedAt, to),
      ),
    )
    .orderBy(asc(tenantVisits.visitedAt), asc(tenantVisits.id));
  return rows.map(flat);
}

/** Visits done or planned whose time falls in [from, to) (the year's tally). */
export async function visitsBetween(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  return db
    .select({
      organizationId: tenantVisits.organizationId,
      state: tenantVisits.state,
      visitedAt: tenantVisits.visitedAt,
      plannedAt: tenantVisits.plannedAt,
    })
    .from(tenantVisits)
    .where(
      and(
        eq(tenantVisits.propertyId, propertyId),
        sql`coalesce(${tenantVisits.visitedAt}, ${tenantVisits.plannedAt}) >= ${from.toISOString()}::timestamptz`,
        sql`coalesce(${tenantVisits.visitedAt}, ${tenantVisits.plannedAt}) < ${to.toISOString()}::timestamptz`,
      ),
    );
}

/** The property's tenant companies: organizations holding at least one unit, with their unit codes. */
export async function tenantCompanies(db: DbOrTx, propertyId: string) {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, unit: units.code })
    .from(organizations)
    .innerJoin(units, eq(units.organizationId, organizations.id))
    .where(eq(organizations.propertyId, propertyId))
    .orderBy(asc(units.code));
  const out = new Map<string, { id: string; name: string; units: string[] }>();
  for (const r of rows) {
    const o = out.get(r.id) ?? { id: r.id, name: r.name, units: [] };
    o.units.push(r.unit);
    out.set(r.id, o);
  }
  return [...out.values()];
}

/** Issues with a case not yet closed nor called back, per company. */
export async function openIssuesByOrganization(db: DbOrTx, propertyId: string) {
  const rows = await db
    .select({ organizationId: tenantVisits.organizationId, n: sql<number>`count(*)::int` })
    .from(tenantVisitIssues)
    .innerJoin(tenantVisits, eq(tenantVisits.id, tenantVisitIssues.visitId))
    .leftJoin(cases, eq(cases.id, tenantVisitIssues.caseId))
    .where(
      and(
        eq(tenantVisitIssues.propertyId, propertyId),
        sql`(${cases.id} is null or (${cases.closedAt} is null and not exists (select 1 from ${callbacks} where ${callbacks.caseId} = ${cases.id})))`,
      ),
    )
    .groupBy(tenantVisits.organizationId);
  return new Map(rows.map((r) => [r.organizationId, r.n]));
}

/** Planned visits starting within two days whose reminder has not gone out (the job checks the day). */
export async function unreminded(db: DbOrTx, now: Date) {
  return db
    .select()
    .from(tenantVisits)
    .where(
      and(
        eq(tenantVisits.state, 'planned'),
        isNull(tenantVisits.remindedAt),
        gte(tenantVisits.plannedAt, now),
        lt(tenantVisits.plannedAt, new Date(now.getTime() + 2 * 86_400_000)),
      ),
    )
    .limit(200);
}

export async function markReminded(db: DbOrTx, id: string, at: Date) {
  return (
    (
      await db
        .update(tenantVisits)
        .set({ remindedAt: at })
        .where(and(eq(tenantVisits.id, id), isNull(tenantVisits.remindedAt), eq(tenantVisits.state, 'planned')))
        .returning({ id: tenantVisits.id })
    ).length > 0
  );
}

// ---------- greetings ----------

export async function plansOfYear(db: DbOrTx, propertyId: string, year: number) {
  return db
    .select({
      id: tenantGreetingPlans.id,
      occasion: tenantGreetingPlans.occasion,
      items: sql<number>`count(${tenantGreetingItems.id})::int`,
      done: sql<number>`count(${tenantGreetingItems.doneAt})::int`,
    })
    .from(tenantGreetingPlans)
    .leftJoin(tenantGreetingItems, eq(tenantGreetingItems.planId, tenantGreetingPlans.id))
    .where(and(eq(tenantGreetingPlans.propertyId, propertyId), eq(tenantGreetingPlans.year, year)))
    .groupBy(tenantGreetingPlans.id, tenantGreetingPlans.occasion);
}

export async function findPlan(db: DbOrTx, id: string) {
  return (await db.select().from(tenantGreetingPlans).where(eq(tenantGreetingPlans.id, id)).limit(1))[0] ?? null;
}

export async function insertPlan(db: DbOrTx, row: typeof tenantGreetingPlans.$inferInsert) {
  return (await db.insert(tenantGreetingPlans).values(row).returning())[0]!;
}

export async function insertGreetingItems(db: DbOrTx, rows: (typeof tenantGreetingItems.$inferInsert)[]) {
  if (rows.length) await db.insert(tenantGreetingItems).values(rows);
}

export async function greetingItemsOf(db: DbOrTx, planId: string): Promise<GreetingItemRow[]> {
  const rows = await db
    .select({ g: tenantGreetingItems, organizationName: organizations.name })
    .from(tenantGreetingItems)
    .innerJoin(organizations, eq(organizations.id, tenantGreetingItems.organizationId))
    .where(eq(tenantGreetingItems.planId, planId))
    .orderBy(asc(organizations.name));
  return rows.map((r) => ({ ...r.g, organizationName: r.organizationName }));
}

export async function findGreetingItem(db: DbOrTx, planId: string, id: string) {
  return (
    (
      await db
        .select()
        .from(tenantGreetingItems)
        .where(and(eq(tenantGreetingItems.id, id), eq(tenantGreetingItems.planId, planId)))
        .limit(1)
    )[0] ?? null
  );
}

/** Changes or ticks a line not done yet (null: it is done). */
export async function updateGreetingItem(db: DbOrTx, id: string, patch: Partial<typeof tenantGreetingItems.$inferInsert>) {
  return (
    (
      await db
        .update(tenantGreetingItems)
        .set(patch)
        .where(and(eq(tenantGreetingItems.id, id), isNull(tenantGreetingItems.doneAt)))
        .returning()
    )[0] ?? null
  );
}
