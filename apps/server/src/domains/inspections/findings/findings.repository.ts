/** SQL of patrol findings: made from a visit's failed results, read with their round, checkpoint, case and work order. */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { inspectionFindings, inspectionFindingSteps } from '../../../db/schema/index.ts';
import type { FindingCategory } from '../../../db/schema/inspections.ts';
import type { FindingRoute, FindingState } from '../../../db/schema/inspections-findings.ts';

export type FindingRow = typeof inspectionFindings.$inferSelect;
export type StepRow = typeof inspectionFindingSteps.$inferSelect;

const rows = async <T>(db: DbOrTx, q: SQL) => (await db.execute<Record<string, unknown>>(q)).rows as T[];

/** One failed result per finding: inserts the visit's missing findings (each with its item's category), returns the new ones. */
export async function insertFromVisit(db: DbOrTx, visitId: string, routes: Record<FindingCategory, FindingRoute>, at: Date) {
  const route = sql.join(
    Object.entries(routes).map(([c, r]) => sql`when ${c} then ${r}`),
    sql` `,
  );
  return rows<{ id: string; propertyId: string; route: FindingRoute; title: string; checkpointName: string }>(
    db,
    sql`
    insert into inspection_findings (property_id, round_id, visit_id, checkpoint_id, check_item_id, result_id, category, route,
      title, note, photo_file_ids, found_at, found_by, found_by_name, created_at, updated_at)
    select r.property_id, v.round_id, v.id, v.checkpoint_id, i.id, res.id, i.category, case i.category ${route} else 'inspector' end,
      i.label, res.note, res.photo_file_ids, v.visited_at, v.visited_by, v.visited_by_name, ${at}, ${at}
    from inspection_results res
    join inspection_visits v on v.id = res.visit_id
    join inspection_rounds r on r.id = v.round_id
    join inspection_check_items i on i.id = res.check_item_id
    where res.visit_id = ${visitId} and res.outcome = 'fail'
    order by i.position
    on conflict (result_id) do nothing
    returning id, property_id as "propertyId", route, title,
      (select name from inspection_checkpoints c where c.id = checkpoint_id) as "checkpointName"`,
  );
}

export interface FindingView {
  id: string;
  propertyId: string;
  roundId: string;
  planName: string;
  dueDate: string;
  checkpointId: string;
  checkpointName: string;
  location: string | null;
  title: string;
  note: string | null;
  category: FindingCategory;
  route: FindingRoute;
  state: FindingState;
  urgent: boolean;
  foundAt: Date;
  foundBy: string;
  foundByName: string;
  caseId: string | null;
  caseNumber: string | null;
  workOrderId: string | null;
  workOrderNumber: string | null;
  workOrderStatus: string | null;
  reinspections: number;
  closedAt: Date | null;
  fixBy: string | null;
  sentToRepairAt: Date | null;
  verifiedAt: Date | null;
  verifiedByName: string | null;
  signatureFileId: string | null;
  photoFileIds: string[];
}

const VIEW = sql`
  select f.id, f.property_id as "propertyId", f.round_id as "roundId", p.name as "planName",
    to_char(r.due_date, 'YYYY-MM-DD') as "dueDate", f.checkpoint_id as "checkpointId", cp.name as "checkpointName",
    cp.location, f.title, f.note, f.category, f.route, f.state, f.urgent, f.found_at as "foundAt", f.found_by as "foundBy",
    f.found_by_name as "foundByName", f.case_id as "caseId", c.number as "caseNumber", w.id as "workOrderId",
    w.number as "workOrderNumber", w.status as "workOrderStatus",
    (select count(*)::int from inspection_finding_steps s where s.finding_id = f.id and s.kind = 'reinspect') as "reinspections",
    f.closed_at as "closedAt", to_char(f.fix_by, 'YYYY-MM-DD') as "fixBy", f.sent_to_repair_at as "sentToRepairAt",
    f.verified_at as "verifiedAt", f.verified_by_name as "verifiedByName", f.signature_file_id as "signatureFileId",
    f.photo_file_ids as "photoFileIds"
  from inspection_findings f
  join inspection_rounds r on r.id = f.round_id
  join inspection_plans p on p.id = r.plan_id
  join inspection_checkpoints cp on cp.id = f.checkpoint_id
  left join cases c on c.id = f.case_id
  left join lateral (select w.id, w.number, w.status from work_orders w where w.case_id = f.case_id and w.status <> 'voided'
    order by w.seq desc limit 1) w on true`;

const toDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
function norm(r: Record<string, unknown>): FindingView {
  const v = r as unknown as FindingView;
  return {
    ...v,
    foundAt: toDate(r.foundAt)!,
    closedAt: toDate(r.closedAt),
    sentToRepairAt: toDate(r.sentToRepairAt),
    verifiedAt: toDate(r.verifiedAt),
    reinspections: Number(r.reinspections ?? 0),
    photoFileIds: (r.photoFileIds as string[] | null) ?? [],
  };
}

export async function findView(db: DbOrTx, id: string) {
  const [r] = await rows<Record<string, unknown>>(db, sql`${VIEW} where f.id = ${id}`);
  return r ? norm(r) : null;
}

export interface FindingFilter {
  propertyId: string;
  state?: FindingState | 'active';
  route?: FindingRoute;
  category?: FindingCategory;
  roundId?: string;
  from?: Date;
  to?: Date;
  caseId?: string;
  after?: [string, string] | null;
  limit: number;
}

export async function listViews(db: DbOrTx, q: FindingFilter) {
  const w: SQL[] = [sql`f.property_id = ${q.propertyId}`];
  if (q.state === 'active') w.push(sql`f.state <> 'closed'`);
  else if (q.state) w.push(sql`f.state = ${q.state}`);
  if (q.route) w.push(sql`f.route = ${q.route}`);
  if (q.category) w.push(sql`f.category = ${q.category}`);
  if (q.roundId) w.push(sql`f.round_id = ${q.roundId}`);
  if (q.caseId) w.push(sql`f.case_id = ${q.caseId}`);
  if (q.from) w.push(sql`f.found_at >= ${q.from}`);
  if (q.to) w.push(sql`f.found_at < ${q.to}`);
  if (q.after) w.push(sql`(f.found_at, f.id) < (${q.after[0]}::timestamptz, ${q.after[1]}::uuid)`);
  const all = await rows<Record<string, unknown>>(
    db,
    sql`${VIEW} where ${sql.join(w, sql` and `)} order by f.found_at desc, f.id desc limit ${q.limit}`,
  );
  return all.map(norm);
}

export async function findFinding(db: DbOrTx, id: string) {
  const [f] = await db.select().from(inspectionFindings).where(eq(inspectionFindings.id, id));
  return f ?? null;
}

/** Moves a finding on, guarded by the states it may come from (null when it moved meanwhile). */
export async function updateFinding(db: DbOrTx, id: string, from: FindingState[], patch: Partial<FindingRow>, at: Date) {
  const [f] = await db
    .update(inspectionFindings)
    .set({ ...patch, updatedAt: at, version: sql`${inspectionFindings.version} + 1` })
    .where(and(eq(inspectionFindings.id, id), inArray(inspectionFindings.state, from)))
    .returning();
  return f ?? null;
}

export async function insertStep(db: DbOrTx, s: typeof inspectionFindingSteps.$inferInsert) {
  const [r] = await db.insert(inspectionFindingSteps).values(s).returning();
  return r!;
}

export async function stepsOf(db: DbOrTx, findingId: string) {
  return db
    .select()
    .from(inspectionFindingSteps)
    .where(eq(inspectionFindingSteps.findingId, findingId))
    .orderBy(inspectionFindingSteps.at, inspectionFindingSteps.id);
}

/** The month's figures for the cleaning contractor (housekeeping findings). */
export async function cleaningFigures(db: DbOrTx, propertyId: string, from: Date, to: Date) {
  const [r] = await rows<{ findings: number; reinspections: number; failed: number; open: number }>(
    db,
    sql`
    select
      (select count(*)::int from inspection_findings where property_id = ${propertyId} and route = 'housekeeping'
        and found_at >= ${from} and found_at < ${to}) as "findings",
      (select count(*)::int from inspection_finding_steps s join inspection_findings f on f.id = s.finding_id
        where s.property_id = ${propertyId} and s.kind = 'reinspect' and f.route = 'housekeeping' and s.at >= ${from} and s.at < ${to}) as "reinspections",
      (select count(*)::int from inspection_finding_steps s join inspection_findings f on f.id = s.finding_id
        where s.property_id = ${propertyId} and s.kind = 'reinspect' and s.outcome = 'fail' and f.route = 'housekeeping'
        and s.at >= ${from} and s.at < ${to}) as "failed",
      (select count(*)::int from inspection_findings where property_id = ${propertyId} and route = 'housekeeping'
        and found_at < ${to} and (closed_at is null or closed_at >= ${to})) as "open"`,
  );
  return r!;
}
