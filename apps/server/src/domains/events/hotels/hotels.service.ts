/**
 * The event's hotels (M13): the hotels and their contracted blocks (one request for a range of nights), and the
 * rooming view the tab shows — blocks as used/contracted, rooms, guests still to room, the change log, the flags.
 * Rooms are assigned, moved and cancelled in ./hotels.rooms.ts; the plan and the check-in list in ./hotels.plan.ts.
 */
import type { BlockInput, HotelInput } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { sqlState } from '../../../db/client.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import { daysOf, localDay, refused, timeZoneOf } from '../events.shared.ts';
import * as repo from './hotels.repository.ts';
import { flagsOf, presentGuest, presentHotel, presentRoom } from './hotels.presenter.ts';
import { published, stayOf } from './hotels.shared.ts';

export { assignMany } from './hotels.rooms.ts';

export async function rooming(ctx: Ctx, eventId: string) {
  const { event: e, access } = await openEvent(ctx, eventId);
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const warn = (await effectiveSettings(ctx.db, e.propertyId))['events.roomReleaseWarnDays'];
  const today = localDay(ctx.now(), tz);
  const [hotels, blocks, rooms, unroomed, changes, last] = await Promise.all([
    repo.hotelsOf(ctx.db, eventId),
    repo.blocksOf(ctx.db, eventId),
    repo.roomsOf(ctx.db, eventId),
    repo.unroomedGuests(ctx.db, eventId),
    repo.changesOf(ctx.db, eventId),
    repo.lastChanges(ctx.db, eventId),
  ]);
  const guests = new Map((await repo.guestsByIds(ctx.db, eventId, [...new Set(rooms.flatMap((r) => r.guestIds))])).map((g) => [g.id, g]));
  const hs = hotels.map((h) => {
    const bs = blocks.filter((b) => b.hotelId === h.id);
    return { ...presentHotel(h, last.get(h.id)), blocks: bs, flags: flagsOf(h, bs, today, warn) };
  });
  return {
    hotels: hs,
    rooms: rooms.map((r) => presentRoom(r, guests, access.inner)),
    unroomed: unroomed.map((g) => {
      const s = stayOf(g, e, tz);
      return { ...presentGuest(g, access.inner), roomShare: g.roomShare as 'any', checkInOn: s.checkIn, checkOutOn: s.checkOut };
    }),
    changes: changes.map((c) => ({ id: c.id, hotelId: c.hotelId, action: c.action, summary: c.summary, actorName: c.actorName, at: c.at })),
    flags: hs.flatMap((h) => h.flags),
    roomNights: blocks.reduce((s, b) => s + b.used, 0),
  };
}

async function hotelOf(ctx: Ctx, eventId: string, hotelId: string) {
  const h = await repo.findHotel(ctx.db, eventId, hotelId);
  if (!h) throw errors.notFound('hotel');
  return h;
}

export async function addHotel(ctx: Ctx, eventId: string, input: HotelInput) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const count = (await repo.hotelsOf(ctx.db, eventId)).length;
  return ctx.db.transaction(async (tx) => {
    const h = await repo
      .insertHotel(tx, { ...input, eventId, propertyId: e.propertyId, sort: count, createdAt: ctx.now(), updatedAt: ctx.now() })
      .catch((err) => {
        throw sqlState(err) === '23505' ? refused(ctx, 'hotel_exists', 'name') : err;
      });
    await audit(tx, ctx, {
      action: 'event.hotel_added',
      entityType: 'event_hotel',
      entityId: h.id,
      propertyId: e.propertyId,
      before: null,
      after: h,
    });
    await published(tx, e);
    return { id: h.id };
  });
}

export async function patchHotel(ctx: Ctx, eventId: string, hotelId: string, input: Partial<HotelInput>) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const before = await hotelOf(ctx, eventId, hotelId);
  return ctx.db.transaction(async (tx) => {
    const h = await repo.updateHotel(tx, hotelId, { ...input, updatedAt: ctx.now() }).catch((err) => {
      throw sqlState(err) === '23505' ? refused(ctx, 'hotel_exists', 'name') : err;
    });
    await audit(tx, ctx, {
      action: 'event.hotel_changed',
      entityType: 'event_hotel',
      entityId: h.id,
      propertyId: e.propertyId,
      before,
      after: h,
    });
    await published(tx, e);
    return { id: h.id };
  });
}

export async function removeHotel(ctx: Ctx, eventId: string, hotelId: string) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const before = await hotelOf(ctx, eventId, hotelId);
  if ((await repo.roomsOf(ctx.db, eventId, hotelId)).length) throw refused(ctx, 'hotel_has_rooms');
  await ctx.db.transaction(async (tx) => {
    await repo.deleteHotel(tx, hotelId);
    await audit(tx, ctx, {
      action: 'event.hotel_removed',
      entityType: 'event_hotel',
      entityId: hotelId,
      propertyId: e.propertyId,
      before,
      after: null,
    });
    await published(tx, e);
  });
}

/** Contracts rooms of one type for every night `from`…`to` at one price and release date (one request, one transaction). */
export async function putBlocks(ctx: Ctx, eventId: string, hotelId: string, input: BlockInput) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const h = await hotelOf(ctx, eventId, hotelId);
  if (input.to < input.from) throw refused(ctx, 'block_dates_reversed', 'to');
  const nights = daysOf(input.from, input.to);
  const rows = nights.map((night) => ({
    eventId,
    hotelId,
    roomType: input.roomType,
    night,
    rooms: input.rooms,
    priceFen: input.priceFen,
    releaseOn: input.releaseOn,
  }));
  return ctx.db.transaction(async (tx) => {
    const saved = await repo.upsertBlocks(tx, rows).catch((err) => {
      throw sqlState(err) === '23514' ? refused(ctx, 'room_block_below_used', 'rooms') : err;
    });
    await audit(tx, ctx, {
      action: 'event.room_block_set',
      entityType: 'event_hotel',
      entityId: h.id,
      propertyId: e.propertyId,
      before: null,
      after: { hotel: h.name, ...input },
    });
    await published(tx, e);
    return { blocks: saved };
  });
}
