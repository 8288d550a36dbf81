/** Who hears of a booking event, and what they read (notifications and the live event). */
import type { BookingEventKind } from '@hy/contracts';
import { type Actor, type Ctx, hasRole } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { notify, type NotifyInput } from '../../notifications/index.ts';
import { publish } from '../../notifications/index.ts';
import { isClosed } from '../confidentiality/confidentiality.policy.ts';
import * as repo from './booking.repository.ts';

export type BookingEvent = 'created' | 'updated' | 'approved' | 'rejected' | 'cancelled' | 'expired';

/**
 * Who hears of a booking event, in the write's transaction: the bureau of every request to
 * approve; the service center (dispatchers) of what others booked, changed or cancelled — live;
 * the booking's creator and its organization's organizers of decisions and of others' changes.
 * Boards get a live event. `actor` null: the system (expiry).
 */
export async function announce(
  tx: DbOrTx,
  _ctx: Ctx,
  actor: Actor | null,
  b: repo.BookingRow,
  event: BookingEvent,
  _timeZone: string,
  reason?: string | null,
  venueName?: string,
) {
  const venue = venueName ?? (await repo.venueNames(tx, [b.venueId])).get(b.venueId) ?? '';
  const params = {
    number: b.number,
    venue,
    startAt: b.startAt.toISOString(),
    endAt: b.endAt.toISOString(),
    topic: isClosed(b.confidentiality) ? null : b.topic,
    reason: reason ?? null,
  };
  const base = { propertyId: b.propertyId, link: `/bookings/${b.id}`, data: { bookingId: b.id, number: b.number, status: b.status } };
  const send = (n: Pick<NotifyInput, 'roles' | 'userIds' | 'severity'>, kind: string, event: BookingEventKind) =>
    notify(tx, { ...base, ...n, kind, message: { key: 'booking.event', params: { ...params, event } } });
  const others =
    event === 'created'
      ? []
      : [b.createdBy, ...(await repo.organizerUserIds(tx, b.propertyId, b.organizationId))].filter(
          (u, i, a) => u !== actor?.id && a.indexOf(u) === i,
        );
  if (b.status === 'requested' && (event === 'created' || event === 'updated'))
    await send({ roles: ['bureau_approver'] }, 'booking.requested', 'requested');
  if (!(actor && hasRole(actor, b.propertyId, 'dispatcher')) && event !== 'approved' && event !== 'rejected') {
    await send({ roles: ['dispatcher'], severity: event === 'created' ? 'info' : 'warning' }, `booking.${event}`, event);
  }
  if (event !== 'created' && others.length) await send({ userIds: others }, `booking.${event}`, event);
  await publish(tx, {
    type: 'event',
    topic: `booking.${event}`,
    propertyId: b.propertyId,
    entity: { type: 'booking', id: b.id },
    data: { bookingId: b.id, venueId: b.venueId, status: b.status },
  });
}
