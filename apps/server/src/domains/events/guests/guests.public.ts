/**
 * The guest's own page (M13), no account: the personal link's token is the key and opens exactly one guest — a wrong
 * token is 404, and nothing of another guest is ever shown. The guest registers (days, sessions, meals, arrival and
 * departure, dietary, hotel wish, ID for check-in, companions) or declines until registration closes.
 */
import { CHOOSABLE_SESSION_KINDS, type RegistrationBody } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { findEvent } from '../event/event.repository.ts';
import { daysOf, localDay, refused, timeZoneOf } from '../events.shared.ts';
import { roomOf } from '../hotels/hotels.guest.ts';
import { sessionsOf } from '../programme/programme.sessions.ts';
import { transfersOf } from '../transport/transport.guest.ts';
import * as repo from './guests.repository.ts';
import { maskId, registrationProblem } from './guests.rules.ts';
import { closeDayOf, guestsChanged, safe } from './guests.service.ts';
import { syncGuests } from './guests.sync.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const MEALS = ['lunch', 'dinner'] as const;

/** The guest behind a token and their event; 404 for a wrong token, a guest not (or no longer) invited, a closed event. */
async function open(ctx: Ctx, token: string) {
  const g = await repo.findByToken(ctx.db, token);
  if (!g || g.rsvp === 'draft' || g.rsvp === 'cancelled') throw errors.notFound('registration');
  const e = await findEvent(ctx.db, g.eventId);
  if (!e || e.status === 'cancelled' || e.status === 'closed') throw errors.notFound('registration');
  const closes = await closeDayOf(ctx.db, e);
  const today = localDay(ctx.now(), await timeZoneOf(ctx.db, e.propertyId));
  return { g, e, closes, open: today <= closes };
}

const choosable = async (ctx: Ctx, eventId: string) =>
  (await sessionsOf(ctx.db, eventId)).filter((s) => (CHOOSABLE_SESSION_KINDS as readonly string[]).includes(s.kind));

export async function publicRegistration(ctx: Ctx, token: string) {
  const { g, e, closes, open: isOpen } = await open(ctx, token);
  const days = daysOf(e.startsOn, e.endsOn);
  return {
    event: { name: e.name, hostUnit: e.hostUnit, startsOn: e.startsOn, endsOn: e.endsOn, place: await repo.placeOf(ctx.db, e.id), days },
    guest: {
      name: g.name,
      organization: g.organization,
      title: g.title,
      kind: g.kind,
      rsvp: g.rsvp,
      registeredAt: iso(g.registeredAt),
      arrivalAt: iso(g.arrivalAt),
      arrivalMode: g.arrivalMode,
      arrivalRef: g.arrivalRef,
      arrivalStation: g.arrivalStation,
      departureAt: iso(g.departureAt),
      departureMode: g.departureMode,
      departureRef: g.departureRef,
      departureStation: g.departureStation,
      dietary: g.dietary,
      dietaryNote: g.dietaryNote,
      hotelWish: g.hotelWish,
      roomShare: g.roomShare,
      idNo: maskId(g.idNo),
      phone: g.phone,
      companions: g.companions.map((c) => ({ name: c.name, relation: c.relation ?? '' })),
      attendDays: g.attendDays,
      sessionIds: g.sessionIds,
      meals: g.meals,
    },
    sessions: (await choosable(ctx, e.id)).map((s) => ({
      id: s.id,
      kind: s.kind,
      title: s.title,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      place: s.place,
    })),
    meals: days.flatMap((d) => MEALS.map((m) => `${d}:${m}`)),
    closesOn: closes,
    open: isOpen,
    room: await roomOf(ctx.db, g.id),
    transfers: await transfersOf(ctx.db, g.id),
  };
}

export async function register(ctx: Ctx, token: string, input: RegistrationBody) {
  const { g, e, open: isOpen } = await open(ctx, token);
  if (!isOpen) throw refused(ctx, 'registration_closed');
  const now = ctx.now();
  let patch: Partial<repo.GuestWrite>;
  if (input.answer === 'decline') {
    patch = { rsvp: 'declined', registeredAt: null, notes: input.note ?? g.notes };
  } else {
    const problem = registrationProblem({
      days: daysOf(e.startsOn, e.endsOn),
      attendDays: input.attendDays,
      meals: input.meals,
      sessionIds: input.sessionIds,
      choosable: await choosable(ctx, e.id),
      arrivalAt: input.arrival?.at ?? null,
      departureAt: input.departure?.at ?? null,
      arrivalMode: input.arrival?.mode ?? null,
      departureMode: input.departure?.mode ?? null,
    });
    if (problem) throw refused(ctx, problem[0], problem[1]);
    const travel = (t: typeof input.arrival) => ({
      at: t?.at ? new Date(t.at) : null,
      mode: t?.mode ?? null,
      ref: t?.ref ?? null,
      station: t?.station ?? null,
    });
    const a = travel(input.arrival);
    const d = travel(input.departure);
    patch = {
      rsvp: 'registered',
      registeredAt: g.registeredAt ?? now,
      attendDays: [...new Set(input.attendDays)].sort(),
      sessionIds: [...new Set(input.sessionIds)],
      meals: [...new Set(input.meals)].sort(),
      arrivalAt: a.at,
      arrivalMode: a.mode,
      arrivalRef: a.ref,
      arrivalStation: a.station,
      departureAt: d.at,
      departureMode: d.mode,
      departureRef: d.ref,
      departureStation: d.station,
      dietary: input.dietary,
      dietaryNote: input.dietaryNote,
      hotelWish: input.hotelWish,
      roomShare: input.roomShare,
      companions: input.companions.map((c) => ({ name: c.name, relation: c.relation })),
      // The ID number is kept when the guest leaves the (masked) field as it was.
      ...(input.idNo && !input.idNo.includes('*') ? { idNo: input.idNo } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
      notes: input.note ?? g.notes,
    };
  }
  await ctx.db.transaction(async (tx) => {
    const after = await repo.updateGuest(tx, g.id, patch, now);
    await audit(tx, ctx, {
      action:
        input.answer === 'decline'
          ? 'event_guest.declined'
          : g.rsvp === 'registered'
            ? 'event_guest.registration_changed'
            : 'event_guest.registered',
      entityType: 'event_guest',
      entityId: g.id,
      propertyId: g.propertyId,
      before: safe(g),
      after: safe(after!),
    });
    await syncGuests(tx, e.id, [after!], null);
    await guestsChanged(tx, e);
  });
  return publicRegistration(ctx, token);
}
