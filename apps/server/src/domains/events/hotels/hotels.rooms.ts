/**
 * Rooming (宾客入住计划): a room for one or two guests at a hotel over their nights, taking one room of the block on
 * every night (the guarded counter refuses over-booking: 409 room_block_full naming the night), each guest night
 * unique (409 guest_already_roomed); moves and cancellations give the rooms back. Auto-assign plans all unroomed
 * guests by the rules and writes the plan in one transaction. Every change audited and logged (变更记录).
 */
import type { AutoResult, RoomAssign, RoomMove, HotelRoomType } from '@hy/contracts';
import { requireActor, type Ctx } from '../../../lib/context.ts';
import { sqlState, type DbOrTx } from '../../../db/client.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { openForChange } from '../event/event.access.ts';
import type { EventRow } from '../event/event.repository.ts';
import { refused, timeZoneOf } from '../events.shared.ts';
import * as repo from './hotels.repository.ts';
import { occupantOf, ROOM_TYPE_ZH } from './hotels.presenter.ts';
import { nightsOf, planRooming, roomProblem } from './hotels.rules.ts';
import { published, stayOf } from './hotels.shared.ts';

interface Spec {
  hotelId: string;
  roomType: HotelRoomType;
  shared: boolean;
  roomNo: string | null;
  checkInOn: string;
  checkOutOn: string;
  guestIds: string[];
}

const md = (d: string) => d.slice(5);
const describe = (names: string[], hotel: string, s: Spec) =>
  `${names.join('、')} → ${hotel} ${ROOM_TYPE_ZH[s.roomType]}${s.roomNo ? ` ${s.roomNo}` : ''} ${md(s.checkInOn)}～${md(s.checkOutOn)}`;

/** Checks the guests and the rules, then takes the rooms and the guest nights (inside `tx`). */
async function place(tx: DbOrTx, ctx: Ctx, e: EventRow, roomId: string, s: Spec) {
  if (s.checkOutOn <= s.checkInOn) throw refused(ctx, 'room_dates_reversed', 'checkOutOn');
  const hotel = await repo.findHotel(tx, e.id, s.hotelId);
  if (!hotel) throw errors.notFound('hotel');
  const guests = await repo.guestsByIds(tx, e.id, s.guestIds);
  if (guests.length !== new Set(s.guestIds).size) throw errors.notFound('guest');
  if (guests.some((g) => g.rsvp !== 'registered' || g.hotelWish !== 'needed')) throw refused(ctx, 'room_guest_not_registered', 'guestIds');
  const problem = roomProblem(s.roomType, s.shared, guests.map(occupantOf));
  if (problem) throw refused(ctx, problem, 'guestIds');
  const nights = nightsOf(s.checkInOn, s.checkOutOn);
  for (const night of nights) {
    const r = await repo.takeRooms(tx, s.hotelId, s.roomType, night, 1);
    if (r !== 'ok') throw refused(ctx, r === 'full' ? 'room_block_full' : 'room_block_missing', 'roomType', { night });
  }
  await repo
    .insertGuestNights(
      tx,
      guests.flatMap((g) => nights.map((night) => ({ roomId, eventId: e.id, guestId: g.id, night }))),
    )
    .catch((err) => {
      throw sqlState(err) === '23505' ? refused(ctx, 'guest_already_roomed', 'guestIds') : err;
    });
  return { hotel, names: guests.map((g) => g.name) };
}

const changeRow = (
  ctx: Ctx,
  e: EventRow,
  hotelId: string,
  roomId: string,
  action: 'assigned' | 'moved' | 'cancelled',
  summary: string,
) => ({
  eventId: e.id,
  hotelId,
  roomId,
  action,
  summary,
  actorId: ctx.actor?.id ?? null,
  actorName: ctx.actor?.displayName ?? null,
  at: ctx.now(),
});

export async function assignRoom(ctx: Ctx, eventId: string, input: RoomAssign) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const first = (await repo.guestsByIds(ctx.db, eventId, input.guestIds.slice(0, 1)))[0];
  const stay = first ? stayOf(first, e, tz) : { checkIn: e.startsOn, checkOut: e.endsOn };
  const s: Spec = {
    hotelId: input.hotelId,
    roomType: input.roomType,
    shared: input.shared ?? false,
    roomNo: input.roomNo ?? null,
    checkInOn: input.checkInOn ?? stay.checkIn,
    checkOutOn: input.checkOutOn ?? stay.checkOut,
    guestIds: input.guestIds,
  };
  if (s.checkOutOn <= s.checkInOn) throw refused(ctx, 'room_dates_reversed', 'checkOutOn');
  return ctx.db.transaction(async (tx) => {
    const [room] = await repo.insertRooms(tx, [
      {
        eventId,
        hotelId: s.hotelId,
        roomType: s.roomType,
        shared: s.shared,
        roomNo: s.roomNo,
        checkInOn: s.checkInOn,
        checkOutOn: s.checkOutOn,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      },
    ]);
    const { hotel, names } = await place(tx, ctx, e, room!.id, s);
    await repo.insertChanges(tx, [changeRow(ctx, e, hotel.id, room!.id, 'assigned', describe(names, hotel.name, s))]);
    await audit(tx, ctx, {
      action: 'event.room_assigned',
      entityType: 'event_room',
      entityId: room!.id,
      propertyId: e.propertyId,
      before: null,
      after: { ...s, names },
    });
    await published(tx, e);
    return { id: room!.id };
  });
}

export async function moveRoom(ctx: Ctx, eventId: string, roomId: string, input: RoomMove) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  return ctx.db.transaction(async (tx) => {
    const r = await repo.findRoom(tx, eventId, roomId);
    if (!r) throw errors.notFound('room');
    const old = (await repo.roomsOf(tx, eventId, r.hotelId)).find((x) => x.id === roomId)!;
    const before: Spec = {
      hotelId: r.hotelId,
      roomType: r.roomType,
      shared: r.shared,
      roomNo: r.roomNo,
      checkInOn: r.checkInOn,
      checkOutOn: r.checkOutOn,
      guestIds: old.guestIds,
    };
    const s: Spec = {
      hotelId: input.hotelId ?? before.hotelId,
      roomType: input.roomType ?? before.roomType,
      shared: input.shared ?? before.shared,
      roomNo: input.roomNo === undefined ? before.roomNo : input.roomNo,
      checkInOn: input.checkInOn ?? before.checkInOn,
      checkOutOn: input.checkOutOn ?? before.checkOutOn,
      guestIds: input.guestIds ?? before.guestIds,
    };
    await repo.giveBackRooms(tx, r.hotelId, r.roomType, nightsOf(r.checkInOn, r.checkOutOn));
    await repo.clearGuestNights(tx, roomId);
    const { hotel, names } = await place(tx, ctx, e, roomId, s);
    await repo.updateRoom(tx, roomId, {
      hotelId: s.hotelId,
      roomType: s.roomType,
      shared: s.shared,
      roomNo: s.roomNo,
      checkInOn: s.checkInOn,
      checkOutOn: s.checkOutOn,
      updatedAt: ctx.now(),
    });
    const text = describe(names, hotel.name, s);
    const rows = [changeRow(ctx, e, hotel.id, roomId, 'moved', text)];
    if (r.hotelId !== s.hotelId) rows.push(changeRow(ctx, e, r.hotelId, roomId, 'moved', text));
    await repo.insertChanges(tx, rows);
    await audit(tx, ctx, {
      action: 'event.room_moved',
      entityType: 'event_room',
      entityId: roomId,
      propertyId: e.propertyId,
      before: { ...before },
      after: { ...s, names },
    });
    await published(tx, e);
    return { id: roomId };
  });
}

export async function cancelRoom(ctx: Ctx, eventId: string, roomId: string) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  await ctx.db.transaction(async (tx) => {
    const r = await repo.findRoom(tx, eventId, roomId);
    if (!r) throw errors.notFound('room');
    const old = (await repo.roomsOf(tx, eventId, r.hotelId)).find((x) => x.id === roomId)!;
    const names = (await repo.guestsByIds(tx, eventId, old.guestIds)).map((g) => g.name);
    const hotel = (await repo.findHotel(tx, eventId, r.hotelId))!;
    await repo.giveBackRooms(tx, r.hotelId, r.roomType, nightsOf(r.checkInOn, r.checkOutOn));
    await repo.deleteRoom(tx, roomId);
    const s = { ...r, guestIds: old.guestIds };
    await repo.insertChanges(tx, [changeRow(ctx, e, r.hotelId, roomId, 'cancelled', `取消：${describe(names, hotel.name, s)}`)]);
    await audit(tx, ctx, {
      action: 'event.room_cancelled',
      entityType: 'event_room',
      entityId: roomId,
      propertyId: e.propertyId,
      before: { ...s, names },
      after: null,
    });
    await published(tx, e);
  });
}

/**
 * Rooms up to `n` unroomed registered guests who need a hotel, by the rules (VIPs alone first, then pairs), in one
 * transaction: every room of the plan or none (a block taken meanwhile: 409 room_block_full). The bench's entry.
 */
export async function assignMany(ctx: Ctx, eventId: string, n = Number.POSITIVE_INFINITY): Promise<AutoResult> {
  const actor = requireActor(ctx);
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const [hotels, blocks, all] = await Promise.all([
    repo.hotelsOf(ctx.db, eventId),
    repo.blocksOf(ctx.db, eventId),
    repo.unroomedGuests(ctx.db, eventId),
  ]);
  const guests = all.slice(0, Number.isFinite(n) ? n : undefined);
  const byId = new Map(guests.map((g) => [g.id, g]));
  const plan = planRooming(
    guests.map((g) => {
      const s = stayOf(g, e, tz);
      return { ...occupantOf(g), checkIn: s.checkIn, checkOut: s.checkOut };
    }),
    blocks.map((b) => ({ hotelId: b.hotelId, roomType: b.roomType, night: b.night, free: b.rooms - b.used })),
    hotels.map((h) => h.id),
  );
  const unplaced = plan.unplaced.map((u) => ({ ...u, name: byId.get(u.guestId)!.name }));
  if (!plan.rooms.length) return { placed: 0, rooms: 0, unplaced };
  const names = new Map(hotels.map((h) => [h.id, h.name]));
  await ctx.db.transaction(async (tx) => {
    const take = new Map<string, number>();
    for (const r of plan.rooms)
      for (const night of nightsOf(r.checkIn, r.checkOut)) {
        const k = `${r.hotelId}|${r.roomType}|${night}`;
        take.set(k, (take.get(k) ?? 0) + 1);
      }
    for (const [k, count] of take) {
      const [hotelId, roomType, night] = k.split('|') as [string, HotelRoomType, string];
      if ((await repo.takeRooms(tx, hotelId, roomType, night, count)) !== 'ok')
        throw refused(ctx, 'room_block_full', 'roomType', { night });
    }
    const inserted = await repo.insertRooms(
      tx,
      plan.rooms.map((r) => ({
        eventId,
        hotelId: r.hotelId,
        roomType: r.roomType,
        shared: r.shared,
        checkInOn: r.checkIn,
        checkOutOn: r.checkOut,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })),
    );
    const nights = plan.rooms.flatMap((r, i) =>
      r.guestIds.flatMap((guestId) =>
        nightsOf(r.checkIn, r.checkOut).map((night) => ({ roomId: inserted[i]!.id, eventId, guestId, night })),
      ),
    );
    for (let i = 0; i < nights.length; i += 1000)
      await repo.insertGuestNights(tx, nights.slice(i, i + 1000)).catch((err) => {
        throw sqlState(err) === '23505' ? refused(ctx, 'guest_already_roomed', 'guestIds') : err;
      });
    const perHotel = new Map<string, number>();
    for (const r of plan.rooms) perHotel.set(r.hotelId, (perHotel.get(r.hotelId) ?? 0) + 1);
    await repo.insertChanges(
      tx,
      [...perHotel].map(([hotelId, count]) => ({
        eventId,
        hotelId,
        action: 'auto' as const,
        summary: `自动排房：${names.get(hotelId)} ${count} 间`,
        actorId: actor.id,
        actorName: actor.displayName,
        at: ctx.now(),
      })),
    );
    await audit(tx, ctx, {
      action: 'event.rooming_auto',
      entityType: 'event',
      entityId: eventId,
      propertyId: e.propertyId,
      before: null,
      after: { rooms: plan.rooms.length, guests: plan.rooms.reduce((s, r) => s + r.guestIds.length, 0), unplaced: unplaced.length },
    });
    await published(tx, e);
  });
  return { placed: plan.rooms.reduce((s, r) => s + r.guestIds.length, 0), rooms: plan.rooms.length, unplaced };
}

export const autoAssign = (ctx: Ctx, eventId: string) => assignMany(ctx, eventId);
