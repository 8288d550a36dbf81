/**
 * The quote of a paid repair (S6): built by the engineer on site or the desk from the price list (a free line
 * needs a note), while the work order is still open. A new quote after the customer's consent voids that
 * consent (the customer consents again) — audited as its own step.
 */
import type { Ctx } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { itemsByIds } from '../price-list/price-list.repository.ts';
import * as repo from './charges.repository.ts';
import { QUOTABLE_WORK_ORDER, REQUOTABLE, priceLines } from './charges.rules.ts';
import type { QuoteInput } from './charges.schema.ts';
import { load, stateError, step } from './charges.steps.ts';

export async function quote(ctx: Ctx, workOrderId: string, input: QuoteInput) {
  const a = await load(ctx, workOrderId);
  if (!a.staff && !a.engineer) throw errors.forbidden();
  if (!a.wo.paid) throw errors.rule('work_order_not_paid', say(ctx, '该派工单为无偿维修，不能报价', 'The work order is free of charge'));
  if (!QUOTABLE_WORK_ORDER.includes(a.wo.status))
    throw new AppError(
      'work_order_closed',
      409,
      say(
        ctx,
        `派工单已${a.wo.status === 'voided' ? '作废' : '完工'}，不能再报价`,
        `The work order is ${a.wo.status}; it cannot be quoted`,
      ),
      undefined,
      { status: a.wo.status },
    );
  const ids = input.items.map((i) => i.priceItemId).filter((x): x is string => !!x);
  const priced = priceLines(input.items, await itemsByIds(ctx.db, ids), a.c.propertyId);
  if (priced.unknown.length)
    throw errors.rule(
      'price_item_unknown',
      say(ctx, '价目表中没有该项目（或已停用）', 'The price list has no such (active) item'),
      undefined,
      priced.unknown.map((i) => ({ path: `items.${i}.priceItemId`, message: say(ctx, '价目表中没有该项目', 'Not on the price list') })),
    );
  if (a.charge && !(REQUOTABLE as readonly string[]).includes(a.charge.status))
    throw stateError(ctx, a.charge, say(ctx, '重新报价', 're-quote'));
  const now = ctx.now();
  const { amountFen, items } = priced;
  const fields = { amountFen, items, quoteNote: input.note ?? null, quotedBy: a.actor.id, quotedAt: now };
  const reset = { status: 'quoted' as const, consentMethod: null, consentName: null, consentUserId: null, consentAt: null };
  const voidsConsent = a.charge?.status === 'consented';
  return step(
    ctx,
    a,
    'quoted',
    async (tx) => {
      const r = a.charge
        ? await repo.updateCharge(tx, workOrderId, [...REQUOTABLE], { ...fields, ...reset }, now)
        : await repo.insertCharge(tx, {
            workOrderId,
            propertyId: a.c.propertyId,
            caseId: a.c.id,
            ...fields,
            createdAt: now,
            updatedAt: now,
          });
      if (r && voidsConsent)
        await audit(tx, ctx, {
          action: 'repair_charge.consent_voided',
          entityType: 'repair_charge',
          entityId: workOrderId,
          propertyId: a.c.propertyId,
          before: { consentName: a.charge!.consentName, consentAt: a.charge!.consentAt, amountFen: a.charge!.amountFen },
          after: { amountFen },
        });
      if (r && a.c.reporterId) {
        await notify(tx, {
          propertyId: a.c.propertyId,
          userIds: [a.c.reporterId],
          kind: 'repair_charge.quoted',
          message: { key: 'repair_charge.quoted', params: { number: a.wo.number, amountFen } },
          link: `/cases/${a.c.id}`,
        });
      }
      return r;
    },
    voidsConsent
      ? [say(ctx, '报价已变更，原确认作废，请客户重新确认', 'The quote changed; the consent is void'), input.note]
          .filter(Boolean)
          .join('；')
      : input.note,
  );
}
