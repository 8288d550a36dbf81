/**
 * Faxes received (传真统计本, T5): logged with the recipient, unit, pages and time; the recipient phoned (who, when)
 * or a 传真通知单 left; collected against a signature. A fax naming nobody is 待查 and the CS department is asked;
 * found → the normal flow; a fax for a guest not yet arrived → a note to the front desk; for a company that moved
 * out → the CS department told. Nobody found after the set days (paidServices.faxFileAfterDays) → filed by the job.
 */
import type { BcFaxInCreate, BcFaxQuery } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor, systemCtx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import { notify } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import * as repo from './business-center.repository.ts';
import { presentFaxes } from './business-center.presenter.ts';
import { faxFilingDue } from './business-center.rules.ts';
import { authorizeDesk, refused } from './business-center.service.ts';

const fileAfter = async (db: DbOrTx, pid: string) => (await effectiveSettings(db, pid))['paidServices.faxFileAfterDays'];

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const f = await repo.findFax(ctx.db, id);
  if (!f || !memberProperties(actor).includes(f.propertyId) || !can(actor, f.propertyId, 'paidservices.read')) throw errors.notFound('fax');
  return { actor, f };
}

export async function getFax(ctx: Ctx, id: string) {
  const { f } = await load(ctx, id);
  return (await presentFaxes(ctx.db, [f], await fileAfter(ctx.db, f.propertyId)))[0]!;
}

/** The 传真统计本, newest first; `q` answers "is there a fax for me?" by name, unit or company. */
export async function listFaxes(ctx: Ctx, q: BcFaxQuery) {
  authorize(requireActor(ctx), q.propertyId, 'paidservices.read');
  const rows = await repo.listFaxes(ctx.db, { ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  const shown = await presentFaxes(ctx.db, rows.slice(0, q.limit), await fileAfter(ctx.db, q.propertyId));
  return page(
    rows,
    q.limit,
    (r) => [r.receivedAt.toISOString(), r.id],
    (r) => shown.find((x) => x.id === r.id)!,
  );
}

const csRoles = ['cs_supervisor', 'cs_assistant'] as const;

export async function receiveFax(ctx: Ctx, input: Omit<BcFaxInCreate, 'receivedAt'> & { receivedAt?: Date }) {
  const actor = requireActor(ctx);
  const pid = input.propertyId;
  authorizeDesk(actor, pid);
  if (input.organizationId && !(await repo.organizationIn(ctx.db, pid, input.organizationId)))
    throw errors.field('organizationId', say(ctx, '单位不存在', 'Unknown company'), 'unknown_organization');
  const now = ctx.now();
  const receivedAt = input.receivedAt ?? now;
  if (receivedAt.getTime() > now.getTime() + 5 * 60_000)
    throw errors.field('receivedAt', say(ctx, '收报时间不能晚于现在', 'Not in the future'), 'in_future');
  const recipient = input.recipientName ?? '';
  const unknown = !recipient && !input.unitText && !input.organizationId;
  const situation = input.situation ?? 'normal';
  const id = await ctx.db.transaction(async (tx) => {
    const f = await repo.insertFax(tx, {
      propertyId: pid,
      receivedAt,
      recipientName: recipient,
      unitText: input.unitText ?? null,
      organizationId: input.organizationId ?? null,
      pages: input.pages,
      sender: input.sender ?? null,
      situation,
      state: unknown ? 'unknown' : 'waiting',
      csAskedAt: unknown || situation === 'moved_out' ? now : null,
      frontDeskNoteAt: situation === 'not_arrived' ? now : null,
      createdByName: actor.displayName,
      createdAt: now,
    });
    if (unknown || situation === 'moved_out')
      await notify(tx, {
        propertyId: pid,
        roles: [...csRoles],
        kind: 'paidservices.fax_unknown',
        message: { key: 'paidservices.fax_unknown', params: { recipient, unit: f.unitText, pages: f.pages, situation } },
        link: '/paid-services/business-center?tab=faxes',
      });
    if (situation === 'not_arrived')
      await notify(tx, {
        propertyId: pid,
        roles: ['front_desk'],
        kind: 'paidservices.fax_guest_note',
        message: { key: 'paidservices.fax_guest_note', params: { recipient, pages: f.pages } },
        link: '/paid-services/business-center?tab=faxes',
      });
    await audit(tx, ctx, { action: 'bc_fax.received', entityType: 'bc_fax_in', entityId: f.id, propertyId: pid, after: f });
    return f.id;
  });
  return getFax(ctx, id);
}

async function change(
  ctx: Ctx,
  id: string,
  from: ('waiting' | 'unknown')[],
  action: string,
  patch: (now: Date, name: string) => Record<string, unknown>,
  code = 'bc_fax_not_waiting',
) {
  const { actor, f } = await load(ctx, id);
  authorizeDesk(actor, f.propertyId);
  if (!from.includes(f.state as 'waiting')) throw refused(ctx, code);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updateFax(tx, id, from, patch(now, actor.displayName));
    if (!u) throw refused(ctx, code);
    await audit(tx, ctx, { action, entityType: 'bc_fax_in', entityId: id, propertyId: f.propertyId, before: f, after: u });
  });
  return getFax(ctx, id);
}

export const phoned = (ctx: Ctx, id: string, whom: string) =>
  change(ctx, id, ['waiting'], 'bc_fax.phoned', (now, name) => ({ phonedAt: now, phonedWhom: whom, phonedByName: name }));
export const noticeLeft = (ctx: Ctx, id: string) => change(ctx, id, ['waiting'], 'bc_fax.notice_left', (now) => ({ noticeLeftAt: now }));
export const found = (ctx: Ctx, id: string, b: { recipientName: string; unitText?: string | null; organizationId?: string | null }) =>
  change(
    ctx,
    id,
    ['unknown'],
    'bc_fax.found',
    () => ({ state: 'waiting', recipientName: b.recipientName, unitText: b.unitText ?? null, organizationId: b.organizationId ?? null }),
    'bc_fax_not_unknown',
  );

export async function collect(ctx: Ctx, id: string, b: { signerName: string; signatureId: string }) {
  const { actor, f } = await load(ctx, id);
  authorizeDesk(actor, f.propertyId);
  if (f.state !== 'waiting') throw refused(ctx, 'bc_fax_not_waiting');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await attachFiles(tx, ctx, {
      propertyId: f.propertyId,
      ids: [b.signatureId],
      entity: { type: 'bc_fax_in', id },
      kinds: ['signature'],
      field: 'signatureId',
    });
    const u = await repo.updateFax(tx, id, ['waiting'], {
      state: 'collected',
      collectedAt: now,
      collectedByName: b.signerName,
      collectedSignatureFileId: b.signatureId,
    });
    if (!u) throw refused(ctx, 'bc_fax_not_waiting');
    await audit(tx, ctx, {
      action: 'bc_fax.collected',
      entityType: 'bc_fax_in',
      entityId: id,
      propertyId: f.propertyId,
      before: f,
      after: u,
    });
  });
  return getFax(ctx, id);
}

/** The job's pass: every fax due is filed once (guarded update), audited, and the desk told. */
export async function fileFaxes(db: DbOrTx, now: Date) {
  let n = 0;
  const days = new Map<string, number>();
  for (const f of await repo.filingCandidates(db, now)) {
    if (!days.has(f.propertyId)) days.set(f.propertyId, await fileAfter(db, f.propertyId));
    if (!faxFilingDue(f, now, days.get(f.propertyId)!)) continue;
    await db.transaction(async (tx) => {
      const u = await repo.updateFax(tx, f.id, [f.state], { state: 'filed', filedAt: now });
      if (!u) return;
      await audit(tx, systemCtx(tx, now), {
        action: 'bc_fax.filed',
        entityType: 'bc_fax_in',
        entityId: f.id,
        propertyId: f.propertyId,
        before: f,
        after: u,
      });
      await notify(tx, {
        propertyId: f.propertyId,
        roles: ['front_desk', 'cs_supervisor'],
        kind: 'paidservices.fax_filed',
        message: {
          key: 'paidservices.fax_filed',
          params: { recipient: f.recipientName, unit: f.unitText, pages: f.pages, receivedAt: f.receivedAt.toISOString() },
        },
        link: '/paid-services/business-center?tab=faxes',
      });
      n++;
    });
  }
  return n;
}
