/** SQL of patrol reviews: the day's rounds with their visits and findings, the daily sign-off, the repair findings of a span. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { inspectionDailyReviews, inspectionFindings } from '../../../db/schema/index.ts';

const rows = async <T>(db: DbOrTx, q: SQL) => (await db.execute<Record<string, unknown>>(q)).rows as T[];
const toDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));

export async function roundsOfDay(db: DbOrTx, propertyId: string, day: string) {
  const r = await rows<Record<string, unknown>>(
    db,
    sql`
    select r.id, p.name as "planName", p.area, r.assignee_name as "assigneeName", r.state, r.late,
      r.window_start as "windowStart", r.window_end as "windowEnd", r.completed_at as "completedAt",
      (select count(*)::int from inspection_visits v where v.round_id = r.id) as "visits",
      (select count(*)::int from inspection_checkpoints c where c.plan_id = r.plan_id and c.active) as "checkpoints",
      (select count(*)::int from inspection_findings f where f.round_id = r.id) as "findings"
    from inspection_rounds r join inspection_plans p on p.id = r.plan_id
    where r.property_id = ${propertyId} and r.due_date = ${day}::date
    order by r.window_start, p.name`,
  );
  return r.map((x) => ({
    id: String(x.id),
    planName: String(x.planName),
    area: String(x.area),
    assigneeName: (x.assigneeName as string | null) ?? null,
    state: String(x.state),
    late: Boolean(x.late),
    windowStart: toDate(x.windowStart)!,
    windowEnd: toDate(x.windowEnd)!,
    completedAt: toDate(x.completedAt),
    visits: Number(x.visits),
    checkpoints: Number(x.checkpoints),
    findings: Number(x.findings),
  }));
}

export async function signOffOf(db: DbOrTx, propertyId: string, day: string) {
  const [r] = await db
    .select()
    .from(inspectionDailyReviews)
    .where(and(eq(inspectionDailyReviews.propertyId, propertyId), eq(inspectionDailyReviews.day, day)));
  return r ?? null;
}

export async function insertSignOff(db: DbOrTx, v: typeof inspectionDailyReviews.$inferInsert) {
  const [r] = await db.insert(inspectionDailyReviews).values(v).onConflictDoNothing().returning();
  return r ?? null;
}

/** Repair findings up to `to` (for the week's lines): who found it, local found and closed days. */
export async function repairFindingsUpTo(db: DbOrTx, propertyId: string, to: Date, tz: string) {
  return rows<{
    id: string;
    inspectorId: string;
    inspectorName: string;
    foundDay: string;
    closedDay: string | null;
    title: string;
    checkpointName: string;
    foundAt: Date;
    caseNumber: string | null;
    workOrderNumber: string | null;
    fixBy: string | null;
  }>(
    db,
    sql`
    select f.id, f.found_by as "inspectorId", f.found_by_name as "inspectorName",
      to_char(f.found_at at time zone ${tz}, 'YYYY-MM-DD') as "foundDay",
      to_char(f.closed_at at time zone ${tz}, 'YYYY-MM-DD') as "closedDay",
      f.title, cp.name as "checkpointName", f.found_at as "foundAt", c.number as "caseNumber",
      (select w.number from work_orders w where w.case_id = f.case_id and w.status <> 'voided' order by w.seq desc limit 1) as "workOrderNumber",
      to_char(f.fix_by, 'YYYY-MM-DD') as "fixBy"
    from inspection_findings f
    join inspection_checkpoints cp on cp.id = f.checkpoint_id
    left join cases c on c.id = f.case_id
    where f.property_id = ${propertyId} and f.route = 'repair' and f.found_at < ${to}
      and (f.closed_at is null or f.closed_at >= ${to}::timestamptz - interval '8 days')`,
  );
}

/** 巡检问题报修统计单: the findings sent to repair in [from, to). */
export async function sentToRepair(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const r = await rows<Record<string, unknown>>(
    db,
    sql`
    select f.id as "findingId", f.found_at as "foundAt", f.found_by_name as "foundByName", p.name as "planName",
      cp.name as "checkpointName", f.title, f.note, f.urgent, c.number as "caseNumber", w.number as "workOrderNumber",
      w.status as "workOrderStatus", f.sent_to_repair_at as "sentAt", f.verified_at as "verifiedAt", f.state
    from inspection_findings f
    join inspection_rounds r on r.id = f.round_id
    join inspection_plans p on p.id = r.plan_id
    join inspection_checkpoints cp on cp.id = f.checkpoint_id
    left join cases c on c.id = f.case_id
    left join lateral (select w.number, w.status from work_orders w where w.case_id = f.case_id and w.status <> 'voided'
      order by w.seq desc limit 1) w on true
    where f.property_id = ${propertyId} and f.sent_to_repair_at >= ${from} and f.sent_to_repair_at < ${to}
    order by f.sent_to_repair_at, f.id`,
  );
  return r.map((x) => ({
    findingId: String(x.findingId),
    foundAt: toDate(x.foundAt)!,
    foundByName: String(x.foundByName),
    planName: String(x.planName),
    checkpointName: String(x.checkpointName),
    title: String(x.title),
    note: (x.note as string | null) ?? null,
    urgent: Boolean(x.urgent),
    caseNumber: (x.caseNumber as string | null) ?? null,
    workOrderNumber: (x.workOrderNumber as string | null) ?? null,
    workOrderStatus: (x.workOrderStatus as string | null) ?? null,
    sentAt: toDate(x.sentAt),
    verifiedAt: toDate(x.verifiedAt),
    state: String(x.state),
  }));
}

export async function setFixBy(db: DbOrTx, id: string, fixBy: string, by: string, at: Date) {
  const [r] = await db
    .update(inspectionFindings)
    .set({ fixBy, fixBySetBy: by, updatedAt: at })
    .where(and(eq(inspectionFindings.id, id), sql`${inspectionFindings.state} <> 'closed'`, eq(inspectionFindings.route, 'repair')))
    .returning();
  return r ?? null;
}
