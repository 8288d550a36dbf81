/**
 * The mail room's accuracy (F4, ≥ 99%): misdeliveries and losses recorded against items, and the month's
 * figure — items handled correctly ÷ items handled.
 */
import type { MailIncidentKind } from '@hy/contracts';
import { MAIL_ACCURACY_TARGET } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './mail.repository.ts';
import { accuracy, accuracyTrend, monthsEnding } from './mail.rules.ts';
import { live, loadItem, present, TZ } from './mail.access.ts';

/** A misdelivery (or a loss found later) recorded against the month's accuracy. */
export async function recordIncident(ctx: Ctx, id: string, input: { kind: MailIncidentKind; note: string }) {
  const { actor, m } = await loadItem(ctx, id);
  authorize(actor, m.propertyId, 'frontdesk.mail');
  await ctx.db.transaction(async (tx) => {
    const i = await repo.insertIncident(tx, {
      propertyId: m.propertyId,
      itemId: id,
      kind: input.kind,
      note: input.note,
      at: ctx.now(),
      byId: actor.id,
      byName: actor.displayName,
    });
    await audit(tx, ctx, {
      action: `mail_item.${input.kind}`,
      entityType: 'mail_item',
      entityId: id,
      propertyId: m.propertyId,
      before: null,
      after: i,
    });
    await live(tx, m, 'incident');
  });
  return present(ctx, actor, id);
}

export async function monthAccuracy(ctx: Ctx, propertyId: string, month: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'frontdesk.mail');
  const from = dayjs.tz(`${month}-01`, TZ);
  const to = from.add(1, 'month');
  const handled = await repo.handledCount(ctx.db, propertyId, from.toDate(), to.toDate());
  const list = await repo.incidentsIn(ctx.db, propertyId, from.toDate(), to.toDate());
  return {
    month,
    ...accuracy(handled, list.length),
    list: list.map(({ i, number }) => ({
      id: i.id,
      kind: i.kind,
      itemId: i.itemId,
      itemNumber: number,
      note: i.note,
      at: i.at.toISOString(),
      byName: i.byName,
    })),
  };
}

/** The accuracy of the twelve months ending with `to` (default this month), oldest first. */
export async function accuracyOfYear(ctx: Ctx, propertyId: string, to?: string) {
  authorize(requireActor(ctx), propertyId, 'frontdesk.mail');
  const months = monthsEnding(to ?? dayjs(ctx.now()).tz(TZ).format('YYYY-MM'), 12);
  const from = dayjs.tz(`${months[0]}-01`, TZ).toDate();
  const end = dayjs
    .tz(`${months[months.length - 1]}-01`, TZ)
    .add(1, 'month')
    .toDate();
  const handled = await repo.handledByMonth(ctx.db, propertyId, from, end, TZ);
  const incidents = await repo.incidentsByMonth(ctx.db, propertyId, from, end, TZ);
  return {
    target: MAIL_ACCURACY_TARGET,
    months: accuracyTrend(months, handled, incidents).map((m) => ({
      month: m.month,
      handled: m.handled,
      incidents: m.incidents,
      correct: m.correct,
      rate: m.rate,
      met: m.met,
    })),
  };
}
