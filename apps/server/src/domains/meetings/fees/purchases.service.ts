/**
 * Proxy purchases 《会议采购通知单》 (SPEC M7; seed 004 §3.3C): the service center asks the affairs
 * admin to buy for a meeting (water, banners, flowers…); purchased ones (actual cost, invoice) go
 * onto the meeting's fee statement. Every write is audited in its transaction.
 */
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { PurchaseItem } from '../../../db/schema/index.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import * as repo from './fees.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { meetingFor } from '../meeting/meeting.policy.ts';
import { numberFor } from '../meeting/meeting.numbers.ts';
import { totalFen } from './fees.rules.ts';
import { presentPurchase } from './fees.presenter.ts';

export async function requestPurchase(
  ctx: Ctx,
  noticeId: string,
  input: { items: PurchaseItem[]; purchaser?: string | null; note?: string | null },
) {
  const { actor, n } = await meetingFor(ctx, noticeId, 'meetings.fees.manage');
  if (n.status === 'cancelled') throw errors.rule('notice_inactive', '会议已取消');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertPurchase(tx, {
      propertyId: n.propertyId,
      noticeId,
      number: await numberFor(tx, n.propertyId, 'HY-CG', now),
      items: input.items,
      totalFen: totalFen(input.items.map((i) => ({ amountFen: i.qty * i.unitFen }))),
      purchaser: input.purchaser ?? null,
      note: input.note ?? null,
      requestedBy: actor.id,
      requestedAt: now,
    });
    await audit(tx, ctx, {
      action: 'meeting_purchase.requested',
      entityType: 'meeting_purchase',
      entityId: row.id,
      propertyId: n.propertyId,
      before: null,
      after: row,
    });
    await notify(tx, {
      propertyId: n.propertyId,
      roles: ['affairs_admin'],
      kind: 'meetings.purchase_requested',
      message: {
        key: 'meetings.purchase_requested',
        params: { number: row.number, noticeNumber: n.number, items: input.items.map((i) => ({ name: i.name, qty: i.qty, unit: i.unit })) },
      },
      link: `/service-notices/${n.id}`,
      data: { noticeId, purchaseId: row.id },
    });
    return presentPurchase(row);
  });
}

export async function completePurchase(
  ctx: Ctx,
  id: string,
  input: { totalFen?: number; invoiceRef?: string | null; status: 'purchased' | 'cancelled' },
) {
  const p = await repo.findPurchase(ctx.db, id);
  if (!p) throw errors.notFound('purchase');
  const { actor } = await meetingFor(ctx, p.noticeId, 'meetings.fees.manage');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updatePurchase(
      tx,
      id,
      'requested',
      input.status === 'purchased'
        ? {
            status: 'purchased',
            purchasedBy: actor.id,
            purchasedAt: ctx.now(),
            invoiceRef: input.invoiceRef ?? null,
            ...(input.totalFen !== undefined ? { totalFen: input.totalFen } : {}),
          }
        : { status: 'cancelled' },
    );
    if (!row) throw failMeeting('purchase_state', undefined, { status: p.status });
    await audit(tx, ctx, {
      action: `meeting_purchase.${input.status}`,
      entityType: 'meeting_purchase',
      entityId: id,
      propertyId: p.propertyId,
      before: p,
      after: row,
    });
    return presentPurchase(row);
  });
}

export async function listPurchases(ctx: Ctx, noticeId: string) {
  await meetingFor(ctx, noticeId, 'meetings.fees.read');
  return { data: (await repo.purchasesOf(ctx.db, noticeId)).map(presentPurchase) };
}
