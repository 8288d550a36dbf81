/**
 * Service-desk use cases (S1–S8): each checks access first, writes in ONE transaction and audits
 * in it. Case writes are optimistic (version), work-order writes are guarded by their from-states.
 */
import {
  NOT_CLOSABLE_REASONS, type CaseStatus, type Role, type WorkOrderStatus,
} from '@hy/contracts';
import type { Ctx, Actor } from '../../../lib/context.ts';
import { requireActor, can, memberProperties, rolesIn, propertiesWith, authorize } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import type { DbOrTx, Tx } from '../../../db/client.ts';
import { audit } from '../../audit/audit.service.ts';
import { notify } from '../../notifications/notifications.service.ts';
import { publish } from '../../notifications/notifications.hub.ts';
import { loadWorkCalendar } from '../../calendar/calendar.service.ts';
import { localDate, type WorkCalendar } from '../../calendar/calendar.rules.ts';
import * as repo from './case.repository.ts';
import * as dispatchRepo from '../dispatch/dispatch.repository.ts';
import type { CaseRow, WorkOrderRow } from './case.repository.ts';
import { assertVisible, casePolicies, isReporter, listScope } from './case.policy.ts';
import {
  canTransition, closeBlockers, computeDeadlines, emergencyPinPatch, extensionRefusal, pausedWorkingMinutes, signOffRefusal, slaPolicyOf, slaTarget, woFrom,
} from '../deadlines/deadlines.rules.ts';
import type { CreateCaseInput, ClassifyInput, CloseInput, ListCasesQuery, IssueWorkOrderInput } from '../intake/intake.schema.ts';

export const tr = (ctx: Ctx, zh: string, en: string) => (ctx.locale === 'en-US' ? en : zh);
const pad = (n: number) => String(n).padStart(6, '0');

/** A row as JSON: instants as ISO 8601. */
export function present<T extends Record<string, unknown>>(row: T) {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])) as {
    [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
  };
}

export async function slaEnv(db: DbOrTx, propertyId: string) {
  const cal = await loadWorkCalendar(db, propertyId);
  return { cal, policy: slaPolicyOf(await repo.propertySettings(db, propertyId)) };
}

type DeadlineSubject = Pick<CaseRow, 'kind' | 'severity' | 'urgency' | 'emergency' | 'createdAt' | 'pausedTotalMinutes' | 'extendedTo' | 'extendedPausedMinutes'>;
function deadlines(env: Awaited<ReturnType<typeof slaEnv>>, c: DeadlineSubject) {
  return computeDeadlines(env.cal, {
    createdAt: c.createdAt, target: slaTarget(env.policy, c), pausedMinutes: c.pausedTotalMinutes,
    extension: c.extendedTo ? { to: c.extendedTo, pausedMinutes: c.extendedPausedMinutes ?? 0 } : null,
  });
}

const yearOf = (cal: WorkCalendar, at: Date) => Number(localDate(cal, at).slice(0, 4));

export async function loadCase(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const c = await repo.findCase(ctx.db, id);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  return { actor, c };
}

function requireHandle(actor: Actor, c: CaseRow) {
  if (!can(actor, c.propertyId, 'cases.handle')) throw errors.forbidden();
}

function transition(ctx: Ctx, c: CaseRow, to: CaseStatus): { status: CaseStatus } {
  if (c.status === to) return { status: to };
  if (c.status === 'closed') throw errors.conflict(tr(ctx, '案件已销项', 'The case is closed'));
  if (!canTransition(c.status, to)) {
    throw errors.rule('invalid_transition', tr(ctx, `案件状态 ${c.status} 不能变为 ${to}`, `A ${c.status} case cannot become ${to}`), { from: c.status, to });
  }
  return { status: to };
}

interface EventInput { kind: string; note?: string | null; data?: Record<string, unknown> }

/** The one way a case changes: guarded update, timeline event, audit, live event — in the caller's tx. */
export async function save(tx: Tx, ctx: Ctx, c: CaseRow, patch: Partial<CaseRow>, ev: EventInput, version = c.version) {
  const now = ctx.now();
  const u = await repo.updateCase(tx, c.id, version, patch, now);
  if (!u) throw errors.conflict(tr(ctx, '案件已被他人修改，请刷新后重试', 'The case changed meanwhile; reload and retry'));
  return changed(tx, ctx, c, u, ev);
}

/** After a guarded update: timeline event, audit (before → after), live event — in the caller's tx. */
async function changed(tx: Tx, ctx: Ctx, c: CaseRow, u: CaseRow, ev: EventInput) {
  await event(tx, ctx, c, ev);
  await audit(tx, ctx, { action: `case.${ev.kind}`, entityType: 'case', entityId: c.id, propertyId: c.propertyId, before: c, after: u, meta: ev.data });
  await publish(tx, { type: 'event', topic: 'case.changed', propertyId: c.propertyId, entity: { type: 'case', id: c.id }, data: { id: c.id, number: c.number, status: u.status } });
  return u;
}

export async function event(tx: Tx, ctx: Ctx, c: Pick<CaseRow, 'id' | 'propertyId'>, ev: EventInput) {
  await repo.insertEvent(tx, {
    propertyId: c.propertyId, caseId: c.id, kind: ev.kind, actorId: ctx.actor?.id ?? null, actorName: ctx.actor?.displayName ?? null,
    note: ev.note ?? null, data: ev.data ?? null, at: ctx.now(),
  });
}

const MANAGERS: Role[] = ['cs_supervisor', 'project_manager', 'general_manager'];

async function notifyEmergency(tx: Tx, c: CaseRow) {
  await notify(tx, {
    propertyId: c.propertyId, roles: MANAGERS, kind: 'case.emergency', severity: 'critical', channels: ['sms', 'email'],
    title: `紧急${c.kind === 'repair' ? '报修' : '投诉'} ${c.number}`, body: `${c.location ?? ''} ${c.content}`.trim().slice(0, 500),
    link: `/cases/${c.id}`, data: { caseId: c.id },
  });
}

// ---------- intake ----------

async function checkPlace(ctx: Ctx, propertyId: string, i: { unitId?: string | null; organizationId?: string | null }) {
  let organizationId = i.organizationId ?? null;
  if (i.unitId) {
    const u = await repo.unitInProperty(ctx.db, propertyId, i.unitId);
    if (!u) throw errors.field('unitId', tr(ctx, '单元不存在', 'Unknown unit'), 'unknown_unit');
    organizationId ??= u.organizationId;
  }
  if (organizationId && !(await repo.organizationInProperty(ctx.db, propertyId, organizationId))) {
    throw errors.field('organizationId', tr(ctx, '单位不存在', 'Unknown organization'), 'unknown_organization');
  }
  return organizationId;
}

export async function createCase(ctx: Ctx, input: CreateCaseInput) {
  const actor = requireActor(ctx);
  const pid = input.propertyId;
  if (!memberProperties(actor).includes(pid)) throw errors.notFound('property');
  const staff = can(actor, pid, 'cases.intake');
  if (!staff && !can(actor, pid, 'cases.report')) throw errors.forbidden();
  let i = input;
  if (!staff) {
    // Tenant portal: reporter is the tenant, place and contact are theirs; staff classify later.
    const me = await repo.userContact(ctx.db, actor.id);
    i = {
      ...input, channel: 'tenant_portal', unitId: actor.unitId, organizationId: actor.organizationId, severity: 'general', emergency: false,
      nature: null, natureType: null, apologized: false, parentCaseId: null,
      contactName: input.contactName ?? me?.displayName ?? null, contactPhone: input.contactPhone ?? me?.phone ?? null,
    };
  }
  const organizationId = await checkPlace(ctx, pid, i);
  if (i.parentCaseId) {
    const parent = await repo.findCase(ctx.db, i.parentCaseId);
    if (parent && parent.propertyId !== pid) throw errors.field('parentCaseId', tr(ctx, '关联案件不属于该项目', 'The linked case is in another property'));
  }
  const env = await slaEnv(ctx.db, pid);
  const now = ctx.now();
  const subject = { kind: i.kind, severity: i.severity, urgency: i.urgency, emergency: i.emergency, createdAt: now, pausedTotalMinutes: 0, extendedTo: null, extendedPausedMinutes: null };
  const due = deadlines(env, subject);
  const year = yearOf(env.cal, now);
  const prefix = i.kind === 'repair' ? 'BX' : 'TS';
  const c = await ctx.db.transaction(async (tx) => {
    const seq = await repo.nextNumber(tx, pid, `case:${prefix}:${year}`);
    const c = await repo.insertCase(tx, {
      propertyId: pid, number: `${prefix}-${year}-${pad(seq)}`, kind: i.kind, channel: i.channel, contactName: i.contactName ?? null,
      contactPhone: i.contactPhone ?? null, unitId: i.unitId ?? null, organizationId, location: i.location ?? null, content: i.content,
      photos: i.photos, nature: i.nature ?? null, natureType: i.natureType ?? null, category: i.category ?? null, subcategory: i.subcategory ?? null,
      severity: i.severity, emergency: i.emergency, urgency: i.urgency, parentCaseId: i.parentCaseId ?? null,
      reporterId: staff ? null : actor.id, createdBy: actor.id, respondDueAt: due.respondDueAt, resolveDueAt: due.resolveDueAt,
      apologyRecordedAt: i.apologized ? now : null, createdAt: now, updatedAt: now,
    });
    await event(tx, ctx, c, { kind: 'created', data: { channel: c.channel, emergency: c.emergency } });
    if (i.apologized) await event(tx, ctx, c, { kind: 'apology' });
    await audit(tx, ctx, { action: 'case.created', entityType: 'case', entityId: c.id, propertyId: pid, before: null, after: c });
    if (c.emergency) await notifyEmergency(tx, c);
    await publish(tx, { type: 'event', topic: 'case.created', propertyId: pid, entity: { type: 'case', id: c.id }, data: { id: c.id, number: c.number, emergency: c.emergency } });
    return c;
  });
  return detail(ctx, c);
}

export async function contactLookup(ctx: Ctx, q: { propertyId: string; phone: string }) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  if (!can(actor, q.propertyId, 'cases.intake')) throw errors.forbidden();
  const d = q.phone.replace(/\D/g, '');
  if (d.length < 3) throw errors.field('phone', tr(ctx, '至少输入 3 位数字', 'At least 3 digits'));
  return repo.contactLookup(ctx.db, q.propertyId, d);
}

// ---------- reading ----------

export async function listCases(ctx: Ctx, q: ListCasesQuery) {
  const actor = requireActor(ctx);
  const scope = listScope(actor, q.propertyId);
  let after: { createdAt: Date; id: string } | undefined;
  if (q.cursor) {
    const [at, id] = q.cursor.split('|');
    const d = new Date(at ?? '');
    if (!id || Number.isNaN(d.getTime())) throw errors.field('cursor', 'invalid cursor');
    after = { createdAt: d, id };
  }
  const rows = await repo.listCases(ctx.db, {
    full: scope.full, own: { propertyIds: scope.own, reporterId: actor.id }, kind: q.kind, status: q.status, severity: q.severity, q: q.q,
    from: q.from, to: q.to, overdue: q.overdue, now: ctx.now(), limit: q.limit + 1, after,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    data: await presentCases(ctx, actor, page),
    nextCursor: rows.length > q.limit && last ? `${last.createdAt.toISOString()}|${last.id}` : null,
  };
}

/** Cases as JSON with the name of who signed off the emergency and the actor's policies. */
async function presentCases(ctx: Ctx, actor: Actor, rows: CaseRow[]) {
  const names = await repo.userNames(ctx.db, rows.flatMap((c) => (c.emergencySignedOffBy ? [c.emergencySignedOffBy] : [])));
  return rows.map((c) => ({
    ...present(c),
    emergencySignedOffByName: c.emergencySignedOffBy ? names.get(c.emergencySignedOffBy) ?? null : null,
    policies: casePolicies(actor, c),
  }));
}

async function detail(ctx: Ctx, c: CaseRow) {
  const actor = requireActor(ctx);
  const [events, wos, cbs, [presented]] = await Promise.all([
    repo.eventsOf(ctx.db, c.id), repo.workOrdersOf(ctx.db, c.id), repo.callbacksOf(ctx.db, c.id), presentCases(ctx, actor, [c]),
  ]);
  const { policies, ...rest } = presented!;
  return {
    ...rest,
    timeline: events.map(present),
    workOrders: wos.map(present),
    callbacks: cbs.map(present),
    policies,
  };
}

/** Pinned on the case list (S2/S4): the property's emergencies not signed off yet, any status, newest first. */
export const PINNED_LIMIT = 200;
export async function pinnedCases(ctx: Ctx, q: { propertyId: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'cases.read');
  const rows = await repo.pinnedEmergencies(ctx.db, q.propertyId, PINNED_LIMIT);
  return { data: await presentCases(ctx, actor, rows) };
}

export async function getCase(ctx: Ctx, id: string) {
  const { c } = await loadCase(ctx, id);
  return detail(ctx, c);
}

// ---------- handling ----------

/** Loads, authorizes (cases.handle) and runs one change in a transaction; answers the case detail. */
async function handle(ctx: Ctx, id: string, fn: (tx: Tx, c: CaseRow, actor: Actor) => Promise<unknown>) {
  const { actor, c } = await loadCase(ctx, id);
  requireHandle(actor, c);
  await ctx.db.transaction((tx) => fn(tx, c, actor));
  return getCase(ctx, id);
}

export async function classify(ctx: Ctx, id: string, input: ClassifyInput) {
  return handle(ctx, id, async (tx, c, actor) => {
    if (c.status === 'closed') throw errors.conflict(tr(ctx, '案件已销项', 'The case is closed'));
    const { note, version, ...fields } = input;
    // An emergency not yet signed off stays pinned: only a manager may declare it no emergency.
    if (c.emergency && !c.emergencySignedOffAt && fields.emergency === false && !can(actor, c.propertyId, 'cases.supervise')) {
      throw errors.forbidden(tr(ctx, '紧急事件须由主管签认或改判', 'Only a manager may sign off or lift an emergency'));
    }
    const changedFields = Object.fromEntries(Object.entries(fields).filter(([k, v]) => v !== undefined && v !== (c as Record<string, unknown>)[k]));
    const next = { ...c, ...changedFields } as CaseRow;
    if (next.natureType && next.nature !== 'communicative') throw errors.field('natureType', tr(ctx, '仅沟通性投诉可选类型', 'Only communicative complaints have a type'));
    const due = deadlines(await slaEnv(tx, c.propertyId), next);
    // becoming an emergency (again) starts a new pin: an earlier sign-off no longer counts
    const pin = emergencyPinPatch(c.emergency, next.emergency);
    const u = await save(tx, ctx, c, { ...changedFields, ...due, ...pin }, { kind: 'classified', note, data: { changed: changedFields } }, version);
    if (u.emergency && !c.emergency) await notifyEmergency(tx, u);
  });
}

const FIRST_RESPONSE = (c: CaseRow, now: Date) => (c.respondedAt ? {} : { respondedAt: now });

export async function followUp(ctx: Ctx, id: string, input: { kind: 'note' | 'follow_up' | 'apology' | 'customer_contact'; note: string }) {
  const { actor, c } = await loadCase(ctx, id);
  const staff = can(actor, c.propertyId, 'cases.handle');
  // The tenant who reported the case may add notes to it.
  if (!staff && !(isReporter(actor, c) && input.kind === 'note')) throw errors.forbidden();
  if (c.status === 'closed') throw errors.conflict(tr(ctx, '案件已销项', 'The case is closed'));
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const patch: Partial<CaseRow> = staff ? FIRST_RESPONSE(c, now) : {};
    if (input.kind === 'apology') patch.apologyRecordedAt = c.apologyRecordedAt ?? now;
    await save(tx, ctx, c, patch, { kind: input.kind, note: input.note });
  });
  return getCase(ctx, id);
}

async function checkAssignee(ctx: Ctx, propertyId: string, userId: string, role: Role | null) {
  const roles = await repo.rolesInProperty(ctx.db, userId, propertyId);
  if (!roles.length || (role && !roles.includes(role))) throw errors.field('assigneeId', tr(ctx, '处理人不属于该项目或无相应岗位', 'The assignee does not work here in that role'), 'unknown_assignee');
}

export async function dispatch(ctx: Ctx, id: string, input: { assigneeId?: string | null; note?: string | null }) {
  const { c } = await loadCase(ctx, id);
  if (input.assigneeId) await checkAssignee(ctx, c.propertyId, input.assigneeId, null);
  return handle(ctx, id, async (tx, c) => {
    const now = ctx.now();
    const u = await save(tx, ctx, c, {
      ...transition(ctx, c, 'dispatched'), assigneeId: input.assigneeId ?? c.assigneeId, dispatchedAt: c.dispatchedAt ?? now, ...FIRST_RESPONSE(c, now),
    }, { kind: 'dispatched', note: input.note, data: { assigneeId: input.assigneeId ?? null } });
    if (u.assigneeId) await notify(tx, { propertyId: c.propertyId, userIds: [u.assigneeId], kind: 'case.dispatched', title: `请处理 ${c.number}`, body: c.content.slice(0, 300), link: `/cases/${c.id}` });
  });
}

export async function pause(ctx: Ctx, id: string, input: { reason: string }) {
  return handle(ctx, id, async (tx, c) => {
    await save(tx, ctx, c, { ...transition(ctx, c, 'waiting_customer'), resumeStatus: c.status, pausedAt: ctx.now() }, { kind: 'paused', note: input.reason });
  });
}

export async function resume(ctx: Ctx, id: string, input: { note?: string | null }) {
  return handle(ctx, id, async (tx, c) => {
    if (c.status !== 'waiting_customer' || !c.pausedAt) throw errors.rule('invalid_transition', tr(ctx, '案件未暂停', 'The case is not paused'), { from: c.status });
    const env = await slaEnv(tx, c.propertyId);
    const minutes = pausedWorkingMinutes(env.cal, c.pausedAt, ctx.now());
    const next = { ...c, pausedTotalMinutes: c.pausedTotalMinutes + minutes };
    await save(tx, ctx, c, {
      status: c.resumeStatus ?? 'open', resumeStatus: null, pausedAt: null, pausedTotalMinutes: next.pausedTotalMinutes, resolveDueAt: deadlines(env, next).resolveDueAt,
    }, { kind: 'resumed', note: input.note, data: { pausedWorkingMinutes: minutes } });
  });
}

export async function resolve(ctx: Ctx, id: string, input: { note: string }) {
  return handle(ctx, id, async (tx, c) => {
    const now = ctx.now();
    await save(tx, ctx, c, { ...transition(ctx, c, 'resolved'), resolvedAt: now, ...FIRST_RESPONSE(c, now) }, { kind: 'resolved', note: input.note });
  });
}

export async function extend(ctx: Ctx, id: string, input: { resolveDueAt: Date; reason: string }) {
  const { actor, c } = await loadCase(ctx, id);
  if (c.status === 'closed') throw errors.conflict(tr(ctx, '案件已销项', 'The case is closed'));
  const refusal = extensionRefusal({
    kind: c.kind, severity: c.severity, actorRoles: rolesIn(actor, c.propertyId), apologyRecorded: !!c.apologyRecordedAt,
    currentDue: c.resolveDueAt, newDue: input.resolveDueAt,
  });
  if (refusal === 'not_entitled') {
    throw errors.forbidden(tr(ctx, c.severity === 'general' ? '一般投诉超时需项目经理批准' : '重要及重大投诉超时需总经理批准',
      c.severity === 'general' ? 'Extending a general case needs the project manager' : 'Extending an important or major case needs the general manager'));
  }
  if (refusal === 'apology_required') throw errors.rule('apology_required', tr(ctx, '延期前须先记录致歉', 'Record the apology before extending'));
  if (refusal === 'not_later') throw errors.rule('extension_not_later', tr(ctx, '新期限须晚于当前期限', 'The new due must be later than the current one'), undefined, [{ path: 'resolveDueAt', message: tr(ctx, '须晚于当前期限', 'must be later') }]);
  await ctx.db.transaction(async (tx) => {
    await save(tx, ctx, c, { extendedTo: input.resolveDueAt, extendedPausedMinutes: c.pausedTotalMinutes, resolveDueAt: input.resolveDueAt },
      { kind: 'extended', note: input.reason, data: { from: c.resolveDueAt.toISOString(), to: input.resolveDueAt.toISOString() } });
  });
  return getCase(ctx, id);
}

export async function close(ctx: Ctx, id: string, input: CloseInput) {
  const { actor, c } = await loadCase(ctx, id);
  requireHandle(actor, c);
  if (c.status === 'closed') throw errors.conflict(tr(ctx, '案件已销项', 'The case is already closed'));
  if (input.version !== undefined && input.version !== c.version) throw errors.conflict();
  let approverRoles: Role[] = [];
  if (input.approverId) {
    approverRoles = (await repo.rolesInProperty(ctx.db, input.approverId, c.propertyId)) as Role[];
    if (!approverRoles.length) throw errors.field('approverId', tr(ctx, '审批人不属于该项目', 'The approver does not work here'));
  }
  const [wos, cbs, linked] = await Promise.all([repo.workOrdersOf(ctx.db, c.id), repo.callbacksOf(ctx.db, c.id), repo.openChildren(ctx.db, c.id)]);
  const proofChecked = input.proofChecked ?? c.proofChecked;
  const reasons = closeBlockers({
    kind: c.kind, severity: c.severity, status: c.status, result: input.result, workOrders: wos, proofChecked, openLinkedCases: linked,
    lastCallbackSatisfied: cbs.length ? !cbs[cbs.length - 1]!.reopened : null, closerRoles: rolesIn(actor, c.propertyId), approverRoles,
  });
  if (reasons.length) {
    const list = reasons.map((r) => ({ code: r, message: tr(ctx, NOT_CLOSABLE_REASONS[r].zh, NOT_CLOSABLE_REASONS[r].en) }));
    throw errors.rule('case_not_closable', list.map((r) => r.message).join(tr(ctx, '；', '; ')), { reasons: list });
  }
  if (!canTransition(c.status, 'closed')) throw errors.rule('invalid_transition', tr(ctx, '当前状态不能销项', 'The case cannot close in this state'), { from: c.status });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await save(tx, ctx, c, {
      status: 'closed', closedAt: now, closedBy: actor.id, closeResult: input.result, closeNote: input.note ?? null,
      closeApproverId: input.approverId ?? null, proofChecked, proofNote: input.proofNote ?? c.proofNote,
    }, { kind: 'closed', note: input.note, data: { result: input.result, approverId: input.approverId ?? null } }, input.version ?? c.version);
  });
  return getCase(ctx, id);
}

// ---------- emergency sign-off (S2/S4) ----------

/**
 * 紧急事件签认: a CS supervisor, project manager or general manager of the property signs off an
 * emergency with a note; it then leaves the pinned strip. Any status, also after closing.
 */
export async function signOffEmergency(ctx: Ctx, id: string, input: { note: string }) {
  const { actor, c } = await loadCase(ctx, id);
  if (!can(actor, c.propertyId, 'cases.supervise')) throw errors.forbidden();
  const refuse = (code: ReturnType<typeof signOffRefusal>, fresh: CaseRow) => {
    if (code === 'case_not_emergency') return errors.rule(code, tr(ctx, `${c.number} 不是紧急事件，无需签认`, `${c.number} is not an emergency`));
    return new AppError('already_signed_off', 409, tr(ctx, `${c.number} 的紧急事件已签认`, `The emergency ${c.number} has been signed off already`), undefined, {
      signedOffAt: fresh.emergencySignedOffAt?.toISOString() ?? null, signedOffBy: fresh.emergencySignedOffBy,
    });
  };
  const why = signOffRefusal(c);
  if (why) throw refuse(why, c);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.signOffEmergency(tx, c.id, { at: ctx.now(), by: actor.id, note: input.note });
    if (!u) {
      // somebody signed it off (or reclassified it) meanwhile
      const fresh = (await repo.findCase(tx, c.id))!;
      throw refuse(signOffRefusal(fresh) ?? 'already_signed_off', fresh);
    }
    await changed(tx, ctx, c, u, { kind: 'emergency_signed_off', note: input.note, data: { emergencySignedOffBy: actor.id } });
  });
  return getCase(ctx, id);
}

// ---------- callbacks (S7) ----------

export async function addCallback(ctx: Ctx, id: string, input: { satisfied: boolean; courtesyRating: number; attitudeRating: number; comment?: string | null }) {
  return handle(ctx, id, async (tx, c) => {
    if (c.status !== 'resolved' && c.status !== 'closed') throw errors.rule('callback_not_due', tr(ctx, '处理完成后才能回访', 'Call back after the case is resolved'), { status: c.status });
    const now = ctx.now();
    const reopen = !input.satisfied || input.courtesyRating <= 2 || input.attitudeRating <= 2;
    const cb = await repo.insertCallback(tx, {
      propertyId: c.propertyId, caseId: c.id, byId: ctx.actor!.id, at: now, satisfiedResult: input.satisfied,
      courtesyRating: input.courtesyRating, attitudeRating: input.attitudeRating, comment: input.comment ?? null, reopened: reopen,
    });
    const patch: Partial<CaseRow> = reopen
      ? { status: 'reopened', reopenedCount: c.reopenedCount + 1, resolvedAt: null, closedAt: null, closedBy: null, closeResult: null, closeNote: null, closeApproverId: null }
      : {};
    await save(tx, ctx, c, patch, { kind: reopen ? 'reopened' : 'callback', note: input.comment, data: { callbackId: cb.id, satisfied: input.satisfied, courtesy: input.courtesyRating, attitude: input.attitudeRating } });
    if (reopen) {
      await notify(tx, {
        propertyId: c.propertyId, userIds: [c.createdBy, c.assigneeId].filter((x): x is string => !!x), roles: ['cs_supervisor'], kind: 'case.reopened',
        severity: 'warning', title: `回访不满意，案件重新打开 ${c.number}`, body: input.comment ?? undefined, link: `/cases/${c.id}`,
      });
    }
  });
}

// ---------- work orders (S5) ----------

export async function issueWorkOrder(ctx: Ctx, caseId: string, input: IssueWorkOrderInput) {
  const { c } = await loadCase(ctx, caseId);
  if (input.assigneeId) await checkAssignee(ctx, c.propertyId, input.assigneeId, 'engineer');
  const env = await slaEnv(ctx.db, c.propertyId);
  return handle(ctx, caseId, async (tx, c, actor) => {
    if (c.status === 'closed') throw errors.conflict(tr(ctx, '案件已销项', 'The case is closed'));
    if (c.status === 'waiting_customer') throw errors.rule('invalid_transition', tr(ctx, '案件暂停中', 'The case is paused'), { from: c.status });
    const now = ctx.now();
    const year = yearOf(env.cal, now);
    const seq = await repo.nextNumber(tx, c.propertyId, `wo:${year}`);
    const pick = input.assigneeId ? { assigneeId: input.assigneeId, mode: null } : await dispatchRepo.pickAssignee(tx, c.propertyId, c.subcategory, now);
    const wo = await repo.insertWorkOrder(tx, {
      propertyId: c.propertyId, caseId: c.id, number: `WX-${year}-${pad(seq)}`, year, seq, paid: input.paid,
      customerName: input.customerName ?? c.contactName, content: input.content, reportingDepartment: input.reportingDepartment ?? null,
      reporterName: input.reporterName ?? c.contactName, urgency: input.urgency ?? c.urgency, issuerId: actor.id,
      assigneeId: pick.assigneeId, dispatchMode: pick.mode, issuedAt: now, createdAt: now, updatedAt: now,
    });
    const status = ['open', 'reopened', 'resolved'].includes(c.status) ? transition(ctx, c, 'dispatched') : {};
    await save(tx, ctx, c, { ...status, dispatchedAt: c.dispatchedAt ?? now, ...FIRST_RESPONSE(c, now) },
      { kind: 'work_order_issued', data: { workOrderId: wo.id, number: wo.number, assigneeId: wo.assigneeId, dispatchMode: wo.dispatchMode } });
    await audit(tx, ctx, { action: 'work_order.issued', entityType: 'work_order', entityId: wo.id, propertyId: c.propertyId, before: null, after: wo });
    await notify(tx, {
      propertyId: c.propertyId, ...(await dispatchRepo.recipientsFor(tx, c.propertyId, wo.assigneeId, wo.dispatchMode, now)), kind: 'work_order.issued',
      severity: wo.urgency === 'urgent' || c.emergency ? 'warning' : 'info', title: `派工单 ${wo.number}`, body: `${c.location ?? ''} ${wo.content}`.trim().slice(0, 300), link: `/work-orders/${wo.id}`,
    });
  });
}

type WoAction = 'accept' | 'arrive' | 'complete' | 'sign' | 'return' | 'void';
const WO_TARGET: Record<WoAction, WorkOrderStatus> = { accept: 'accepted', arrive: 'on_site', complete: 'completed', sign: 'signed', return: 'returned', void: 'voided' };

export async function loadWorkOrder(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const wo = await repo.findWorkOrder(ctx.db, id);
  if (!wo) throw errors.notFound('work order');
  const c = await repo.findCase(ctx.db, wo.caseId);
  if (!c) throw errors.notFound('work order');
  if (!can(actor, c.propertyId, 'workorders.work')) assertVisible(actor, c);
  return { actor, wo, c };
}

/** One work-order step: who may, from which states, what it records, and what it does to the case. */
async function woStep(ctx: Ctx, id: string, action: WoAction, allow: (a: { actor: Actor; wo: WorkOrderRow; c: CaseRow; handler: boolean }) => Partial<WorkOrderRow>) {
  const { actor, wo, c } = await loadWorkOrder(ctx, id);
  const handler = can(actor, c.propertyId, 'cases.handle');
  const patch = allow({ actor, wo, c, handler });
  const to = WO_TARGET[action];
  const from = woFrom(to);
  if (!from.includes(wo.status)) {
    throw errors.rule('invalid_transition', tr(ctx, `派工单状态 ${wo.status} 不能执行该操作`, `A ${wo.status} work order cannot be ${to}`), { from: wo.status, to });
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateWorkOrder(tx, id, from, { ...patch, status: to }, now, action === 'accept' ? patch.assigneeId ?? null : undefined);
    if (!u) throw errors.conflict(tr(ctx, '派工单已被他人修改，请刷新后重试', 'The work order changed meanwhile; reload and retry'));
    await audit(tx, ctx, { action: `work_order.${to}`, entityType: 'work_order', entityId: id, propertyId: c.propertyId, before: wo, after: u });
    const fresh = (await repo.findCase(tx, c.id))!;
    let status: Partial<CaseRow> = {};
    if ((action === 'accept' || action === 'arrive') && fresh.status === 'dispatched') status = { status: 'in_progress' };
    if (action === 'return' && ['open', 'reopened', 'dispatched', 'in_progress'].includes(fresh.status)) {
      const live = (await repo.workOrdersOf(tx, c.id)).filter((w) => w.status !== 'voided');
      if (live.every((w) => w.status === 'returned')) status = { status: 'resolved', resolvedAt: now };
    }
    const ev = { kind: `work_order_${to}`, note: u.voidReason && action === 'void' ? u.voidReason : u.workDone && action === 'complete' ? u.workDone : null, data: { workOrderId: id, number: wo.number } };
    if (Object.keys(status).length) await save(tx, ctx, fresh, status, ev);
    else await event(tx, ctx, c, ev);
  });
  return present((await repo.findWorkOrder(ctx.db, id))!);
}

const worker = (a: { actor: Actor; wo: WorkOrderRow; c: CaseRow; handler: boolean }) => {
  const isWorker = can(a.actor, a.c.propertyId, 'workorders.work');
  if (!a.handler && !(isWorker && (!a.wo.assigneeId || a.wo.assigneeId === a.actor.id))) throw errors.forbidden();
};

export const acceptWorkOrder = (ctx: Ctx, id: string) => woStep(ctx, id, 'accept', (a) => {
  // Taken by somebody else already (grab: the first to accept wins): a conflict, not a permission problem.
  if (a.wo.status !== 'issued' && a.wo.assigneeId && a.wo.assigneeId !== a.actor.id && !a.handler) {
    throw errors.conflict(tr(ctx, '该派工单已被他人接单', 'Another engineer has taken this work order'));
  }
  worker(a);
  return { acceptedAt: ctx.now(), assigneeId: a.wo.assigneeId ?? a.actor.id };
});
export const arriveWorkOrder = (ctx: Ctx, id: string) => woStep(ctx, id, 'arrive', (a) => (worker(a), { arrivedAt: ctx.now() }));
export const completeWorkOrder = (ctx: Ctx, id: string, input: { workDone: string; materials: { name: string; qty: number; unit?: string | null }[] }) =>
  woStep(ctx, id, 'complete', (a) => (worker(a), { completedAt: ctx.now(), workDone: input.workDone, materials: input.materials }));

/** The customer signs: the reporting tenant on the portal, or staff record the paper signature. */
export const signWorkOrder = (ctx: Ctx, id: string, input: { name: string; method: 'portal' | 'paper' }) => woStep(ctx, id, 'sign', (a) => {
  const tenant = isReporter(a.actor, a.c) && can(a.actor, a.c.propertyId, 'cases.report');
  // The assigned engineer records the paper signature on site, like the front desk does later.
  const engineer = can(a.actor, a.c.propertyId, 'workorders.work') && a.wo.assigneeId === a.actor.id;
  if (!tenant && !a.handler && !engineer) throw errors.forbidden();
  const method = tenant && !a.handler && !engineer ? 'portal' : 'paper';
  if (input.method !== method) throw errors.field('method', tr(ctx, method === 'portal' ? '业户在线签字方式为 portal' : '工作人员只能登记纸质签字', `Signature method must be ${method}`));
  return { signedByName: input.name, signedAt: ctx.now(), signatureMethod: method, signedByUserId: method === 'portal' ? a.actor.id : null };
});
export const returnWorkOrder = (ctx: Ctx, id: string) => woStep(ctx, id, 'return', (a) => {
  if (!a.handler) throw errors.forbidden();
  return { returnedAt: ctx.now(), returnedBy: a.actor.id };
});
export const voidWorkOrder = (ctx: Ctx, id: string, input: { reason?: string | null }) => woStep(ctx, id, 'void', (a) => {
  if (!a.handler) throw errors.forbidden();
  const reason = input.reason?.trim();
  if (!reason) throw errors.rule('void_reason_required', tr(ctx, '作废须填写原因', 'A voided work order needs a reason'), undefined, [{ path: 'reason', message: tr(ctx, '必填', 'Required'), code: 'required' }]);
  return { voidReason: reason, voidedAt: ctx.now(), voidedBy: a.actor.id };
});

export async function getWorkOrder(ctx: Ctx, id: string) {
  const { wo, c } = await loadWorkOrder(ctx, id);
  return { ...present(wo), caseNumber: c.number, location: c.location, contactName: c.contactName, contactPhone: c.contactPhone };
}

export async function listWorkOrders(ctx: Ctx, q: { propertyId?: string; assignee?: string; status?: WorkOrderStatus; caseId?: string; limit: number; cursor?: string }) {
  const actor = requireActor(ctx);
  if (q.propertyId && !memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const scope = [...new Set([...propertiesWith(actor, 'cases.read'), ...propertiesWith(actor, 'workorders.work')])].filter((p) => !q.propertyId || p === q.propertyId);
  if (!scope.length) throw errors.forbidden();
  const rows = await repo.listWorkOrders(ctx.db, {
    propertyIds: scope, assigneeId: q.assignee === 'me' ? actor.id : q.assignee, status: q.status, caseId: q.caseId, limit: q.limit + 1, afterNumber: q.cursor,
  });
  const page = rows.slice(0, q.limit);
  return {
    data: page.map((r) => ({ ...present(r.wo), caseNumber: r.caseNumber, location: r.location, contactName: r.contactName, contactPhone: r.contactPhone })),
    nextCursor: rows.length > q.limit ? page[page.length - 1]!.wo.number : null,
  };
}

/** 工作单号要求连续，不得丢失，废单保留: every number of the year from 1 to the counter is accounted for. */
export async function gapReport(ctx: Ctx, q: { propertyId: string; year: number }) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  if (!can(actor, q.propertyId, 'cases.read')) throw errors.forbidden();
  const [rows, issued] = await Promise.all([repo.workOrderNumbers(ctx.db, q.propertyId, q.year), repo.counterValue(ctx.db, q.propertyId, `wo:${q.year}`)]);
  const have = new Set(rows.map((r) => r.seq));
  const missing: string[] = [];
  for (let s = 1; s <= issued; s++) if (!have.has(s)) missing.push(`WX-${q.year}-${pad(s)}`);
  const count = (s: WorkOrderStatus) => rows.filter((r) => r.status === s).length;
  return {
    propertyId: q.propertyId, year: q.year, issued, first: rows[0]?.number ?? null, last: rows[rows.length - 1]?.number ?? null,
    missing, complete: missing.length === 0, returned: count('returned'), open: rows.length - count('returned') - count('voided'),
    voided: rows.filter((r) => r.status === 'voided').map((r) => ({ number: r.number, reason: r.voidReason, voidedAt: r.voidedAt?.toISOString() ?? null })),
  };
}

// ---------- consultations (S3: explained questions that open no case) ----------

export async function createConsultation(ctx: Ctx, input: { propertyId: string; channel: CaseRow['channel']; contactName?: string | null; contactPhone?: string | null; unitId?: string | null; organizationId?: string | null; question: string; answer: string; topic?: string | null }) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(input.propertyId)) throw errors.notFound('property');
  if (!can(actor, input.propertyId, 'cases.intake')) throw errors.forbidden();
  const organizationId = await checkPlace(ctx, input.propertyId, input);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertConsultation(tx, {
      ...input, contactName: input.contactName ?? null, contactPhone: input.contactPhone ?? null, unitId: input.unitId ?? null,
      organizationId, topic: input.topic ?? null, createdBy: actor.id, createdAt: ctx.now(),
    });
    await audit(tx, ctx, { action: 'consultation.created', entityType: 'consultation', entityId: row.id, propertyId: input.propertyId, before: null, after: row });
    return present(row);
  });
}

export async function listConsultations(ctx: Ctx, q: { propertyId?: string; q?: string; limit: number }) {
  const actor = requireActor(ctx);
  if (q.propertyId && !memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const scope = propertiesWith(actor, 'cases.read').filter((p) => !q.propertyId || p === q.propertyId);
  if (!scope.length) throw errors.forbidden();
  return { data: (await repo.listConsultations(ctx.db, scope, q.q, q.limit)).map(present), nextCursor: null };
}
