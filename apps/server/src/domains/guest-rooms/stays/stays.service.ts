/**
 * Stays (T6): check-in of a host unit's guests into vacant-clean rooms of one type — each room taken by a
 * guarded update, so of two check-ins of one room one gets 409 room_not_available — with keys issued and linen
 * counted out per room and the 交接本 note; check-out of every room at once: keys back (a key not back needs
 * its outcome and note), linen counted back (missing pieces flagged), the rooms vacant dirty for inspection.
 */
import type { StayCheckIn, StayCheckOut, StayQuery } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { localDay, refused, timeZoneOf } from '../guest-rooms.shared.ts';
import { countBackFromRoom, countOutToRoom } from '../linen/linen.service.ts';
import { nonZero } from '../linen/linen.rules.ts';
import * as rooms from '../rooms/rooms.repository.ts';
import * as repo from './stays.repository.ts';
import { presentStay } from './stays.presenter.ts';
import { availabilityRefusal, keyOutcome, registerRangeOk } from './stays.rules.ts';

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const s = await repo.findStay(ctx.db, id);
  if (!s || !memberProperties(actor).includes(s.propertyId) || !can(actor, s.propertyId, 'guestrooms.read')) throw errors.notFound('stay');
  return { actor, s };
}

export async function getStay(ctx: Ctx, id: string) {
  const { actor, s } = await load(ctx, id);
  return presentStay(actor, s, await repo.roomsOf(ctx.db, [s.id]));
}

export async function listStays(ctx: Ctx, q: StayQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'guestrooms.read');
  const rows = await repo.listStays(ctx.db, { ...q, after: cursorOf(q, 2) ?? undefined, limit: q.limit + 1 });
  const lines = await repo.roomsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return page(
    rows,
    q.limit,
    (r) => [r.checkedInAt.toISOString(), r.id],
    (r) =>
      presentStay(
        actor,
        r,
        lines.filter((l) => l.stayId === r.id),
      ),
  );
}

export async function checkIn(
  ctx: Ctx,
  input: Omit<StayCheckIn, 'keysPerRoom' | 'linenPerRoom'> & { keysPerRoom: number; linenPerRoom: Record<string, number> },
) {
  const actor = requireActor(ctx);
  const pid = input.propertyId;
  authorize(actor, pid, 'guestrooms.manage');
  const now = ctx.now();
  const tz = await timeZoneOf(ctx.db, pid);
  if (input.plannedCheckOutOn < localDay(now, tz)) throw refused(ctx, 'stay_checkout_before_checkin', 'plannedCheckOutOn');
  const ids = [...new Set(input.roomIds)];
  const found = await rooms.roomsIn(ctx.db, pid, ids);
  if (found.length !== ids.length) throw errors.field('roomIds', say(ctx, '房间不存在', 'Unknown room'), 'unknown_room');
  for (const r of found) {
    const why = availabilityRefusal(r, input.roomType);
    if (why) throw refused(ctx, why, 'roomIds');
  }
  const linen = nonZero(input.linenPerRoom);
  const id = await ctx.db.transaction(async (tx) => {
    const s = await repo.insertStay(tx, {
      propertyId: pid,
      hostUnit: input.hostUnit,
      guests: input.guests,
      contactPhone: input.contactPhone ?? null,
      roomType: input.roomType,
      roomCount: ids.length,
      state: 'in_house',
      checkedInAt: now,
      plannedCheckOutOn: input.plannedCheckOutOn,
      handoverNote: input.handoverNote ?? null,
      createdBy: actor.id,
      createdByName: actor.displayName,
      createdAt: now,
    });
    for (const r of found) {
      if (!(await rooms.moveRoom(tx, r.id, ['vacant_clean'], 'occupied', null, now))) throw refused(ctx, 'room_not_available', 'roomIds');
      await countOutToRoom(tx, ctx, pid, linen);
    }
    await repo.insertStayRooms(
      tx,
      found.map((r) => ({
        propertyId: pid,
        stayId: s.id,
        roomId: r.id,
        keysIssued: input.keysPerRoom,
        linenOut: linen as Record<string, number>,
        checkedInAt: now,
      })),
    );
    await audit(tx, ctx, {
      action: 'guest_stay.checked_in',
      entityType: 'guest_stay',
      entityId: s.id,
      propertyId: pid,
      before: null,
      after: { ...s, rooms: found.map((r) => r.number), keysPerRoom: input.keysPerRoom, linen },
    });
    return s.id;
  });
  return getStay(ctx, id);
}

export async function checkOut(
  ctx: Ctx,
  id: string,
  input: Omit<StayCheckOut, 'rooms'> & {
    rooms: {
      roomId: string;
      keysReturned: number;
      keyOutcome?: 'lost_charged' | 'lost_reported';
      keyNote?: string | null;
      linenBack: Record<string, number>;
    }[];
  },
) {
  const { actor, s } = await load(ctx, id);
  authorize(actor, s.propertyId, 'guestrooms.manage');
  if (s.state !== 'in_house') throw refused(ctx, 'stay_not_in_house');
  const lines = await repo.roomsOf(ctx.db, [id]);
  const given = new Map(input.rooms.map((r) => [r.roomId, r]));
  if (given.size !== lines.length || lines.some((l) => !given.has(l.roomId))) throw refused(ctx, 'stay_rooms_mismatch', 'rooms');
  const outcomes = lines.map((l) => {
    const g = given.get(l.roomId)!;
    const k = keyOutcome(l.keysIssued, g.keysReturned, g.keyOutcome, g.keyNote);
    if ('refusal' in k) throw refused(ctx, k.refusal, `rooms.${input.rooms.indexOf(g)}.keysReturned`);
    return { l, g, outcome: k.outcome };
  });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.closeStay(tx, id, now, input.note ?? null))) throw refused(ctx, 'stay_not_in_house');
    for (const { l, g, outcome } of outcomes) {
      const lost = await countBackFromRoom(tx, ctx, s.propertyId, l.linenOut, nonZero(g.linenBack));
      await repo.closeStayRoom(tx, l.id, {
        keysReturned: g.keysReturned,
        keyOutcome: outcome,
        keyNote: g.keyNote ?? null,
        linenBack: nonZero(g.linenBack) as Record<string, number>,
        linenMissing: lost,
        checkedOutAt: now,
      });
      await rooms.moveRoom(tx, l.roomId, ['occupied'], 'vacant_dirty', null, now);
    }
    await audit(tx, ctx, {
      action: 'guest_stay.checked_out',
      entityType: 'guest_stay',
      entityId: id,
      propertyId: s.propertyId,
      before: s,
      after: {
        state: 'checked_out',
        rooms: outcomes.map((o) => ({ room: o.l.number, keys: o.outcome, keyNote: o.g.keyNote ?? null, linenBack: o.g.linenBack })),
      },
    });
  });
  return getStay(ctx, id);
}

/** The stays register of a period (stays in house on any of its days), oldest first. */
export async function register(ctx: Ctx, q: { propertyId: string; from: string; to: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'guestrooms.read');
  if (!registerRangeOk(q.from, q.to)) throw refused(ctx, 'stay_register_range', 'to');
  const tz = await timeZoneOf(ctx.db, q.propertyId);
  const rows = await repo.staysBetween(ctx.db, q.propertyId, dayjs.tz(q.from, tz).toDate(), dayjs.tz(q.to, tz).add(1, 'day').toDate());
  const lines = await repo.roomsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    from: q.from,
    to: q.to,
    tz,
    data: rows.map((r) =>
      presentStay(
        actor,
        r,
        lines.filter((l) => l.stayId === r.id),
      ),
    ),
  };
}

/** The key register: a line per room of a stay, latest first; keys out now and keys lost. */
export async function keys(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'guestrooms.read');
  const rows = await repo.keyLines(ctx.db, propertyId);
  const data = rows.map((r) => ({
    stayId: r.l.stayId,
    hostUnit: r.hostUnit,
    guests: r.guests,
    number: r.number,
    keysIssued: r.l.keysIssued,
    issuedAt: r.l.checkedInAt.toISOString(),
    keysReturned: r.l.keysReturned,
    keyOutcome: r.l.keyOutcome,
    keyNote: r.l.keyNote,
    returnedAt: r.l.checkedOutAt?.toISOString() ?? null,
  }));
  return {
    data,
    out: data.filter((d) => d.keysReturned === null).reduce((n, d) => n + d.keysIssued, 0),
    lost: data.filter((d) => d.keysReturned !== null).reduce((n, d) => n + d.keysIssued - d.keysReturned!, 0),
  };
}
