/**
 * The service center's cockpit (dispatcher, CS assistant, lobby manager, front desk, mail clerk): today's
 * and tomorrow's meetings with each department's readiness and the three checks, approvals waiting, open
 * cases by SLA state, cases waiting for their callback; the front desk's consent waits, parcels, overdue loans. Counts come from the lists the tiles open.
 */
import { SLA_STATES, type CockpitMeeting, type CockpitTile, type SlaStateFilter } from '@hy/contracts';
import { type Actor, type Ctx, can } from '../../../lib/context.ts';
import { countCases } from '../../cases/index.ts';
import { listNotices, meetingsIn } from '../../meetings/index.ts';
import { listBookings } from '../../bookings/index.ts';
import { deskQueue } from '../../front-desk/index.ts';
import { tile } from '../overview/overview.rules.ts';
import { allPages } from '../overview/overview.pages.ts';
import type { CockpitWindow } from '../overview/overview.window.ts';

const SLA_TONE = { on_time: 'ok', warning: 'warning', breached: 'danger', paused: 'default' } as const;

/** Open cases by SLA state, each count what /cases?sla= lists. */
export async function slaCounts(ctx: Ctx, propertyId: string): Promise<Record<SlaStateFilter, number>> {
  const counts = await Promise.all(SLA_STATES.map((sla) => countCases(ctx, propertyId, { sla })));
  return Object.fromEntries(SLA_STATES.map((s, i) => [s, counts[i]!])) as Record<SlaStateFilter, number>;
}

export const slaTiles = (family: CockpitTile['family'], sla: Record<SlaStateFilter, number>) =>
  SLA_STATES.map((s) => tile(family, `cases_${s}`, sla[s], '/cases', { sla: s }, SLA_TONE[s]));

/** How many bookings of a status start from `from` on, as the booking lists count them (the caller's scope). */
export async function countBookings(ctx: Ctx, propertyId: string, status: 'requested' | 'confirmed', from: Date) {
  const rows = await allPages((cursor) => listBookings(ctx, { propertyId, status, from: from.toISOString(), limit: 200, cursor }));
  return rows.length;
}

/** Every booking waiting for the bureau's decision from today on (what the approvals page lists). */
export const approvalsWaiting = (ctx: Ctx, propertyId: string, from: Date) => countBookings(ctx, propertyId, 'requested', from);

/** Today's and tomorrow's active meetings (by start), with readiness per department and the checks. */
async function meetings(ctx: Ctx, actor: Actor, propertyId: string, w: CockpitWindow): Promise<CockpitMeeting[]> {
  const rows = await meetingsIn(ctx, actor, propertyId, { from: w.today, to: w.dayAfter, label: '', days: [] });
  return rows
    .filter((m) => m.n.status === 'active')
    .sort((a, b) => a.n.startAt.getTime() - b.n.startAt.getTime())
    .map((m) => ({
      id: m.n.id,
      number: m.n.number,
      title: m.name ?? '',
      venueName: m.n.content.venue.name,
      startAt: m.n.startAt.toISOString(),
      endAt: m.n.endAt.toISOString(),
      status: m.status,
      departments: m.departments.map((d) => ({
        department: d.department,
        ready: !!d.readyAt,
        verified: !!d.verifiedAt,
        late: d.readyAt ? d.readyAt > d.by : w.now > d.by,
      })),
      checks: m.checks.map((c) => ({ level: c.level, status: c.status, dueAt: c.dueAt.toISOString() })),
    }));
}

/**
 * The front desk's tiles, counted by the desk queue (GET /front-desk/queue), each opening its list: visitors
 * waiting for consent, parcels waiting for pickup, loans overdue — for those who read that list.
 */
async function frontDeskTiles(ctx: Ctx, actor: Actor, propertyId: string): Promise<CockpitTile[]> {
  if (!(['frontdesk.visitors', 'frontdesk.mail', 'frontdesk.lending'] as const).some((p) => can(actor, propertyId, p))) return [];
  const q = await deskQueue(ctx, { propertyId });
  const tiles: CockpitTile[] = [];
  if (q.consent)
    tiles.push(tile('desk', 'visitors_awaiting_consent', q.consent.total, '/front-desk/visitors', { tab: 'awaiting' }, 'warning'));
  if (q.parcels) tiles.push(tile('desk', 'parcels_waiting', q.parcels.total, '/front-desk/mail', { tab: 'waiting' }));
  if (q.loans) tiles.push(tile('desk', 'loans_overdue', q.loans.total, '/front-desk/lending', { tab: 'overdue' }, 'danger'));
  return tiles;
}

export async function deskSection(ctx: Ctx, actor: Actor, propertyId: string, w: CockpitWindow) {
  const meetingsRead = can(actor, propertyId, 'meetings.read');
  const [front, notices, timeline, approvals, sla, followUps] = await Promise.all([
    frontDeskTiles(ctx, actor, propertyId),
    meetingsRead ? listNotices(ctx, { propertyId, from: w.today.toISOString(), to: w.dayAfter.toISOString(), limit: 500 }) : null,
    meetingsRead ? meetings(ctx, actor, propertyId, w) : [],
    can(actor, propertyId, 'bookings.read') ? approvalsWaiting(ctx, propertyId, w.today) : null,
    can(actor, propertyId, 'cases.read') ? slaCounts(ctx, propertyId) : null,
    can(actor, propertyId, 'cases.read') ? countCases(ctx, propertyId, { status: 'resolved' }) : null,
  ]);
  // meetings of the window where some department has not reported ready yet (a subset of the list)
  const notReady = timeline.filter((m) => m.departments.some((d) => !d.ready)).length;
  const tiles: CockpitTile[] = [...front];
  if (notices) {
    tiles.push(tile('desk', 'meetings', notices.data.length, '/service-notices', { range: 'today' }));
    tiles.push(tile('desk', 'meetings_not_ready', notReady, '/service-notices', { range: 'today' }, 'warning'));
  }
  if (approvals !== null) tiles.push(tile('desk', 'approvals_waiting', approvals, '/bookings/approvals', {}, 'warning'));
  if (sla) tiles.push(...slaTiles('desk', sla));
  if (followUps !== null) tiles.push(tile('desk', 'callbacks_due', followUps, '/cases', { status: 'resolved' }, 'warning'));
  return { tiles, meetings: meetingsRead ? timeline : null, sla };
}
