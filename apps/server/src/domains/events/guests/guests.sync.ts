/**
 * Per-session sign-in (M13) reuses the meetings' attendees and QR sign-in: each registered guest who chose a session
 * is put on that session's service notice as an attendee (once, by name and phone), so the notice's QR sign-in works
 * unchanged and the guests tab counts the sign-ins.
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { findMeetingAttendees, insertMeetingAttendees } from '../../meetings/index.ts';
import { openForChange } from '../event/event.access.ts';
import { sessionNotices } from '../programme/programme.sessions.ts';
import * as repo from './guests.repository.ts';
import { guestsChanged } from './guests.service.ts';

/** Puts `guests` (registered) on the notices of the sessions they chose; returns how many attendees were added. */
export async function syncGuests(tx: DbOrTx, eventId: string, guests: repo.GuestRow[], by: string | null) {
  const notices = new Map((await sessionNotices(tx, eventId)).map((n) => [n.sessionId, n.noticeId]));
  let added = 0;
  for (const g of guests) {
    if (g.rsvp !== 'registered') continue;
    for (const sid of g.sessionIds) {
      const noticeId = notices.get(sid);
      if (!noticeId) continue;
      if ((await findMeetingAttendees(tx, noticeId, g.name, g.phone)).length) continue;
      await insertMeetingAttendees(tx, [
        {
          propertyId: g.propertyId,
          noticeId,
          name: g.name,
          organization: g.organization,
          title: g.title,
          phone: g.phone,
          note: g.vip ? 'VIP' : null,
          createdBy: by,
        },
      ]);
      added++;
    }
  }
  return { added, sessions: notices.size };
}

export async function syncAttendees(ctx: Ctx, eventId: string) {
  const { event, actor } = await openForChange(ctx, eventId, 'work');
  return ctx.db.transaction(async (tx) => {
    const guests = await repo.listGuests(tx, eventId, { rsvp: 'registered' });
    const r = await syncGuests(tx, eventId, guests, actor.id);
    if (r.added) {
      await audit(tx, ctx, {
        action: 'event_guest.attendees_synced',
        entityType: 'event',
        entityId: eventId,
        propertyId: event.propertyId,
        meta: r,
      });
      await guestsChanged(tx, event);
    }
    return r;
  });
}
