/**
 * Visitors (F1, F6): register (appointment or walk-in), the host's consent (app or phoned), the watch-list
 * hold and its decision, check-in with the ID and the slip, check-out (desk by slip, or the host), cancel.
 * Every write is one transaction with its audit event and a live event for the desk's lists.
 */
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { isValidResidentId, type VisitStatus } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { DbOrTx } from '../../../db/client.ts';
import type { VisitConsentRow, VisitHoldRow } from '../../../db/schema/index.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { findEntry } from '../directory/directory.repository.ts';
import * as repo from './visitors.repository.ts';
import { presentVisit } from './visitors.presenter.ts';
import { canReadVisit, isDesk } from './visitors.policy.ts';
import { FROM, afterConsent, allowed, checkInRefusal, consentDeadlineOf, watchMatch, type VisitAction } from './visitors.rules.ts';
import type { CheckInBody, ConsentBody, VisitCreate } from './visitors.schema.ts';

const SECURITY_ROLES = ['security', 'cs_supervisor', 'project_manager'] as const;

function checkId(ctx: Ctx, idType: string | null | undefined, idNumber: string | null | undefined) {
  if (idType === 'resident_id' && idNumber && !isValidResidentId(idNumber))
    throw errors.rule(
      'id_number_invalid',
      say(ctx, '身份证号码无效（校验位不符）', 'The identity card number is invalid (check digit)'),
      undefined,
      [{ path: 'idNumber', message: 'invalid resident ID number', code: 'id_number_invalid' }],
    );
}

const stateError = (ctx: Ctx, status: VisitStatus) =>
  errors.of('conflict', say(ctx, `来访当前状态（${status}）不能进行此操作`, `Not possible while the visit is ${status}`), undefined, {
    status,
  });

/** Reads a visit the actor may see (404 otherwise). */
async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const row = await repo.findVisit(ctx.db, id);
  if (!row || !canReadVisit(actor, row.v)) throw errors.notFound('visit');
  return { actor, row };
}

export const live = (tx: DbOrTx, v: repo.VisitRow) =>
  publish(tx, {
    type: 'event',
    topic: 'visit.changed',
    propertyId: v.propertyId,
    entity: { type: 'visit', id: v.id },
    data: { status: v.status },
  });

/** When a consent request asked now times out (the property's setting 'frontDesk.consentTimeoutMinutes'). */
export const consentDeadline = async (db: DbOrTx, propertyId: string, now: Date) =>
  consentDeadlineOf(now, (await effectiveSettings(db, propertyId))['frontDesk.consentTimeoutMinutes']);

export async function holdAlert(tx: DbOrTx, v: repo.VisitRow, hostName: string, hold: VisitHoldRow) {
  await notify(tx, {
    propertyId: v.propertyId,
    roles: [...SECURITY_ROLES],
    kind: 'visitor.held',
    severity: 'critical',
    message: { key: 'visitor.held', params: { number: v.number, visitorName: v.visitorName, hostName, reason: hold.reason } },
    link: `/front-desk/visitors?visit=${v.id}`,
  });
}

/** The watch-list entry the visitor matches, as a hold record (null: no match). */
export async function holdFor(db: DbOrTx, propertyId: string, facts: Parameters<typeof watchMatch>[1]): Promise<VisitHoldRow | null> {
  const m = watchMatch(await repo.activeWatch(db, propertyId), facts);
  return m
    ? {
        entryId: m.id,
        kind: m.kind,
        value: m.value,
        reason: m.reason,
        decision: null,
        decidedBy: null,
        decidedByName: null,
        decidedAt: null,
        note: null,
      }
    : null;
}

export async function createVisit(ctx: Ctx, input: VisitCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, input.kind === 'walk_in' ? 'frontdesk.visitors' : 'frontdesk.visitors.invite');
  // Outside users (tenants) host their own visitors only.
  const staffHost = can(actor, input.propertyId, 'frontdesk.directory.read');
  const hostEntryId = staffHost ? input.hostEntryId : await repo.entryOfUser(ctx.db, input.propertyId, actor.id);
  const host = hostEntryId ? await findEntry(ctx.db, hostEntryId) : null;
  if (!host || host.e.propertyId !== input.propertyId || host.e.kind !== 'person' || host.e.archivedAt)
    throw errors.rule('visit_host_unknown', say(ctx, '找不到被访人', 'The host is unknown'), undefined, [
      { path: 'hostEntryId', message: 'unknown host', code: 'visit_host_unknown' },
    ]);
  checkId(ctx, input.idType, input.idNumber);
  const now = ctx.now();
  const hold = await holdFor(ctx.db, input.propertyId, input);
  const officeWord = host.e.admitRule === 'office_word';
  // An appointment is the host's (or the host's office's) word already, except where the office must confirm.
  const consent: VisitConsentRow | null =
    input.kind === 'appointment' && !officeWord
      ? {
          channel: 'app',
          answer: 'accept',
          consenterName: actor.displayName,
          recordedBy: actor.id,
          recordedByName: actor.displayName,
          at: now.toISOString(),
          note: null,
        }
      : null;
  const status: VisitStatus = hold ? 'held' : input.kind === 'walk_in' ? 'awaiting_consent' : 'expected';
  const deadline = input.kind === 'walk_in' ? await consentDeadline(ctx.db, input.propertyId, now) : null;
  const id = await ctx.db.transaction(async (tx) => {
    const seq = await repo.nextNumber(tx, input.propertyId, `visit:${now.getUTCFullYear()}`);
    const v = await repo.insertVisit(tx, {
      propertyId: input.propertyId,
      number: `FK-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`,
      kind: input.kind,
      status,
      hostEntryId: host.e.id,
      hostUserId: host.e.userId,
      visitorName: input.visitorName,
      visitorPhone: input.visitorPhone,
      company: input.company,
      purpose: input.purpose,
      expectedAt: input.expectedAt ?? null,
      noticeId: input.noticeId ?? null,
      idType: input.idType ?? (input.idNumber ? 'other' : null),
      idNumber: input.idNumber,
      partySize: input.partySize ?? 1,
      carPlate: input.carPlate,
      badgeNo: input.badgeNo,
      consent,
      consentDeadline: deadline,
      hold,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, ctx, {
      action: 'visit.registered',
      entityType: 'visit',
      entityId: v.id,
      propertyId: v.propertyId,
      before: null,
      after: v,
    });
    if (hold) await holdAlert(tx, v, host.e.nameZh, hold);
    else if (input.kind === 'walk_in' && host.e.userId) await askHost(tx, v);
    await live(tx, v);
    return v.id;
  });
  return getVisit(ctx, id);
}

/** The host is asked in the app (their portal / bell). */
export const askHost = (tx: DbOrTx, v: repo.VisitRow) =>
  notify(tx, {
    propertyId: v.propertyId,
    userIds: [v.hostUserId!],
    kind: 'visitor.consent_request',
    severity: 'warning',
    message: {
      key: 'visitor.consent_request',
      params: { number: v.number, visitorName: v.visitorName, company: v.company, partySize: v.partySize },
    },
    link: `/my-visitors?visit=${v.id}`,
  });

export async function getVisit(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, id);
  return presentVisit(actor, row, ctx.now());
}

/** One guarded state change with its audit and live event; 409 when the visit moved on meanwhile. */
async function transition(
  ctx: Ctx,
  row: repo.VisitView,
  action: VisitAction,
  patch: Partial<repo.VisitRow>,
  extra?: (tx: DbOrTx, v: repo.VisitRow) => Promise<unknown>,
) {
  if (!allowed(row.v.status, action)) throw stateError(ctx, row.v.status);
  await ctx.db.transaction(async (tx) => {
    const v = await repo.updateVisit(tx, row.v.id, FROM[action], { ...patch, updatedAt: ctx.now() });
    if (!v) throw stateError(ctx, row.v.status);
    await audit(tx, ctx, {
      action: `visit.${action}`,
      entityType: 'visit',
      entityId: v.id,
      propertyId: v.propertyId,
      before: row.v,
      after: v,
    });
    await extra?.(tx, v);
    await live(tx, v);
  });
  return getVisit(ctx, row.v.id);
}

/** The host answers in the app; the desk records a phoned answer (for the executive floor: who at the office said so). */
export async function answerConsent(ctx: Ctx, id: string, body: ConsentBody) {
  const { actor, row } = await load(ctx, id);
  const host = row.v.hostUserId === actor.id;
  if (!host && !isDesk(actor, row.v.propertyId)) throw errors.forbidden();
  if (row.v.status === 'held')
    throw errors.rule(
      'watchlist_hold',
      say(ctx, '该访客被关注名单拦下，须主管决定', 'The visitor is held by the watch list: a supervisor decides'),
    );
  const channel = host ? body.channel : 'phone';
  if (channel === 'phone' && !body.consenterName && !host)
    throw errors.field('consenterName', say(ctx, '请填写电话答复人的姓名', 'Name who answered the phone'), 'required');
  const consent: VisitConsentRow = {
    channel,
    answer: body.answer,
    consenterName: body.consenterName ?? (host ? actor.displayName : null),
    recordedBy: actor.id,
    recordedByName: actor.displayName,
    at: ctx.now().toISOString(),
    note: body.note,
  };
  return transition(ctx, row, 'consent', { consent, status: afterConsent(body.answer) });
}

export async function decideHold(ctx: Ctx, id: string, body: { decision: 'admit' | 'refuse'; note: string | null }) {
  const { actor, row } = await load(ctx, id);
  if (!can(actor, row.v.propertyId, 'frontdesk.visitors.decide')) throw errors.forbidden();
  const hold: VisitHoldRow = {
    ...row.v.hold!,
    decision: body.decision,
    decidedBy: actor.id,
    decidedByName: actor.displayName,
    decidedAt: ctx.now().toISOString(),
    note: body.note,
  };
  // Admitted by the supervisor: back to where it would have been (an appointment expected, a walk-in asks the host).
  const next: VisitStatus = body.decision === 'refuse' ? 'declined' : row.v.consent ? 'expected' : 'awaiting_consent';
  const deadline = next === 'awaiting_consent' ? await consentDeadline(ctx.db, row.v.propertyId, ctx.now()) : row.v.consentDeadline;
  return transition(ctx, row, 'decide', { hold, status: next, consentDeadline: deadline }, async (tx, v) => {
    if (next === 'awaiting_consent' && v.hostUserId) await askHost(tx, v);
  });
}

export async function checkIn(ctx: Ctx, id: string, body: CheckInBody) {
  const { actor, row } = await load(ctx, id);
  if (!isDesk(actor, row.v.propertyId)) throw errors.forbidden();
  if (row.v.status === 'held')
    throw errors.rule(
      'watchlist_hold',
      say(ctx, '该访客被关注名单拦下，须主管决定', 'The visitor is held by the watch list: a supervisor decides'),
    );
  if (!allowed(row.v.status, 'check_in')) throw stateError(ctx, row.v.status);
  const idType = body.idType ?? row.v.idType ?? (body.idNumber ? 'other' : null);
  const idNumber = body.idNumber ?? row.v.idNumber;
  checkId(ctx, idType, idNumber);
  // The ID may match the watch list now that it is known.
  if (!row.v.hold) {
    const hold = await holdFor(ctx.db, row.v.propertyId, { ...row.v, idNumber });
    if (hold)
      return transition(ctx, row, 'check_in', { hold, status: 'held', idType, idNumber }, (tx, v) =>
        holdAlert(tx, v, row.host.nameZh, hold),
      );
  }
  const refusal = checkInRefusal(row.v.consent, row.host.admitRule === 'office_word');
  if (refusal) {
    await audit(ctx.db, ctx, {
      action: 'visit.check_in_refused',
      entityType: 'visit',
      entityId: row.v.id,
      propertyId: row.v.propertyId,
      meta: { reason: refusal },
    });
    throw refusal === 'consent_required'
      ? errors.rule('consent_required', say(ctx, '被访人尚未同意，不能放行', 'The host has not consented: the visitor cannot be let in'))
      : errors.rule(
          'office_word_required',
          say(
            ctx,
            '该领导须经办公室确认（电话记录秘书姓名）后方可放行',
            "This executive's office must give its word (recorded by phone with the secretary's name) first",
          ),
        );
  }
  return transition(ctx, row, 'check_in', {
    status: 'checked_in',
    idType,
    idNumber,
    partySize: body.partySize ?? row.v.partySize,
    carPlate: body.carPlate ?? row.v.carPlate,
    badgeNo: body.badgeNo ?? row.v.badgeNo,
    slipToken: randomBytes(18).toString('base64url'),
    checkedInAt: ctx.now(),
    checkedInBy: actor.id,
  });
}

export async function checkOut(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, id);
  if (!isDesk(actor, row.v.propertyId) && row.v.hostUserId !== actor.id) throw errors.forbidden();
  return transition(ctx, row, 'check_out', { status: 'checked_out', checkedOutAt: ctx.now(), checkedOutBy: actor.id });
}

/** The desk scans the slip's QR code. */
export async function checkOutBySlip(ctx: Ctx, propertyId: string, token: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'frontdesk.visitors');
  const row = await repo.findBySlip(ctx.db, propertyId, token);
  if (!row) throw errors.notFound('visit');
  return transition(ctx, row, 'check_out', { status: 'checked_out', checkedOutAt: ctx.now(), checkedOutBy: actor.id });
}

export async function cancelVisit(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, id);
  if (!isDesk(actor, row.v.propertyId) && row.v.hostUserId !== actor.id && row.v.createdBy !== actor.id) throw errors.forbidden();
  return transition(ctx, row, 'cancel', { status: 'cancelled' });
}

/** The desk marks an appointment that never came (the end-of-day job marks the rest). */
export async function markNoShow(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, id);
  if (!isDesk(actor, row.v.propertyId)) throw errors.forbidden();
  if (row.v.kind !== 'appointment') throw stateError(ctx, row.v.status);
  return transition(ctx, row, 'no_show', { status: 'no_show', noShowAt: ctx.now(), noShowBy: actor.id });
}

/** The slip's QR code (the desk prints it; the host may show it): SVG of the slip token. */
export async function slipCode(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, id);
  if (!row.v.slipToken || (!isDesk(actor, row.v.propertyId) && row.v.hostUserId !== actor.id)) throw errors.notFound('slip');
  const svg = await QRCode.toString(row.v.slipToken, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { token: row.v.slipToken, svgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}
