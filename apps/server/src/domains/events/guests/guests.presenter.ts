/** How a guest is shown to the staff (explicit fields; the ID number masked unless revealed). */
import type { GuestRow as Out } from '@hy/contracts';
import type { GuestRow } from './guests.repository.ts';
import { maskId } from './guests.rules.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentGuest(g: GuestRow, reveal: boolean): Out {
  return {
    id: g.id,
    kind: g.kind,
    name: g.name,
    organization: g.organization,
    title: g.title,
    gender: g.gender,
    phone: g.phone,
    email: g.email,
    idNo: reveal ? g.idNo : maskId(g.idNo),
    idNoMasked: !reveal && !!g.idNo,
    vip: g.vip,
    rsvp: g.rsvp,
    invitedAt: iso(g.invitedAt),
    reminders: g.reminders,
    remindedAt: iso(g.remindedAt),
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
    companions: g.companions.map((c) => ({ name: c.name, relation: c.relation ?? '' })),
    attendDays: g.attendDays,
    sessionIds: g.sessionIds,
    meals: g.meals,
    notes: g.notes,
    inviteToken: g.inviteToken,
  };
}
