/**
 * The outside users' cockpit (bureau approver, organizer, tenant): their own requests and what waits
 * for them — only their own records, through the same lists (and scopes) their pages use.
 */
import type { CockpitTile } from '@hy/contracts';
import { type Actor, type Ctx, can, hasRole } from '../../../lib/context.ts';
import { countCases } from '../../cases/index.ts';
import { tile } from '../overview/overview.rules.ts';
import type { CockpitWindow } from '../overview/overview.window.ts';
import { approvalsWaiting, countBookings, slaCounts } from '../desk/desk.service.ts';
import { feesUnpaid } from '../manager/manager.service.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { feeCounts } from '../../billing/index.ts';

/** How far back 我的预订 lists by default (its date filter starts 30 days ago). */
const MINE_DAYS_BACK = 30;

export async function outsideSection(ctx: Ctx, actor: Actor, propertyId: string, w: CockpitWindow) {
  const tiles: CockpitTile[] = [];
  if (hasRole(actor, propertyId, 'bureau_approver'))
    tiles.push(
      tile('outside', 'approvals_waiting', await approvalsWaiting(ctx, propertyId, w.today), '/bookings/approvals', {}, 'warning'),
    );
  if (hasRole(actor, propertyId, 'organizer')) {
    const back = new Date(w.today.getTime() - MINE_DAYS_BACK * 86_400_000);
    const [requested, confirmed, fees] = await Promise.all([
      countBookings(ctx, propertyId, 'requested', back),
      countBookings(ctx, propertyId, 'confirmed', back),
      can(actor, propertyId, 'meetings.fees.confirm') ? feesUnpaid(ctx, propertyId) : null,
    ]);
    tiles.push(tile('outside', 'my_requests_waiting', requested, '/bookings/mine', { status: 'requested' }, 'warning'));
    tiles.push(tile('outside', 'my_bookings_confirmed', confirmed, '/bookings/mine', { status: 'confirmed' }, 'ok'));
    if (fees) tiles.push(tile('outside', 'my_fees_unpaid', fees.count, '/my/fees', { unpaid: '1' }, 'warning', fees.fen));
  }
  if (hasRole(actor, propertyId, 'tenant')) {
    const [sla, resolved] = await Promise.all([slaCounts(ctx, propertyId), countCases(ctx, propertyId, { status: 'resolved' })]);
    tiles.push(tile('outside', 'my_cases_open', sla.on_time + sla.warning + sla.breached + sla.paused, '/portal', { cases: 'open' }));
    tiles.push(tile('outside', 'my_cases_to_rate', resolved, '/portal', { cases: 'to_rate' }, 'warning'));
    if (actor.organizationId && can(actor, propertyId, 'billing.own')) {
      const bills = await feeCounts(ctx.db, propertyId, dayjs(w.now).tz(w.tz).format('YYYY-MM-DD'), actor.organizationId);
      tiles.push(tile('outside', 'my_bills_unpaid', bills.open, '/portal/bills', {}, bills.overdue ? 'danger' : 'warning', bills.openFen));
    }
  }
  return { tiles };
}
