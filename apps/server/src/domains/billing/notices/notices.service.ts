/**
 * Payment notices (T4 《物业管理缴费单》): one per tenant company when the month's receivables are fully signed —
 * the sum of its lines, grouped by sheet, numbered JF-YYYYMM-NNN from the property's sequence, due on the due
 * day of the next month and delivered by the notice day: printed (staff record delivery), in the portal (the
 * company's tenant users, billing.own) and by the outbox (a notification to those users). Each notice gets its
 * dunning schedule at once (the job fires each step when due, while unpaid).
 */
import type { NoticeQuery } from '@hy/contracts';
import { NOTICES_ERROR_CODES } from '@hy/contracts';
import type { Tx } from '../../../db/client.ts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { dunningSchedule } from '../dunning/dunning.rules.ts';
import * as repo from './notices.repository.ts';
import { presentNotice, presentNoticeDetail } from './notices.presenter.ts';
import { dayOfNextMonth, noticeNumber } from './notices.rules.ts';

export const refusedNotice = (ctx: Ctx, code: string) => {
  const c = NOTICES_ERROR_CODES[code]!;
  return new AppError(code, c.status, say(ctx, c.zh, c.en));
};

/**
 * Called by the month's last signature, inside its transaction: issues each company's notice of the month
 * (numbered, with its lines and its amount), or none of them. A second call issues only what is missing.
 */
export async function issueNotices(tx: Tx, ctx: Ctx, monthId: string): Promise<void> {
  const month = await repo.findMonth(tx, monthId);
  if (!month) throw errors.notFound('month');
  const s = await effectiveSettings(tx, month.propertyId);
  const done = await repo.noticedOrganizations(tx, monthId);
  const todo = (await repo.totalsByOrganization(tx, monthId)).filter((o) => o.amountFen > 0 && !done.has(o.organizationId));
  if (!todo.length) return;
  const first = await repo.takeNumbers(tx, month.propertyId, `JF-${month.month}`, todo.length);
  const dueOn = dayOfNextMonth(month.month, s['billing.dueDay']);
  const deliverBy = dayOfNextMonth(month.month, s['billing.noticeDay']);
  const now = ctx.now();
  const notices = await repo.insertNotices(
    tx,
    todo.map((o, i) => ({
      propertyId: month.propertyId,
      monthId,
      month: month.month,
      organizationId: o.organizationId,
      number: noticeNumber(month.month, first + i),
      amountFen: o.amountFen,
      issuedAt: now,
      dueOn,
      deliverBy,
    })),
  );
  const days = {
    reminderDays: s['billing.dunning.reminderDays'],
    noticeDays: s['billing.dunning.noticeDays'],
    visitDays: s['billing.dunning.visitDays'],
    escalateDays: s['billing.dunning.escalateDays'],
  };
  await repo.insertSteps(
    tx,
    notices.flatMap((n) => dunningSchedule(dueOn, days).map((d) => ({ propertyId: n.propertyId, noticeId: n.id, ...d }))),
  );
  for (const n of notices) {
    await notify(tx, {
      propertyId: n.propertyId,
      userIds: await repo.tenantUsersOf(tx, n.propertyId, n.organizationId),
      kind: 'billing.notice_issued',
      message: { key: 'billing.notice_issued', params: { number: n.number, month: n.month, amountFen: n.amountFen, dueOn } },
      link: '/portal/bills',
    });
    await audit(tx, ctx, {
      action: 'billing_notice.issued',
      entityType: 'billing_notice',
      entityId: n.id,
      propertyId: n.propertyId,
      after: { number: n.number, month: n.month, organizationId: n.organizationId, amountFen: n.amountFen, dueOn, deliverBy },
    });
  }
}

/** Staff with billing.read see every notice of their property; a tenant (billing.own) only their company's (404 otherwise). */
export function mayRead(actor: Actor, n: { propertyId: string; organizationId: string }) {
  if (!memberProperties(actor).includes(n.propertyId)) return false;
  if (can(actor, n.propertyId, 'billing.read')) return true;
  return can(actor, n.propertyId, 'billing.own') && !!actor.organizationId && actor.organizationId === n.organizationId;
}

export async function loadNotice(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const n = await repo.findNotice(ctx.db, id);
  if (!n || !mayRead(actor, n)) throw errors.notFound('notice');
  return { actor, n };
}

export async function noticeDetail(ctx: Ctx, n: repo.NoticeRow) {
  const [units, lines, payments, steps] = await Promise.all([
    repo.unitCodesOf(ctx.db, [n.organizationId]),
    repo.linesOf(ctx.db, n.monthId, n.organizationId),
    repo.paymentsOfNotices(ctx.db, [n.id]),
    repo.stepsOfNotices(ctx.db, [n.id]),
  ]);
  return presentNoticeDetail(n, units.get(n.organizationId) ?? [], lines, payments, steps);
}

export async function getNotice(ctx: Ctx, id: string) {
  const { n } = await loadNotice(ctx, id);
  return noticeDetail(ctx, n);
}

export async function listNotices(ctx: Ctx, q: NoticeQuery) {
  authorize(requireActor(ctx), q.propertyId, 'billing.read');
  const rows = await repo.listNotices(ctx.db, q);
  const units = await repo.unitCodesOf(ctx.db, [...new Set(rows.map((r) => r.organizationId))]);
  return { data: rows.map((r) => presentNotice(r, units.get(r.organizationId) ?? [])) };
}

/** The tenant's own notices in the portal, newest first, each with its lines and receipts. */
export async function myNotices(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'billing.own');
  if (!actor.organizationId) return { data: [] };
  const rows = await repo.listNotices(ctx.db, { propertyId, organizationId: actor.organizationId });
  return { data: await Promise.all(rows.map((n) => noticeDetail(ctx, n))) };
}

/** Staff record the printed notice delivered (once). */
export async function markDelivered(ctx: Ctx, id: string) {
  const { actor, n } = await loadNotice(ctx, id);
  authorize(actor, n.propertyId, 'billing.manage');
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.markDelivered(tx, id, ctx.now(), { id: actor.id, name: actor.displayName })))
      throw refusedNotice(ctx, 'notice_delivered_already');
    await audit(tx, ctx, {
      action: 'billing_notice.delivered',
      entityType: 'billing_notice',
      entityId: id,
      propertyId: n.propertyId,
      after: { deliveredBy: actor.displayName },
    });
  });
  return getNotice(ctx, id);
}
