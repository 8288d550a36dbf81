/** All SQL of payment notices: issuing a month's (numbered), reading them with their lines, marking delivered. */
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import {
  billingCounters,
  billingDunningSteps,
  billingLines,
  billingMonths,
  billingNotices,
  billingPayments,
  organizations,
  properties,
  units,
  userRoles,
  users,
} from '../../../db/schema/index.ts';

export type NoticeRow = typeof billingNotices.$inferSelect & { organizationName: string; payee: string };

/** Takes `count` numbers of a series at once: the counter row is locked by the update until the transaction ends. */
export async function takeNumbers(db: DbOrTx, propertyId: string, series: string, count: number): Promise<number> {
  const [r] = await db
    .insert(billingCounters)
    .values({ propertyId, series, lastValue: count })
    .onConflictDoUpdate({
      target: [billingCounters.propertyId, billingCounters.series],
      set: { lastValue: sql`${billingCounters.lastValue} + ${count}` },
    })
    .returning({ last: billingCounters.lastValue });
  return r!.last - count + 1;
}

export async function findMonth(db: DbOrTx, monthId: string) {
  const [m] = await db.select().from(billingMonths).where(eq(billingMonths.id, monthId));
  return m ?? null;
}

/** Each company's total of the month, by company name. */
export async function totalsByOrganization(db: DbOrTx, monthId: string) {
  return db
    .select({
      organizationId: billingLines.organizationId,
      name: organizations.name,
      amountFen: sql<number>`sum(${billingLines.amountFen})::bigint`.mapWith(Number),
    })
    .from(billingLines)
    .innerJoin(organizations, eq(organizations.id, billingLines.organizationId))
    .where(eq(billingLines.monthId, monthId))
    .groupBy(billingLines.organizationId, organizations.name)
    .orderBy(asc(organizations.name));
}

export async function noticedOrganizations(db: DbOrTx, monthId: string) {
  const rows = await db.select({ o: billingNotices.organizationId }).from(billingNotices).where(eq(billingNotices.monthId, monthId));
  return new Set(rows.map((r) => r.o));
}

export const insertNotices = (db: DbOrTx, rows: (typeof billingNotices.$inferInsert)[]) =>
  rows.length ? db.insert(billingNotices).values(rows).returning() : Promise.resolve([]);

export const insertSteps = (db: DbOrTx, rows: (typeof billingDunningSteps.$inferInsert)[]) =>
  rows.length ? db.insert(billingDunningSteps).values(rows).onConflictDoNothing() : Promise.resolve();

/** The tenant users of a company in the property (the portal readers of its notices). */
export async function tenantUsersOf(db: DbOrTx, propertyId: string, organizationId: string) {
  const rows = await db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.propertyId, propertyId), eq(userRoles.role, 'tenant')))
    .where(and(eq(users.organizationId, organizationId), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

const selectNotices = (db: DbOrTx) =>
  db
    .select({ n: billingNotices, organizationName: organizations.name, payee: properties.name })
    .from(billingNotices)
    .innerJoin(organizations, eq(organizations.id, billingNotices.organizationId))
    .innerJoin(properties, eq(properties.id, billingNotices.propertyId));
const flat = (r: { n: typeof billingNotices.$inferSelect; organizationName: string; payee: string }): NoticeRow => ({
  ...r.n,
  organizationName: r.organizationName,
  payee: r.payee,
});

export async function findNotice(db: DbOrTx, id: string, lock = false) {
  const q = selectNotices(db).where(eq(billingNotices.id, id));
  const [r] = lock ? await q.for('update', { of: billingNotices }) : await q;
  return r ? flat(r) : null;
}

export async function listNotices(
  db: DbOrTx,
  f: { propertyId: string; month?: string; organizationId?: string; state?: 'unpaid' | 'partial' | 'paid'; unpaidOnly?: boolean },
) {
  const rows = await selectNotices(db)
    .where(
      and(
        eq(billingNotices.propertyId, f.propertyId),
        f.month ? eq(billingNotices.month, f.month) : undefined,
        f.organizationId ? eq(billingNotices.organizationId, f.organizationId) : undefined,
        f.state === 'paid' ? sql`${billingNotices.paidFen} >= ${billingNotices.amountFen}` : undefined,
        f.state === 'partial' ? sql`${billingNotices.paidFen} > 0 and ${billingNotices.paidFen} < ${billingNotices.amountFen}` : undefined,
        f.state === 'unpaid' ? sql`${billingNotices.paidFen} = 0 and ${billingNotices.amountFen} > 0` : undefined,
        f.unpaidOnly ? sql`${billingNotices.paidFen} < ${billingNotices.amountFen}` : undefined,
      ),
    )
    .orderBy(desc(billingNotices.month), asc(billingNotices.number));
  return rows.map(flat);
}

/** A notice's lines (the month's lines of its company), by sheet and position. */
export async function linesOf(db: DbOrTx, monthId: string, organizationId: string) {
  return db
    .select({
      sheet: billingLines.sheet,
      description: billingLines.description,
      unitCode: units.code,
      quantity: billingLines.quantity,
      unitPriceFen: billingLines.unitPriceFen,
      amountFen: billingLines.amountFen,
    })
    .from(billingLines)
    .leftJoin(units, eq(units.id, billingLines.unitId))
    .where(and(eq(billingLines.monthId, monthId), eq(billingLines.organizationId, organizationId)))
    .orderBy(asc(billingLines.sheet), asc(billingLines.position), asc(billingLines.description));
}

export async function unitCodesOf(db: DbOrTx, organizationIds: string[]) {
  if (!organizationIds.length) return new Map<string, string[]>();
  const rows = await db
    .select({ o: units.organizationId, code: units.code })
    .from(units)
    .where(inArray(units.organizationId, organizationIds))
    .orderBy(asc(units.code));
  const m = new Map<string, string[]>();
  for (const r of rows) m.set(r.o!, [...(m.get(r.o!) ?? []), r.code]);
  return m;
}

export async function paymentsOfNotices(db: DbOrTx, noticeIds: string[]) {
  if (!noticeIds.length) return [];
  return db.select().from(billingPayments).where(inArray(billingPayments.noticeId, noticeIds)).orderBy(asc(billingPayments.receivedAt));
}

export async function stepsOfNotices(db: DbOrTx, noticeIds: string[]) {
  if (!noticeIds.length) return [];
  return db.select().from(billingDunningSteps).where(inArray(billingDunningSteps.noticeId, noticeIds));
}

export async function markDelivered(db: DbOrTx, id: string, at: Date, by: { id: string; name: string }) {
  const [r] = await db
    .update(billingNotices)
    .set({ deliveredAt: at, deliveredBy: by.id, deliveredByName: by.name })
    .where(and(eq(billingNotices.id, id), isNull(billingNotices.deliveredAt)))
    .returning({ id: billingNotices.id });
  return !!r;
}

/** Notices past their delivery day, not delivered and not yet reminded about (bounded). */
export async function undeliveredLate(db: DbOrTx, today: string) {
  return db
    .select()
    .from(billingNotices)
    .where(and(isNull(billingNotices.deliveredAt), isNull(billingNotices.deliveryRemindedAt), lte(billingNotices.deliverBy, today)))
    .limit(500);
}

export async function markDeliveryReminded(db: DbOrTx, ids: string[], at: Date) {
  if (!ids.length) return 0;
  const r = await db
    .update(billingNotices)
    .set({ deliveryRemindedAt: at })
    .where(and(inArray(billingNotices.id, ids), isNull(billingNotices.deliveryRemindedAt)))
    .returning({ id: billingNotices.id });
  return r.length;
}
