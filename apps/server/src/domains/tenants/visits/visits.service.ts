/**
 * Tenant visits (T3, 用户走访): plan a visit with the company's responsible person and its topics; record it
 * (met whom, opinions, satisfaction, the issues raised) or cancel it; open each issue as one linked case in the
 * same transaction (409 visit_issue_case_exists the second time), the case's timeline telling where it came
 * from; the register of a period and the visits per company in a year. Greetings are in visits.greetings.ts.
 */
import { VISITS_ERROR_CODES, caseCreateBody } from '@hy/contracts';
import type { VisitCreate, VisitQuery, VisitRecord } from '@hy/contracts';
import type { Db } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { addCaseEvent, createCase } from '../../cases/index.ts';
import * as repo from './visits.repository.ts';
import { presentVisit } from './visits.presenter.ts';
import { issueCaseRefusal, planRefusal, recordRefusal, registerRangeOk, tallyByTenant } from './visits.rules.ts';

export const refused = (ctx: Ctx, code: string, path?: string) => {
  const c = VISITS_ERROR_CODES[code]!;
  const msg = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined);
};

/** The visit if the actor may work with visits of its property (404 otherwise, also to tenants). */
async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const v = await repo.findVisit(ctx.db, id);
  if (!v || !memberProperties(actor).includes(v.propertyId) || !can(actor, v.propertyId, 'tenants.visits')) throw errors.notFound('visit');
  return { actor, v };
}

export async function getVisit(ctx: Ctx, id: string) {
  const { actor, v } = await load(ctx, id);
  return presentVisit(actor, v, await repo.issuesOf(ctx.db, [v.id]));
}

export async function listVisits(ctx: Ctx, q: VisitQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'tenants.visits');
  const rows = await repo.listVisits(ctx.db, { ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  const issues = await repo.issuesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return page(
    rows,
    q.limit,
    (r) => [r.plannedAt.toISOString(), r.id],
    (r) =>
      presentVisit(
        actor,
        r,
        issues.filter((i) => i.visitId === r.id),
      ),
  );
}

export async function visitStaff(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'tenants.visits');
  return { data: await repo.visitStaff(ctx.db, propertyId) };
}

/** Plan a visit: the company and unit of the property, a time ahead, the topics, the writer and the colleagues named. */
export async function planVisit(ctx: Ctx, input: Omit<VisitCreate, 'plannedAt'> & { plannedAt: Date; visitorIds: string[] }) {
  const actor = requireActor(ctx);
  const pid = input.propertyId;
  authorize(actor, pid, 'tenants.visits');
  const now = ctx.now();
  if (planRefusal(input.plannedAt, now)) throw refused(ctx, 'visit_in_past', 'plannedAt');
  const org = await repo.organizationIn(ctx.db, pid, input.organizationId);
  if (!org) throw errors.field('organizationId', say(ctx, '单位不存在', 'Unknown company'), 'unknown_organization');
  let unitId = input.unitId ?? null;
  if (unitId) {
    const u = await repo.unitIn(ctx.db, pid, unitId);
    if (!u) throw errors.field('unitId', say(ctx, '单元不存在', 'Unknown unit'), 'unknown_unit');
    if (u.organizationId !== org.id) throw refused(ctx, 'visit_unit_not_of_tenant', 'unitId');
  } else unitId = (await repo.firstUnitOf(ctx.db, org.id))?.id ?? null;
  const staff = await repo.visitStaff(ctx.db, pid);
  const others = [...new Set(input.visitorIds)].filter((id) => id !== actor.id);
  const named = others.map((id) => staff.find((s) => s.id === id));
  if (named.some((s) => !s)) throw refused(ctx, 'visit_visitor_not_allowed', 'visitorIds');
  const visitors = [{ id: actor.id, name: actor.displayName }, ...named.map((s) => ({ id: s!.id, name: s!.name }))];
  const id = await ctx.db.transaction(async (tx) => {
    const v = await repo.insertVisit(tx, {
      propertyId: pid,
      organizationId: org.id,
      unitId,
      state: 'planned',
      plannedAt: input.plannedAt,
      place: input.place ?? null,
      contactName: input.contactName,
      contactPhone: input.contactPhone ?? null,
      topics: input.topics,
      visitors,
      createdBy: actor.id,
      createdByName: actor.displayName,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: 'tenant_visit.planned',
      entityType: 'tenant_visit',
      entityId: v.id,
      propertyId: pid,
      before: null,
      after: v,
    });
    return v.id;
  });
  return getVisit(ctx, id);
}

/** Record the visit (住户访问统计表): met whom, opinions, satisfaction and the issues raised, in one transaction. */
export async function recordVisit(ctx: Ctx, id: string, input: Omit<VisitRecord, 'visitedAt'> & { visitedAt?: Date; issues: string[] }) {
  const { v } = await load(ctx, id);
  const now = ctx.now();
  const visitedAt = input.visitedAt ?? now;
  const why = recordRefusal(v.state, visitedAt, now);
  if (why) throw refused(ctx, why, why === 'visit_visited_at_invalid' ? 'visitedAt' : undefined);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.closeVisit(tx, id, {
      state: 'done',
      visitedAt,
      metNames: input.metNames,
      opinions: input.opinions ?? null,
      satisfaction: input.satisfaction,
      updatedAt: now,
    });
    if (!u) throw refused(ctx, 'visit_not_planned');
    await repo.insertIssues(
      tx,
      input.issues.map((content, position) => ({ propertyId: v.propertyId, visitId: id, position, content, createdAt: now })),
    );
    await audit(tx, ctx, {
      action: 'tenant_visit.recorded',
      entityType: 'tenant_visit',
      entityId: id,
      propertyId: v.propertyId,
      before: v,
      after: { ...u, issues: input.issues },
    });
  });
  return getVisit(ctx, id);
}

export async function cancelVisit(ctx: Ctx, id: string, reason: string) {
  const { v } = await load(ctx, id);
  if (v.state !== 'planned') throw refused(ctx, 'visit_not_planned');
  await ctx.db.transaction(async (tx) => {
    const u = await repo.closeVisit(tx, id, { state: 'cancelled', cancelReason: reason, updatedAt: ctx.now() });
    if (!u) throw refused(ctx, 'visit_not_planned');
    await audit(tx, ctx, {
      action: 'tenant_visit.cancelled',
      entityType: 'tenant_visit',
      entityId: id,
      propertyId: v.propertyId,
      before: v,
      after: u,
    });
  });
  return getVisit(ctx, id);
}

/**
 * Open an issue raised in the visit as a case (channel 'visit', the company's contact and unit), in one
 * transaction with the link: one issue, one case. The case's timeline gets a line saying where it came from.
 */
export async function openIssueCase(ctx: Ctx, id: string, issueId: string, kind: 'repair' | 'complaint') {
  const { v } = await load(ctx, id);
  const issue = await repo.findIssue(ctx.db, id, issueId);
  if (!issue) throw errors.notFound('issue');
  const why = issueCaseRefusal(v.state, issue.caseId);
  if (why) throw refused(ctx, why);
  const cal = await loadWorkCalendar(ctx.db, v.propertyId);
  const when = dayjs(v.visitedAt!).tz(cal.timeZone).format('YYYY-MM-DD');
  const by = v.visitors.map((p) => p.name).join('、');
  const body = caseCreateBody.parse({
    propertyId: v.propertyId,
    kind,
    channel: 'visit',
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    unitId: v.unitId,
    organizationId: v.organizationId,
    content: issue.content,
  });
  await ctx.db.transaction(async (tx) => {
    const inTx: Ctx = { ...ctx, db: tx as unknown as Db };
    const c = await createCase(inTx, body);
    const linked = await repo.linkCase(tx, issue.id, c.id, ctx.now());
    if (!linked) throw refused(ctx, 'visit_issue_case_exists');
    await addCaseEvent(tx, inTx, c, {
      kind: 'note',
      note: `来自用户走访：${when} ${v.organizationName}（${by}）`,
      data: { source: 'tenant_visit', visitId: v.id, issueId: issue.id },
    });
    await audit(tx, ctx, {
      action: 'tenant_visit.issue_case_opened',
      entityType: 'tenant_visit',
      entityId: v.id,
      propertyId: v.propertyId,
      before: issue,
      after: linked,
      meta: { caseId: c.id, caseNumber: c.number },
    });
  });
  return getVisit(ctx, id);
}

/** The 住户访问统计表 of a period: visits done between two local days (inclusive), oldest first. */
export async function register(ctx: Ctx, q: { propertyId: string; from: string; to: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'tenants.visits');
  if (!registerRangeOk(q.from, q.to)) throw refused(ctx, 'visit_register_range', 'to');
  const tz = (await loadWorkCalendar(ctx.db, q.propertyId)).timeZone;
  const from = dayjs.tz(q.from, tz).toDate();
  const to = dayjs.tz(q.to, tz).add(1, 'day').toDate();
  const rows = await repo.visitsDone(ctx.db, q.propertyId, from, to);
  const issues = await repo.issuesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    from: q.from,
    to: q.to,
    tz,
    rows,
    data: rows.map((r) =>
      presentVisit(
        actor,
        r,
        issues.filter((i) => i.visitId === r.id),
      ),
    ),
  };
}

/** Visits per tenant company in a local year: every company of the property, the least visited first. */
export async function byTenant(ctx: Ctx, q: { propertyId: string; year: number }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'tenants.visits');
  const tz = (await loadWorkCalendar(ctx.db, q.propertyId)).timeZone;
  const from = dayjs.tz(`${q.year}-01-01`, tz).toDate();
  const to = dayjs.tz(`${q.year + 1}-01-01`, tz).toDate();
  const [orgs, visits, open] = await Promise.all([
    repo.tenantCompanies(ctx.db, q.propertyId),
    repo.visitsBetween(ctx.db, q.propertyId, from, to),
    repo.openIssuesByOrganization(ctx.db, q.propertyId),
  ]);
  return {
    year: q.year,
    data: tallyByTenant(orgs, visits, q.year, tz).map((r) => ({
      ...r,
      lastVisitAt: r.lastVisitAt?.toISOString() ?? null,
      openIssues: open.get(r.organizationId) ?? 0,
    })),
  };
}
