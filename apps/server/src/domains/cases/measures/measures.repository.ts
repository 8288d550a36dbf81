/**
 * SQL of measures (S10): complaints per month, households, the three equalities, SLA attainment and
 * satisfaction. Single aggregates over indexed ranges (property_id, created_at | issued_at).
 */
import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { cases, units } from '../../../db/schema/index.ts';
import type { Range } from '../../../lib/periods.ts';

const rows = async <T>(db: DbOrTx, q: SQL) => (await db.execute<Record<string, unknown>>(q)).rows as T[];
const count = (cond: SQL) => sql`count(*) filter (where ${cond})::int`;

/** S10: per local month of the range, valid complaints, complaints and repairs. */
export async function monthlyKinds(db: DbOrTx, pid: string, r: Range, tz: string) {
  return rows<{ month: string; valid: number; complaints: number; repairs: number }>(
    db,
    // Two index-only scans instead of reading every case of the range from the table: the cases by kind
    // (cases_property_kind_created_idx; kind is 'repair' or 'complaint') and the valid complaints
    // (cases_valid_complaints_idx, partial).
    sql`
    select "month", sum(valid)::int as "valid", sum(complaints)::int as "complaints", sum(repairs)::int as "repairs" from (
      select to_char(created_at at time zone ${tz}, 'YYYY-MM') as "month", 0 as valid,
        ${count(sql`kind = 'complaint'`)} as complaints, ${count(sql`kind = 'repair'`)} as repairs
      from cases where property_id = ${pid} and kind in ('repair', 'complaint') and created_at >= ${r.from} and created_at < ${r.to} group by 1
      union all
      select to_char(created_at at time zone ${tz}, 'YYYY-MM'), count(*)::int, 0, 0
      from cases where property_id = ${pid} and kind = 'complaint' and nature = 'valid' and created_at >= ${r.from} and created_at < ${r.to} group by 1
    ) x group by 1 order by 1`,
  );
}

export async function households(db: DbOrTx, pid: string) {
  const [r] = await db
    .select({ n: sql<number>`coalesce(sum(${units.households}), 0)::int` })
    .from(units)
    .where(eq(units.propertyId, pid));
  return Number(r?.n ?? 0);
}

/** S10 三个相等: logged vs dispatched repair items, work orders issued and returned, with the mismatches. */
export async function threeEqualities(db: DbOrTx, pid: string, r: Range, limit: number) {
  const repairs = sql`property_id = ${pid} and kind = 'repair' and created_at >= ${r.from} and created_at < ${r.to}`;
  const live = sql`w.status <> 'voided'`;
  const [[items], [wos], notDispatched, withoutWo, several, notReturned] = await Promise.all([
    rows<{ logged: number; dispatched: number }>(
      db,
      sql`select count(*)::int as "logged", ${count(sql`dispatched_at is not null`)} as "dispatched" from cases where ${repairs}`,
    ),
    rows<{ issued: number; returned: number; voided: number }>(
      db,
      sql`
      select ${count(sql`status <> 'voided'`)} as "issued", ${count(sql`status = 'returned'`)} as "returned", ${count(sql`status = 'voided'`)} as "voided"
      from work_orders where property_id = ${pid} and issued_at >= ${r.from} and issued_at < ${r.to}`,
    ),
    // The month's rows first (materialized), then ordered: otherwise the planner may walk the whole
    // number index hoping to meet `limit` mismatches early, and a month without any walks every case.
    rows<{ caseNumber: string; caseId: string }>(
      db,
      sql`
      with m as materialized (select number, id from cases where ${repairs} and dispatched_at is null)
      select number as "caseNumber", id as "caseId" from m order by number limit ${limit}`,
    ),
    // A repair's work order is issued when it is dispatched, nearly always within days: the live work orders
    // issued from the month's start to a week after its end (one range of the covering index, hashed) rule out
    // almost every case at once; only the few left are probed one by one, with the same test as before.
    rows<{ caseNumber: string; caseId: string }>(
      db,
      sql`
      with m as materialized (select c.number, c.id from cases c where ${repairs} and c.dispatched_at is not null),
      near as materialized (select w.case_id from work_orders w where w.property_id = ${pid} and w.issued_at >= ${r.from}
        and w.issued_at < ${new Date(r.to.getTime() + 7 * 86_400_000)} and ${live}),
      left_over as materialized (select m.* from m where not exists (select 1 from near where near.case_id = m.id))
      select number as "caseNumber", id as "caseId" from left_over c
      where not exists (select 1 from work_orders w where w.case_id = c.id and ${live}) order by number limit ${limit}`,
    ),
    rows<{ caseNumber: string; caseId: string; workOrders: string[] }>(
      db,
      // The month's live work orders grouped by case from the covering index first: only the few cases with
      // several are looked up (their numbers, the case).
      sql`
      with d as materialized (
        select w.case_id from work_orders w
        where w.property_id = ${pid} and w.issued_at >= ${r.from} and w.issued_at < ${r.to} and ${live}
        group by w.case_id having count(*) > 1)
      select c.number as "caseNumber", c.id as "caseId",
        (select array_agg(w.number order by w.seq) from work_orders w
         where w.case_id = d.case_id and w.property_id = ${pid} and w.issued_at >= ${r.from} and w.issued_at < ${r.to} and ${live}) as "workOrders"
      from d join cases c on c.id = d.case_id order by c.number limit ${limit}`,
    ),
    rows<{ workOrderNumber: string; workOrderId: string; caseNumber: string; status: string }>(
      db,
      sql`
      with m as materialized (select w.number, w.id, w.case_id, w.status from work_orders w
        where w.property_id = ${pid} and w.issued_at >= ${r.from} and w.issued_at < ${r.to} and w.status not in ('returned','voided'))
      select m.number as "workOrderNumber", m.id as "workOrderId", c.number as "caseNumber", m.status as "status"
      from m join cases c on c.id = m.case_id order by m.number limit ${limit}`,
    ),
  ]);
  return { items: items!, wos: wos!, notDispatched, withoutWo, several, notReturned };
}

/** SLA attainment of the month's cases by kind × severity. */
export async function slaAttainment(db: DbOrTx, pid: string, r: Range, now: Date) {
  const done = sql`coalesce(resolved_at, closed_at)`;
  return rows<{
    kind: string;
    severity: string;
    total: number;
    respondMeasured: number;
    respondOnTime: number;
    resolveMeasured: number;
    resolveOnTime: number;
  }>(
    db,
    sql`
    select kind as "kind", severity as "severity", count(*)::int as "total",
      ${count(sql`responded_at is not null or respond_due_at < ${now}`)} as "respondMeasured",
      ${count(sql`responded_at <= respond_due_at`)} as "respondOnTime",
      ${count(sql`${done} is not null or resolve_due_at < ${now}`)} as "resolveMeasured",
      ${count(sql`${done} <= resolve_due_at`)} as "resolveOnTime"
    from cases where property_id = ${pid} and created_at >= ${r.from} and created_at < ${r.to}
    group by kind, severity order by kind, severity`,
  );
}

/** Callbacks and tenant ratings made in the range. */
export async function satisfaction(db: DbOrTx, pid: string, r: Range) {
  return rows<{
    source: string;
    kind: string;
    callbacks: number;
    satisfied: number;
    avgCourtesy: number | null;
    avgAttitude: number | null;
  }>(
    db,
    sql`
    select b.source as "source", c.kind as "kind", count(*)::int as "callbacks", ${count(sql`b.satisfied_result`)} as "satisfied",
      round(avg(b.courtesy_rating), 2)::float as "avgCourtesy", round(avg(b.attitude_rating), 2)::float as "avgAttitude"
    from callbacks b join cases c on c.id = b.case_id
    where b.property_id = ${pid} and b.at >= ${r.from} and b.at < ${r.to} group by 1, 2 order by 1, 2`,
  );
}

/** Per local month of the range: SLA attainment (resolve), callbacks and satisfied ones, the three equalities' counts. */
export async function monthlyTrend(db: DbOrTx, pid: string, r: Range, tz: string, now: Date) {
  const done = sql`coalesce(resolved_at, closed_at)`;
  const month = (col: SQL) => sql`to_char(${col} at time zone ${tz}, 'YYYY-MM')`;
  const within = (col: SQL) => sql`property_id = ${pid} and ${col} >= ${r.from} and ${col} < ${r.to}`;
  const [sla, sat, repairs, wos] = await Promise.all([
    rows<{ month: string; measured: number; onTime: number }>(
      db,
      sql`select ${month(sql`created_at`)} as "month", ${count(sql`${done} is not null or resolve_due_at < ${now}`)} as "measured",
        ${count(sql`${done} <= resolve_due_at`)} as "onTime" from cases where ${within(sql`created_at`)} group by 1`,
    ),
    rows<{ month: string; callbacks: number; satisfied: number }>(
      db,
      sql`select ${month(sql`at`)} as "month", count(*)::int as "callbacks", ${count(sql`satisfied_result`)} as "satisfied"
        from callbacks where ${within(sql`at`)} group by 1`,
    ),
    rows<{ month: string; logged: number; dispatched: number }>(
      db,
      sql`select ${month(sql`created_at`)} as "month", count(*)::int as "logged", ${count(sql`dispatched_at is not null`)} as "dispatched"
        from cases where ${within(sql`created_at`)} and kind = 'repair' group by 1`,
    ),
    rows<{ month: string; issued: number; returned: number }>(
      db,
      sql`select ${month(sql`issued_at`)} as "month", ${count(sql`status <> 'voided'`)} as "issued", ${count(sql`status = 'returned'`)} as "returned"
        from work_orders where ${within(sql`issued_at`)} group by 1`,
    ),
  ]);
  return { sla, sat, repairs, wos };
}

/** True when a case was received in the range. */
export async function anyCaseIn(db: DbOrTx, propertyId: string, r: Range) {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.propertyId, propertyId), gte(cases.createdAt, r.from), lt(cases.createdAt, r.to)))
    .limit(1);
  return rows.length > 0;
}
