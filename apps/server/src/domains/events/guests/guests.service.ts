/**
 * The guest list of an event (M13) as the 文秘信息组 keeps it: listed with filters, added, edited, removed while a
 * draft; ID numbers masked except for the inner circle (who reveal them on purpose, audited); the live counts.
 */
import type { GuestCreate, GuestPatch } from '@hy/contracts';
import { randomBytes } from 'node:crypto';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import type { EventRow } from '../event/event.repository.ts';
import { refused } from '../events.shared.ts';
import { sessionNotices, sessionsOf } from '../programme/programme.sessions.ts';
import { guestFigures } from './guests.figures.ts';
import { presentGuest } from './guests.presenter.ts';
import * as repo from './guests.repository.ts';
import { closesOn, invitationText } from './guests.rules.ts';

export const newToken = () => randomBytes(18).toString('base64url');

/** Every write of guests tells the event page (and the counts) to refresh. */
export const guestsChanged = (tx: DbOrTx, e: { id: string; propertyId: string }) =>
  publish(tx, { type: 'event', topic: 'event.guests', propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

export async function listGuests(ctx: Ctx, eventId: string, q: repo.GuestFilter & { reveal?: string }) {
  const { event, access } = await openEvent(ctx, eventId, 'work');
  const reveal = q.reveal === 'true';
  if (reveal && !access.inner) throw errors.forbidden();
  const rows = await repo.listGuests(ctx.db, eventId, q);
  if (reveal && rows.some((r) => r.idNo))
    await audit(ctx.db, ctx, {
      action: 'event_guest.id_revealed',
      entityType: 'event',
      entityId: eventId,
      propertyId: event.propertyId,
      meta: { guests: rows.filter((r) => r.idNo).length },
    });
  return { event, data: rows.map((r) => presentGuest(r, reveal)), total: rows.length };
}

export async function addGuest(ctx: Ctx, eventId: string, input: GuestCreate) {
  const { event } = await openForChange(ctx, eventId, 'work');
  const keys = await repo.keysOf(ctx.db, eventId);
  if (keys.has(`${input.name}|${input.phone ?? ''}`)) throw refused(ctx, 'guest_exists', 'name');
  return ctx.db.transaction(async (tx) => {
    const [g] = await repo.insertGuests(tx, [{ ...input, eventId, propertyId: event.propertyId, inviteToken: newToken() }]);
    await audit(tx, ctx, {
      action: 'event_guest.added',
      entityType: 'event_guest',
      entityId: g!.id,
      propertyId: event.propertyId,
      after: safe(g!),
    });
    await guestsChanged(tx, event);
    return presentGuest(g!, false);
  });
}

export async function patchGuest(ctx: Ctx, eventId: string, id: string, input: GuestPatch) {
  const { event, access } = await openForChange(ctx, eventId, 'work');
  const g = await repo.findGuest(ctx.db, eventId, id);
  if (!g) throw errors.notFound('guest');
  if (input.idNo !== undefined && !access.inner) throw errors.forbidden();
  return ctx.db.transaction(async (tx) => {
    const after = await repo.updateGuest(tx, id, input, ctx.now());
    await audit(tx, ctx, {
      action: 'event_guest.updated',
      entityType: 'event_guest',
      entityId: id,
      propertyId: event.propertyId,
      before: safe(g),
      after: safe(after!),
    });
    await guestsChanged(tx, event);
    return presentGuest(after!, false);
  });
}

export async function removeGuest(ctx: Ctx, eventId: string, id: string) {
  const { event } = await openForChange(ctx, eventId, 'work');
  const g = await repo.findGuest(ctx.db, eventId, id);
  if (!g) throw errors.notFound('guest');
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deleteDraft(tx, id))) throw refused(ctx, 'guest_not_draft');
    await audit(tx, ctx, {
      action: 'event_guest.removed',
      entityType: 'event_guest',
      entityId: id,
      propertyId: event.propertyId,
      before: safe(g),
    });
    await guestsChanged(tx, event);
  });
}

/** What the audit keeps of a guest: never the ID number. */
export const safe = (g: repo.GuestRow) => ({ ...g, idNo: g.idNo ? '***' : null, inviteToken: undefined });

/** The registration closes this many days before the first day (setting events.registrationCloseDays). */
export async function closeDayOf(db: DbOrTx, e: Pick<EventRow, 'propertyId' | 'startsOn'>) {
  return closesOn(e.startsOn, (await effectiveSettings(db, e.propertyId))['events.registrationCloseDays']);
}

export async function guestCounts(ctx: Ctx, eventId: string) {
  const { event } = await openEvent(ctx, eventId, 'work');
  const figures = await guestFigures(ctx.db, eventId);
  const sessions = await sessionsOf(ctx.db, eventId);
  const notices = new Map((await sessionNotices(ctx.db, eventId)).map((n) => [n.sessionId, n.noticeId]));
  const counts = await repo.signInCounts(ctx.db, [...notices.values()]);
  const closes = await closeDayOf(ctx.db, event);
  const place = await repo.placeOf(ctx.db, eventId);
  return {
    ...figures,
    sessions: sessions.map((s) => {
      const noticeId = notices.get(s.id) ?? null;
      const c = noticeId ? (counts.get(noticeId) ?? { total: 0, signedIn: 0 }) : null;
      return {
        id: s.id,
        title: s.title,
        kind: s.kind,
        startsAt: s.startsAt.toISOString(),
        registered: figures.perSession[s.id] ?? 0,
        attendees: c?.total ?? null,
        signedIn: c?.signedIn ?? null,
        noticeId,
      };
    }),
    invitation: invitationText({ ...event, place }, closes),
    closesOn: closes,
  };
}
