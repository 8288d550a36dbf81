/**
 * Intake (S1, S3): staff open a case (立项) on any channel, a tenant on the portal; the case gets its
 * number, its deadlines (S4) and, as an emergency, goes to the managers at once. Explained questions
 * that open no case are logged as consultations.
 */
import { RECEIVED_AT_MAX_DAYS } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { requireActor, can, memberProperties, propertiesWith } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { attachFiles } from '../../files/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import type { CaseRow } from '../case/case.repository.ts';
import { caseDetail } from '../case/case.service.ts';
import { addEvent } from '../case/case.timeline.ts';
import { occupantOutRefusal } from '../case/case.rules.ts';
import { pad, yearOf } from '../case/case.numbers.ts';
import { deadlinesOf, slaEnv } from '../deadlines/sla-policy.ts';
import { notifyEmergency } from '../classification/classification.notices.ts';
import * as repo from './intake.repository.ts';
import { presentConsultation } from './intake.presenter.ts';
import type { CreateCaseInput } from './intake.schema.ts';

async function checkPlace(ctx: Ctx, propertyId: string, i: { unitId?: string | null; organizationId?: string | null }) {
  let organizationId = i.organizationId ?? null;
  if (i.unitId) {
    const u = await repo.unitInProperty(ctx.db, propertyId, i.unitId);
    if (!u) throw errors.field('unitId', say(ctx, '单元不存在', 'Unknown unit'), 'unknown_unit');
    organizationId ??= u.organizationId;
  }
  if (organizationId && !(await repo.organizationInProperty(ctx.db, propertyId, organizationId))) {
    throw errors.field('organizationId', say(ctx, '单位不存在', 'Unknown organization'), 'unknown_organization');
  }
  return organizationId;
}

/** A clock a minute ahead of the server's still says "now". */
const CLOCK_SKEW_MS = 60_000;

/** The received-at time staff give (default now): not in the future (beyond clock skew), not more than RECEIVED_AT_MAX_DAYS back. */
function checkReceivedAt(ctx: Ctx, at: Date | undefined, now: Date): Date {
  if (!at) return now;
  const field = (code: string, zh: string, en: string) =>
    errors.rule(code, say(ctx, zh, en), undefined, [{ path: 'receivedAt', message: say(ctx, zh, en), code }]);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw field('received_at_in_future', '接报时间不能晚于现在', 'The received-at time cannot be in the future');
  if (at.getTime() < now.getTime() - RECEIVED_AT_MAX_DAYS * 86_400_000)
    throw field(
      'received_at_too_old',
      `接报时间不能早于 ${RECEIVED_AT_MAX_DAYS} 天前`,
      `The received-at time cannot be more than ${RECEIVED_AT_MAX_DAYS} days ago`,
    );
  return at.getTime() > now.getTime() ? now : at;
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
      ...input,
      channel: 'tenant_portal',
      unitId: actor.unitId,
      organizationId: actor.organizationId,
      severity: 'general',
      emergency: false,
      nature: null,
      natureType: null,
      apologized: false,
      parentCaseId: null,
      contactName: input.contactName ?? me?.displayName ?? null,
      contactPhone: input.contactPhone ?? me?.phone ?? null,
    };
  }
  const organizationId = await checkPlace(ctx, pid, i);
  // F6: a repair done while the occupant is out, within its window.
  const out = i.kind === 'repair' && i.occupantOut;
  const outRefusal = occupantOutRefusal(out, i.occupantOutFrom, i.occupantOutTo, ctx.now());
  if (outRefusal) {
    const text = {
      occupant_out_window_required: say(ctx, '“住户不在时维修”须填写时间窗口', "'Do when the occupant is out' needs its window"),
      occupant_out_window_invalid: say(ctx, '时间窗口的结束须晚于开始', 'The window must end after it starts'),
      occupant_out_window_past: say(ctx, '时间窗口已经过去', 'The window is already over'),
    }[outRefusal.code];
    throw errors.rule(outRefusal.code, text, undefined, [{ path: outRefusal.path, message: text, code: outRefusal.code }]);
  }
  if (i.parentCaseId) {
    const parent = await caseRepo.findCase(ctx.db, i.parentCaseId);
    if (parent && parent.propertyId !== pid)
      throw errors.field('parentCaseId', say(ctx, '关联案件不属于该项目', 'The linked case is in another property'));
  }
  const env = await slaEnv(ctx.db, pid);
  const now = ctx.now();
  const receivedAt = staff ? checkReceivedAt(ctx, i.receivedAt, now) : now;
  const subject = {
    kind: i.kind,
    severity: i.severity,
    urgency: i.urgency,
    emergency: i.emergency,
    receivedAt,
    pausedTotalMinutes: 0,
    extendedTo: null,
    extendedPausedMinutes: null,
  };
  const due = deadlinesOf(env, subject);
  const year = yearOf(env.cal, now);
  const prefix = i.kind === 'repair' ? 'BX' : 'TS';
  const c = await ctx.db.transaction(async (tx) => {
    const seq = await caseRepo.nextNumber(tx, pid, `case:${prefix}:${year}`);
    const c = await repo.insertCase(tx, {
      propertyId: pid,
      number: `${prefix}-${year}-${pad(seq)}`,
      kind: i.kind,
      channel: i.channel,
      contactName: i.contactName ?? null,
      contactPhone: i.contactPhone ?? null,
      unitId: i.unitId ?? null,
      organizationId,
      location: i.location ?? null,
      occupantOutFrom: out ? i.occupantOutFrom! : null,
      occupantOutTo: out ? i.occupantOutTo! : null,
      content: i.content,
      photos: [],
      nature: i.nature ?? null,
      natureType: i.natureType ?? null,
      category: i.category ?? null,
      subcategory: i.subcategory ?? null,
      severity: i.severity,
      emergency: i.emergency,
      urgency: i.urgency,
      parentCaseId: i.parentCaseId ?? null,
      reporterId: staff ? null : actor.id,
      createdBy: actor.id,
      receivedAt,
      respondDueAt: due.respondDueAt,
      resolveDueAt: due.resolveDueAt,
      apologyRecordedAt: i.apologized ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    // S1 photos: the reporter's own uploads, attached in this transaction (422 file_not_attachable otherwise).
    await attachFiles(tx, ctx, {
      propertyId: pid,
      ids: i.photoIds,
      entity: { type: 'case', id: c.id },
      kinds: ['photo'],
      field: 'photoIds',
    });
    await addEvent(tx, ctx, c, { kind: 'created', data: { channel: c.channel, emergency: c.emergency } });
    if (i.apologized) await addEvent(tx, ctx, c, { kind: 'apology' });
    await audit(tx, ctx, {
      action: 'case.created',
      entityType: 'case',
      entityId: c.id,
      propertyId: pid,
      before: null,
      after: { ...c, photoIds: i.photoIds },
    });
    if (receivedAt.getTime() !== now.getTime())
      await audit(tx, ctx, {
        action: 'case.received_earlier',
        entityType: 'case',
        entityId: c.id,
        propertyId: pid,
        before: { receivedAt: now },
        after: { receivedAt },
        meta: { minutesEarlier: Math.round((now.getTime() - receivedAt.getTime()) / 60_000) },
      });
    if (c.emergency) await notifyEmergency(tx, c);
    await publish(tx, {
      type: 'event',
      topic: 'case.created',
      propertyId: pid,
      entity: { type: 'case', id: c.id },
      data: { id: c.id, number: c.number, emergency: c.emergency },
    });
    return c;
  });
  return caseDetail(ctx, c);
}

export async function contactLookup(ctx: Ctx, q: { propertyId: string; phone: string }) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  if (!can(actor, q.propertyId, 'cases.intake')) throw errors.forbidden();
  const d = q.phone.replace(/\D/g, '');
  if (d.length < 3) throw errors.field('phone', say(ctx, '至少输入 3 位数字', 'At least 3 digits'));
  return repo.contactLookup(ctx.db, q.propertyId, d);
}

// ---------- consultations (S3: explained questions that open no case) ----------

export async function createConsultation(
  ctx: Ctx,
  input: {
    propertyId: string;
    channel: CaseRow['channel'];
    contactName?: string | null;
    contactPhone?: string | null;
    unitId?: string | null;
    organizationId?: string | null;
    question: string;
    answer: string;
    topic?: string | null;
  },
) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(input.propertyId)) throw errors.notFound('property');
  if (!can(actor, input.propertyId, 'cases.intake')) throw errors.forbidden();
  const organizationId = await checkPlace(ctx, input.propertyId, input);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertConsultation(tx, {
      ...input,
      contactName: input.contactName ?? null,
      contactPhone: input.contactPhone ?? null,
      unitId: input.unitId ?? null,
      organizationId,
      topic: input.topic ?? null,
      createdBy: actor.id,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'consultation.created',
      entityType: 'consultation',
      entityId: row.id,
      propertyId: input.propertyId,
      before: null,
      after: row,
    });
    return presentConsultation(row);
  });
}

export async function listConsultations(ctx: Ctx, q: { propertyId?: string; q?: string; limit: number }) {
  const actor = requireActor(ctx);
  if (q.propertyId && !memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const scope = propertiesWith(actor, 'cases.read').filter((p) => !q.propertyId || p === q.propertyId);
  if (!scope.length) throw errors.forbidden();
  return { data: (await repo.listConsultations(ctx.db, scope, q.q, q.limit)).map(presentConsultation), nextCursor: null };
}
