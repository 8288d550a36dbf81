/**
 * Invitations and reminders (M13): drafts become invited and get their personal link by SMS (and e-mail when they
 * have one); invited guests who have not answered are reminded once per round (events.inviteReminderDays) until
 * registration closes — by the hourly job or the "remind now" button.
 */
import QRCode from 'qrcode';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { errors } from '../../../lib/errors.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import { systemCtx, type Ctx } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { sendOutside } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import type { EventRow } from '../event/event.repository.ts';
import { localDay, timeZoneOf } from '../events.shared.ts';
import * as repo from './guests.repository.ts';
import { closesOn, registrationOpen, reminderDue } from './guests.rules.ts';
import { guestsChanged } from './guests.service.ts';

export const linkOf = (origin: string | undefined, token: string) => `${origin ?? ''}/e/${token}`;

export async function invite(ctx: Ctx, eventId: string, ids: string[] | undefined, origin: string | undefined) {
  const { event } = await openForChange(ctx, eventId, 'work');
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.markInvited(tx, eventId, ids ?? null, ctx.now());
    let sms = 0;
    let email = 0;
    for (const g of rows) {
      const message = {
        key: 'event.invitation' as const,
        params: { event: event.name, name: g.name, startsOn: event.startsOn, endsOn: event.endsOn, link: linkOf(origin, g.inviteToken) },
      };
      if (g.phone) {
        await sendOutside(tx, { propertyId: event.propertyId, channel: 'sms', recipient: g.phone, message });
        sms++;
      }
      if (g.email) {
        await sendOutside(tx, { propertyId: event.propertyId, channel: 'email', recipient: g.email, message });
        email++;
      }
    }
    if (rows.length) {
      await audit(tx, ctx, {
        action: 'event_guest.invited',
        entityType: 'event',
        entityId: eventId,
        propertyId: event.propertyId,
        meta: { guests: rows.length, sms, email },
      });
      await guestsChanged(tx, event);
    }
    return { invited: rows.length, sms, email };
  });
}

/** Reminds the event's invited, unanswered guests that are due (or all of them when `now` is the staff's button). */
async function remindEvent(tx: DbOrTx, ctx: Ctx, e: EventRow, guests: repo.GuestRow[], all: boolean, origin: string | undefined) {
  const s = await effectiveSettings(tx, e.propertyId);
  const tz = await timeZoneOf(tx, e.propertyId);
  const today = localDay(ctx.now(), tz);
  const closeDays = s['events.registrationCloseDays'];
  const open = registrationOpen(today, e.startsOn, closeDays);
  if (!open) return 0;
  const closes = closesOn(e.startsOn, closeDays);
  let n = 0;
  for (const g of guests) {
    if (
      !all &&
      !reminderDue(
        { invitedOn: localDay(g.invitedAt ?? ctx.now(), tz), reminders: g.reminders },
        today,
        s['events.inviteReminderDays'],
        open,
      )
    )
      continue;
    // Once per round: the guarded update lets one run (of several) win.
    if (!(await repo.markReminded(tx, g.id, g.reminders, ctx.now()))) continue;
    const message = {
      key: 'event.invitation_reminder' as const,
      params: { event: e.name, name: g.name, closesOn: closes, link: linkOf(origin, g.inviteToken) },
    };
    if (g.phone) await sendOutside(tx, { propertyId: e.propertyId, channel: 'sms', recipient: g.phone, message });
    else if (g.email) await sendOutside(tx, { propertyId: e.propertyId, channel: 'email', recipient: g.email, message });
    n++;
  }
  if (n) {
    await audit(tx, ctx, {
      action: 'event_guest.reminded',
      entityType: 'event',
      entityId: e.id,
      propertyId: e.propertyId,
      meta: { guests: n, manual: all },
    });
    await guestsChanged(tx, e);
  }
  return n;
}

/** The "remind now" button: every invited guest who has not answered, one more reminder. */
export async function remindNow(ctx: Ctx, eventId: string, origin: string | undefined) {
  const { event } = await openForChange(ctx, eventId, 'work');
  const rows = (await repo.unanswered(ctx.db, eventId)).map((r) => r.g);
  const reminded = await ctx.db.transaction((tx) => remindEvent(tx, ctx, event, rows, true, origin));
  return { reminded };
}

export const REMIND_SCAN = 'events.guest_reminders';

/** The job: each event's due reminders, one transaction per event. */
export async function remindDue(db: Db, now: Date, origin: string | undefined) {
  const rows = await repo.unanswered(db);
  const byEvent = new Map<string, { e: EventRow; guests: repo.GuestRow[] }>();
  for (const r of rows) (byEvent.get(r.e.id) ?? byEvent.set(r.e.id, { e: r.e, guests: [] }).get(r.e.id)!).guests.push(r.g);
  let total = 0;
  for (const { e, guests } of byEvent.values())
    total += await db.transaction((tx) => remindEvent(tx, systemCtx(tx, now), e, guests, false, origin));
  return total;
}

/** A guest's personal link and its QR code (to print on the invitation card or show on a phone). */
export async function personalCode(ctx: Ctx, eventId: string, guestId: string, origin: string | undefined) {
  await openEvent(ctx, eventId, 'work');
  const g = await repo.findGuest(ctx.db, eventId, guestId);
  if (!g) throw errors.notFound('guest');
  const link = linkOf(origin, g.inviteToken);
  return { link, pngDataUrl: await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 1, width: 320 }) };
}
