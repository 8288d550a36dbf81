/**
 * The case itself (S1–S8): loading it behind the access check, the list and the detail with the
 * actor's policies, notes and follow-ups, and the guards every handling feature shares. Writes
 * happen in ONE transaction with the audit in it; case writes are optimistic (version).
 */
import { settingsOf, type CaseStatus, type EffectiveSettings, type Role } from '@hy/contracts';
import type { Ctx, Actor } from '../../../lib/context.ts';
import { requireActor, can } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { Tx } from '../../../db/client.ts';
import * as repo from './case.repository.ts';
import type { CaseRow } from './case.repository.ts';
import { assertVisible, casePolicies, isReporter, listScope } from './case.policy.ts';
import { canTransition, slaStateAt, slaWarnAt } from './case.rules.ts';
import { presentCase, presentEvent } from './case.presenter.ts';
import { saveCase } from './case.timeline.ts';
import { workOrdersOf } from '../work-orders/work-orders.repository.ts';
import { presentWorkOrders } from '../work-orders/work-orders.presenter.ts';
import { filesOf, presentFile } from '../../files/index.ts';
import { callbacksOf } from '../callbacks/callbacks.repository.ts';
import { presentCallback } from '../callbacks/callbacks.presenter.ts';
import type { ListCasesQuery } from './case.schema.ts';

export async function loadCase(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const c = await repo.findCase(ctx.db, id);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  return { actor, c };
}

export function requireHandle(actor: Actor, c: CaseRow) {
  if (!can(actor, c.propertyId, 'cases.handle')) throw errors.forbidden();
}

/** A closed case takes no more changes (409). */
export function assertNotClosed(ctx: Ctx, c: CaseRow) {
  if (c.status === 'closed') throw errors.conflict(say(ctx, '案件已销项', 'The case is closed'));
}

/** The status patch of a move along the state machine; 409 on a closed case, 422 when the move is not allowed. */
export function transition(ctx: Ctx, c: CaseRow, to: CaseStatus): { status: CaseStatus } {
  if (c.status === to) return { status: to };
  assertNotClosed(ctx, c);
  if (!canTransition(c.status, to)) {
    throw errors.rule('invalid_transition', say(ctx, `案件状态 ${c.status} 不能变为 ${to}`, `A ${c.status} case cannot become ${to}`), {
      from: c.status,
      to,
    });
  }
  return { status: to };
}

/** The first handling step records the response (S4 respond deadline). */
export const firstResponse = (c: CaseRow, now: Date) => (c.respondedAt ? {} : { respondedAt: now });

/** The assignee works in the property (in that role, if one is named): otherwise a field error. */
export async function checkAssignee(ctx: Ctx, propertyId: string, userId: string, role: Role | null) {
  const roles = await repo.rolesInProperty(ctx.db, userId, propertyId);
  if (!roles.length || (role && !roles.includes(role)))
    throw errors.field(
      'assigneeId',
      say(ctx, '处理人不属于该项目或无相应岗位', 'The assignee does not work here in that role'),
      'unknown_assignee',
    );
}

/** Loads, authorizes (cases.handle) and runs one change in a transaction; answers the case detail. */
export async function handle(ctx: Ctx, id: string, fn: (tx: Tx, c: CaseRow, actor: Actor) => Promise<unknown>) {
  const { actor, c } = await loadCase(ctx, id);
  requireHandle(actor, c);
  await ctx.db.transaction((tx) => fn(tx, c, actor));
  return getCase(ctx, id);
}

// ---------- reading ----------

/** The case lists' cursor: the last row's creation time and id. */
export const caseCursor = (last: { createdAt: Date; id: string }) => `${last.createdAt.toISOString()}|${last.id}`;

/** A case list's `cursor` read back (400 on the field when it is not one). */
export function caseCursorAfter(cursor: string | undefined): { createdAt: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split('|');
  const d = new Date(at ?? '');
  if (!id || Number.isNaN(d.getTime())) throw errors.field('cursor', 'invalid cursor');
  return { createdAt: d, id };
}

export async function listCases(ctx: Ctx, q: ListCasesQuery) {
  const actor = requireActor(ctx);
  const scope = listScope(actor, q.propertyId);
  const after = caseCursorAfter(q.cursor);
  const rows = await repo.listCases(ctx.db, {
    full: scope.full,
    own: { propertyIds: scope.own, reporterId: actor.id },
    kind: q.kind,
    status: q.status,
    severity: q.severity,
    q: q.q,
    from: q.from,
    to: q.to,
    overdue: q.overdue,
    sla: q.sla,
    warnRatio: q.sla ? await warnRatioOf(ctx, q.propertyId) : undefined,
    now: ctx.now(),
    limit: q.limit + 1,
    after,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    data: await presentCases(ctx, actor, page),
    nextCursor: rows.length > q.limit && last ? caseCursor(last) : null,
  };
}

/** What the case list would hold with these filters (the cockpit's tiles), in the same scope as the list. */
export async function countCases(ctx: Ctx, propertyId: string, f: Omit<repo.CaseFilter, 'full' | 'own' | 'now'>) {
  const actor = requireActor(ctx);
  const scope = listScope(actor, propertyId);
  const warnRatio = f.sla ? await warnRatioOf(ctx, propertyId) : undefined;
  return repo.countCases(ctx.db, {
    ...f,
    warnRatio,
    full: scope.full,
    own: { propertyIds: scope.own, reporterId: actor.id },
    now: ctx.now(),
  });
}

/** The property's warning share of a deadline's window (the defaults' across properties). */
async function warnRatioOf(ctx: Ctx, propertyId: string | undefined) {
  return settingsOf(propertyId ? await repo.propertySettings(ctx.db, propertyId) : null)['caseSla.warnPercent'] / 100;
}

/** Cases as JSON with the name of who signed off the emergency and the actor's policies. */
export async function presentCases(ctx: Ctx, actor: Actor, rows: CaseRow[]) {
  const names = await repo.userNames(
    ctx.db,
    rows.flatMap((c) => (c.emergencySignedOffBy ? [c.emergencySignedOffBy] : [])),
  );
  const settings = new Map<string, EffectiveSettings>();
  for (const p of new Set(rows.map((c) => c.propertyId))) settings.set(p, settingsOf(await repo.propertySettings(ctx.db, p)));
  const approvers = (c: CaseRow) => settings.get(c.propertyId)![`caseSla.extensionApprovers.${c.severity}`];
  const warnRatio = (c: CaseRow) => settings.get(c.propertyId)!['caseSla.warnPercent'] / 100;
  return rows.map((c) => ({
    ...presentCase(c),
    // S4: the deadline's state now and when it turns into a warning, by the property's share (the list's SLA filter).
    slaState: slaStateAt(c, ctx.now(), warnRatio(c)),
    slaWarnAt: slaWarnAt(c, warnRatio(c)).toISOString(),
    emergencySignedOffByName: c.emergencySignedOffBy ? (names.get(c.emergencySignedOffBy) ?? null) : null,
    policies: casePolicies(actor, c, approvers(c)),
  }));
}

/** A case with its photos, timeline, work orders (with their photos and signature), callbacks and the actor's policies. */
export async function caseDetail(ctx: Ctx, c: CaseRow) {
  const actor = requireActor(ctx);
  const [events, wos, cbs, photos, [presented]] = await Promise.all([
    repo.eventsOf(ctx.db, c.id),
    workOrdersOf(ctx.db, c.id).then((rows) => presentWorkOrders(ctx.db, rows)),
    callbacksOf(ctx.db, c.id),
    filesOf(ctx.db, 'case', [c.id]),
    presentCases(ctx, actor, [c]),
  ]);
  const { policies, ...rest } = presented!;
  return {
    ...rest,
    photos: photos.filter((f) => f.kind === 'photo').map(presentFile),
    timeline: events.map(presentEvent),
    workOrders: wos,
    callbacks: cbs.map(presentCallback),
    policies,
  };
}

export async function getCase(ctx: Ctx, id: string) {
  const { c } = await loadCase(ctx, id);
  return caseDetail(ctx, c);
}

// ---------- notes and follow-ups ----------

export async function followUp(ctx: Ctx, id: string, input: { kind: 'note' | 'follow_up' | 'apology' | 'customer_contact'; note: string }) {
  const { actor, c } = await loadCase(ctx, id);
  const staff = can(actor, c.propertyId, 'cases.handle');
  // The tenant who reported the case may add notes to it.
  if (!staff && !(isReporter(actor, c) && input.kind === 'note')) throw errors.forbidden();
  assertNotClosed(ctx, c);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const patch: Partial<CaseRow> = staff ? firstResponse(c, now) : {};
    if (input.kind === 'apology') patch.apologyRecordedAt = c.apologyRecordedAt ?? now;
    await saveCase(tx, ctx, c, patch, { kind: input.kind, note: input.note });
  });
  return getCase(ctx, id);
}
