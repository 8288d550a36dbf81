/** The case record's SQL, shared by the service-desk features: find, guarded update, timeline, list, counters. */
import { and, asc, desc, eq, gte, inArray, lt, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { settingsOf, type SlaStateFilter } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, caseEvents, counters, properties, userRoles, users } from '../../../db/schema/index.ts';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/** Next value of a per-property counter, in the caller's transaction: a rollback gives the number back. */
export async function nextNumber(tx: DbOrTx, propertyId: string, key: string): Promise<number> {
  const [r] = await tx
    .insert(counters)
    .values({ propertyId, key, value: 1 })
    .onConflictDoUpdate({ target: [counters.propertyId, counters.key], set: { value: sql`${counters.value} + 1` } })
    .returning({ value: counters.value });
  return Number(r!.value);
}

export async function propertySettings(db: DbOrTx, propertyId: string) {
  const [r] = await db.select({ settings: properties.settings }).from(properties).where(eq(properties.id, propertyId));
  return r?.settings ?? null;
}

export async function rolesInProperty(db: DbOrTx, userId: string, propertyId: string): Promise<string[]> {
  const rows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(and(eq(userRoles.userId, userId), eq(userRoles.propertyId, propertyId)));
  return rows.map((r) => r.role);
}

export async function findCase(db: DbOrTx, id: string) {
  const [c] = await db.select().from(cases).where(eq(cases.id, id));
  return c ?? null;
}

/**
 * Optimistic update: only if the row still has `version` (and, for closing, is not closed yet).
 * null = somebody else changed it first.
 */
export async function updateCase(tx: DbOrTx, id: string, version: number, patch: Partial<typeof cases.$inferInsert>, now: Date) {
  const [c] = await tx
    .update(cases)
    .set({ ...patch, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(and(eq(cases.id, id), eq(cases.version, version), patch.status === 'closed' ? ne(cases.status, 'closed') : undefined))
    .returning();
  return c ?? null;
}

/** Display names of users by id (who signed off). */
export async function userNames(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, uniq));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

export async function insertEvent(tx: DbOrTx, row: typeof caseEvents.$inferInsert) {
  await tx.insert(caseEvents).values(row);
}

export async function eventsOf(db: DbOrTx, caseId: string) {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

export interface CaseFilter {
  full: string[];
  own: { propertyIds: string[]; reporterId: string };
  kind?: string;
  status?: string;
  severity?: string;
  q?: string;
  from?: Date;
  to?: Date;
  overdue?: boolean;
  sla?: SlaStateFilter;
  /** Share of a deadline's window after which an open case shows as warning (the property's setting). */
  warnRatio?: number;
  now: Date;
}

const DEFAULT_WARN_RATIO = settingsOf(null)['caseSla.warnPercent'] / 100;
const ACTIVE = sql`${cases.status} not in ('resolved', 'closed', 'waiting_customer')`;
const breached = (now: Date) => sql`(${cases.resolveDueAt} < ${now} or (${cases.respondedAt} is null and ${cases.respondDueAt} < ${now}))`;
const warned = (now: Date, ratio: number) =>
  sql`${now}::timestamptz >= ${cases.receivedAt} + (${cases.resolveDueAt} - ${cases.receivedAt}) * ${ratio}::float8`;

/** Open cases in one SLA state: paused (waiting for the customer), breached, warning (most of the window used), on time. */
export function slaCondition(state: SlaStateFilter, now: Date, warnRatio: number): SQL {
  if (state === 'paused') return sql`${cases.status} = 'waiting_customer'`;
  if (state === 'breached') return and(ACTIVE, breached(now))!;
  if (state === 'warning') return and(ACTIVE, sql`not ${breached(now)}`, warned(now, warnRatio))!;
  return and(ACTIVE, sql`not ${breached(now)}`, sql`not (${warned(now, warnRatio)})`)!;
}

/** The conditions of a case list (null: the scope is empty). */
function caseWhere(f: CaseFilter): SQL | null {
  const scope: SQL[] = [];
  if (f.full.length) scope.push(inArray(cases.propertyId, f.full));
  if (f.own.propertyIds.length)
    scope.push(
      and(inArray(cases.propertyId, f.own.propertyIds), or(eq(cases.reporterId, f.own.reporterId), eq(cases.createdBy, f.own.reporterId)))!,
    );
  if (!scope.length) return null;
  const q = f.q ? `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return and(
    or(...scope),
    f.kind ? eq(cases.kind, f.kind as CaseRow['kind']) : undefined,
    f.status ? eq(cases.status, f.status as CaseRow['status']) : undefined,
    f.severity ? eq(cases.severity, f.severity as CaseRow['severity']) : undefined,
    q
      ? sql`(${cases.number} || ' ' || ${cases.content} || ' ' || coalesce(${cases.contactName}, '') || ' ' || coalesce(${cases.contactPhone}, '') || ' ' || coalesce(${cases.location}, '')) ilike ${q}`
      : undefined,
    f.from ? gte(cases.createdAt, f.from) : undefined,
    f.to ? lt(cases.createdAt, f.to) : undefined,
    f.overdue
      ? and(
          notInArray(cases.status, ['resolved', 'closed', 'waiting_customer']),
          or(lt(cases.resolveDueAt, f.now), and(sql`${cases.respondedAt} is null`, lt(cases.respondDueAt, f.now))),
        )
      : undefined,
    f.sla ? slaCondition(f.sla, f.now, f.warnRatio ?? DEFAULT_WARN_RATIO) : undefined,
  )!;
}

export async function listCases(db: DbOrTx, f: CaseFilter & { limit: number; after?: { createdAt: Date; id: string } }) {
  const where = caseWhere(f);
  if (!where) return [];
  return db
    .select()
    .from(cases)
    .where(and(where, f.after ? sql`(${cases.createdAt}, ${cases.id}) < (${f.after.createdAt}, ${f.after.id})` : undefined))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(f.limit);
}

/** How many cases a list with these filters holds (what a cockpit tile shows for it). */
export async function countCases(db: DbOrTx, f: CaseFilter) {
  const where = caseWhere(f);
  if (!where) return 0;
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  return Number(r?.n ?? 0);
}
