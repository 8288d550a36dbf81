/**
 * The finance manager's cockpit: the months waiting for their signature, the notices past due and unpaid (and
 * how much: the arrears table), and the latest month's collection rate against the target — each opening the
 * list it counts.
 */
import type { CockpitTile } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { collectionTile, feeCounts } from '../../billing/index.ts';
import { tile } from '../overview/overview.rules.ts';
import type { CockpitWindow } from '../overview/overview.window.ts';

export async function financeSection(ctx: Ctx, propertyId: string, w: CockpitWindow) {
  const today = dayjs(w.now).tz(w.tz).format('YYYY-MM-DD');
  const [c, rate] = await Promise.all([feeCounts(ctx.db, propertyId, today), collectionTile(ctx.db, propertyId)]);
  const tiles: CockpitTile[] = [
    tile('finance', 'billing_months_to_sign', c.toSign, '/billing/months', {}, 'warning'),
    tile('finance', 'billing_overdue', c.overdue, '/billing/arrears', {}, 'danger', c.overdueFen),
  ];
  if (rate) {
    const met = rate.ratePercent !== null && rate.ratePercent >= rate.targetPercent;
    tiles.push({
      ...tile('finance', 'billing_collection_rate', Math.round(rate.ratePercent ?? 0), '/billing/collection', { month: rate.month }),
      tone: met ? 'ok' : 'warning',
    });
  }
  return { tiles };
}
