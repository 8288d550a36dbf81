/**
 * Tenant applications (T1): move-in, move-out and fit-out. Staff (tenants.manage) file one for a company; a
 * tenant (tenants.applications.own) files their own company's and sees only those (anyone else's is 404).
 * Approve / reject / accept / fail are decisions (tenants.applications.decide) and the tenant hears of
 * them; start / finish are the desk's (tenants.manage). A verb the state does not allow is 409
 * application_state; every write is one transaction with its audit event.
 */
import type { ApplicationAction, ApplicationCreate, ApplicationsQuery } from '@hy/contracts';
import { HANDOVER_CHECK_ITEMS, applicationChecklist, applicationPostponement, applicationViolation } from '@hy/contracts';
import type { z } from 'zod';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { type Ctx, authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { mayReadTenant } from '../files/files.service.ts';
import * as repo from './applications.repository.ts';
import { presentApplication, presentSummary } from './applications.presenter.ts';
import { DECISIONS, TRANSITIONS, effectiveEnd, mayChecklist, mayNote, nextState } from './applications.rules.ts';

type Tx = Parameters<typeof publish>[0];
const PREFIX = { move_in: 'RZ', move_out: 'TZ', fit_out: 'ZX' } as const;

const illegal = (ctx: Ctx, state: string, action: string) =>
  new AppError(
    'application_state',
    409,
    say(ctx, '申请当前状态不允许此操作', 'The application is not in a state that allows this'),
    undefined,
    { state, action },
  );
const rule = (ctx: Ctx, code: string, path: string, zh: string, en: string) =>
  errors.rule(code, say(ctx, zh, en), undefined, [{ path, message: say(ctx, zh, en), code }]);

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const a = await repo.findApplication(ctx.db, id);
  if (!a || !mayReadTenant(actor, a.propertyId, a.organizationId)) throw errors.notFound('application');
  return { actor, a };
}

export async function getApplication(ctx: Ctx, id: string) {
  const { actor, a } = await load(ctx, id);
  return presentApplication(actor, a, await repo.notesOf(ctx.db, [a.id]));
}

export async function listApplications(ctx: Ctx, q: ApplicationsQuery) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound();
  let organizationId = q.organizationId;
  if (!can(actor, q.propertyId, 'tenants.read')) {
    authorize(actor, q.propertyId, 'tenants.applications.own');
    if (!actor.organizationId || (organizationId && organizationId !== actor.organizationId)) throw errors.notFound('tenant');
    organizationId = actor.organizationId;
  }
  const rows = await repo.listApplications(ctx.db, { ...q, organizationId, after: cursorOf(q, 2), limit: q.limit + 1 });
  const notes = await repo.notesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return page(
    rows,
    q.limit,
    (r) => [r.submittedAt.toISOString(), r.id],
    (r) =>
      presentSummary(
        r,
        notes.filter((n) => n.applicationId === r.id),
      ),
  );
}

export async function createApplication(ctx: Ctx, body: ApplicationCreate) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(body.propertyId)) throw errors.notFound();
  let organizationId: string;
  if (can(actor, body.propertyId, 'tenants.manage')) {
    if (!body.organizationId) throw errors.field('organizationId', say(ctx, '请选择用户', 'Choose the tenant'), 'required');
    organizationId = body.organizationId;
  } else {
    authorize(actor, body.propertyId, 'tenants.applications.own');
    if (!actor.organizationId || (body.organizationId && body.organizationId !== actor.organizationId)) throw errors.notFound('tenant');
    organizationId = actor.organizationId;
  }
  const org = await repo.findOrganization(ctx.db, organizationId);
  if (!org || org.propertyId !== body.propertyId) throw errors.notFound('tenant');
  if (body.plannedEnd < body.plannedStart)
    throw rule(ctx, 'application_dates', 'plannedEnd', '结束日期不能早于开始日期', 'The end date cannot be before the start date');
  if (body.unitId) {
    const unit = await repo.findUnit(ctx.db, body.unitId);
    if (!unit || unit.organizationId !== organizationId)
      throw rule(ctx, 'application_unit', 'unitId', '该单元不属于此用户', 'The unit does not belong to this tenant');
  }
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const year = dayjs(now).tz('Asia/Shanghai').year();
    const n = await repo.nextNumber(tx, body.propertyId, `tenant_application:${PREFIX[body.kind]}:${year}`);
    const row = await repo.insertApplication(tx, {
      propertyId: body.propertyId,
      organizationId,
      number: `${PREFIX[body.kind]}-${year}-${String(n).padStart(4, '0')}`,
      kind: body.kind,
      state: 'submitted',
      unitId: body.unitId ?? null,
      description: body.description,
      contractorName: body.contractorName ?? null,
      contractorPhone: body.contractorPhone ?? null,
      plannedStart: body.plannedStart,
      plannedEnd: body.plannedEnd,
      depositFen: body.depositFen ?? 0,
      submittedBy: actor.id,
      submittedByName: actor.displayName,
      submittedAt: now,
    });
    await audit(tx, ctx, {
      action: 'tenant_application.submitted',
      entityType: 'tenant_application',
      entityId: row.id,
      propertyId: row.propertyId,
      before: null,
      after: row,
    });
    await live(tx, row.propertyId, row.id, 'tenant_application.submitted');
    return row.id;
  });
  return getApplication(ctx, id);
}

const live = (tx: Tx, propertyId: string, id: string, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId, entity: { type: 'tenant_application', id } });

/** Moves the application by one verb (a decision or the desk's start / finish). */
export async function act(ctx: Ctx, id: string, action: ApplicationAction, body: { note?: string | null }) {
  const { actor, a } = await load(ctx, id);
  authorize(actor, a.propertyId, DECISIONS.includes(action) ? 'tenants.applications.decide' : 'tenants.manage');
  const to = nextState(a.state, action);
  if (!to) throw illegal(ctx, a.state, action);
  if (action === 'accept' && a.kind !== 'fit_out') {
    const done = new Set(a.checklist.filter((c) => c.result).map((c) => c.item));
    if (done.size < HANDOVER_CHECK_ITEMS.length)
      throw rule(ctx, 'application_checklist', 'checklist', '收楼检查未填完，不能验收', 'Fill in the hand-over checklist before accepting');
  }
  const now = ctx.now();
  const note = body.note ?? null;
  const patch =
    action === 'approve' || action === 'reject'
      ? { state: to, decidedByName: actor.displayName, decidedAt: now, decisionNote: note }
      : action === 'start'
        ? { state: to, startedAt: now }
        : action === 'finish'
          ? { state: to, finishedAt: now }
          : { state: to, closedByName: actor.displayName, closedAt: now, closeNote: note };
  await ctx.db.transaction(async (tx) => {
    const after = await repo.transition(tx, id, TRANSITIONS[action][0], patch, now);
    if (!after) throw illegal(ctx, a.state, action);
    await audit(tx, ctx, {
      action: `tenant_application.${action}`,
      entityType: 'tenant_application',
      entityId: id,
      propertyId: a.propertyId,
      before: a,
      after,
    });
    if (DECISIONS.includes(action)) {
      const userIds = await repo.tenantUsersOf(tx, a.propertyId, a.organizationId);
      await notify(tx, {
        propertyId: a.propertyId,
        userIds,
        kind: 'tenants.application_decided',
        message: {
          key: 'tenants.application_decided',
          params: { number: a.number, kind: a.kind, decision: to as 'approved' | 'rejected' | 'accepted' | 'failed', note },
        },
        link: `/tenants/applications/${a.id}`,
      });
    }
    await live(tx, a.propertyId, id, `tenant_application.${action}`);
  });
  return getApplication(ctx, id);
}

async function addNote(
  ctx: Ctx,
  id: string,
  kind: 'violation' | 'postponement',
  values: { onDate: string; text: string; newEndDate: string | null; photoFileId: string | null },
) {
  const { actor, a } = await load(ctx, id);
  authorize(actor, a.propertyId, 'tenants.manage');
  if (!mayNote(a.state)) throw illegal(ctx, a.state, kind);
  if (kind === 'postponement') {
    const end = effectiveEnd(a.plannedEnd, await repo.notesOf(ctx.db, [a.id]));
    if (values.newEndDate! <= end)
      throw rule(ctx, 'application_dates', 'newEndDate', `延期后的日期须晚于 ${end}`, `The new end date must be after ${end}`);
  }
  await ctx.db.transaction(async (tx) => {
    const n = await repo.insertNote(tx, { propertyId: a.propertyId, applicationId: a.id, kind, ...values, byName: actor.displayName });
    if (values.photoFileId)
      await attachFiles(tx, ctx, {
        propertyId: a.propertyId,
        ids: [values.photoFileId],
        entity: { type: 'tenant_application', id: a.id },
        kinds: ['photo'],
        field: 'photoFileId',
      });
    await audit(tx, ctx, {
      action: `tenant_application.${kind}`,
      entityType: 'tenant_application',
      entityId: a.id,
      propertyId: a.propertyId,
      before: null,
      after: n,
    });
    await live(tx, a.propertyId, a.id, `tenant_application.${kind}`);
  });
  return getApplication(ctx, id);
}

export const addViolation = (ctx: Ctx, id: string, b: z.output<typeof applicationViolation>) =>
  addNote(ctx, id, 'violation', { onDate: b.onDate, text: b.text, newEndDate: null, photoFileId: b.photoFileId ?? null });

export async function addPostponement(ctx: Ctx, id: string, b: z.output<typeof applicationPostponement>) {
  const today = dayjs(ctx.now()).tz('Asia/Shanghai').format('YYYY-MM-DD');
  return addNote(ctx, id, 'postponement', { onDate: today, text: b.reason, newEndDate: b.newEndDate, photoFileId: null });
}

/** Records the premises hand-over (收楼) checklist items given (others kept). */
export async function saveChecklist(ctx: Ctx, id: string, b: z.output<typeof applicationChecklist>) {
  const { actor, a } = await load(ctx, id);
  authorize(actor, a.propertyId, 'tenants.manage');
  if (a.kind === 'fit_out')
    throw rule(
      ctx,
      'application_checklist',
      'items',
      '收楼检查仅用于入住和退租申请',
      'The hand-over checklist is for move-in and move-out only',
    );
  if (!mayChecklist(a.kind, a.state)) throw illegal(ctx, a.state, 'checklist');
  const byItem = new Map(a.checklist.map((c) => [c.item, c]));
  for (const i of b.items) byItem.set(i.item, { item: i.item, result: i.result, note: i.note ?? null });
  await ctx.db.transaction(async (tx) => {
    const after = await repo.transition(tx, id, [a.state], { checklist: [...byItem.values()] }, ctx.now());
    if (!after) throw illegal(ctx, a.state, 'checklist');
    await audit(tx, ctx, {
      action: 'tenant_application.checklist',
      entityType: 'tenant_application',
      entityId: a.id,
      propertyId: a.propertyId,
      before: a,
      after,
    });
  });
  return getApplication(ctx, id);
}
