/**
 * The event's vehicles and transfers (M13, 车辆运输组): who drives what, which trip carries whom. A vehicle is never on
 * two overlapping trips and a guest never rides two at once (the database refuses both); a trip never carries more
 * than its seats. Every write is one transaction with its audit; the drivers hear of every change of their trips
 * and a guest hears of their pick-up.
 */
import type { TransferInput, TransferMove, TransferPatch, VehicleInput, VehiclePatch } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish, sendOutside } from '../../notifications/index.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import type { EventRow } from '../event/event.repository.ts';
import { refused, timeZoneOf } from '../events.shared.ts';
import { presentTransfer, presentVehicle } from './transport.presenter.ts';
import * as repo from './transport.repository.ts';
import { seatsOf } from './transport.rules.ts';

type Rider = { guestId: string; seats: number };

/** The database's refusals in the reader's words: the exclusions and the plate's uniqueness. */
export function dbRefusal(ctx: Ctx, err: unknown): never {
  const c = ((err as { cause?: object }).cause ?? err) as { code?: string; constraint?: string; message?: string };
  const name = c.constraint ?? c.message ?? '';
  if (c.code === '23P01' && name.includes('no_double_dispatch')) throw refused(ctx, 'vehicle_double_dispatched', 'vehicleId');
  if (c.code === '23P01' && name.includes('passengers_no_overlap')) throw refused(ctx, 'guest_transfer_overlap', 'guestIds');
  if (c.code === '23505' && name.includes('plate')) throw refused(ctx, 'vehicle_plate_exists', 'plate');
  throw err;
}

export const live = (tx: DbOrTx, e: EventRow) =>
  publish(tx, { type: 'event', topic: 'event.transport', propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

/** Everything the tab shows: the vehicles, the transfers with passengers, the registered guests to choose from. */
export async function overview(ctx: Ctx, eventId: string) {
  const { event: e } = await openEvent(ctx, eventId, 'read');
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const [vehicles, transfers, guests] = await Promise.all([
    repo.vehiclesOf(ctx.db, eventId),
    repo.transfersOfEvent(ctx.db, eventId),
    repo.registeredGuests(ctx.db, eventId),
  ]);
  const riders = await repo.passengersOf(
    ctx.db,
    transfers.map((t) => t.id),
  );
  const byId = new Map(vehicles.map((v) => [v.id, v]));
  return {
    vehicles: vehicles.map((v) => presentVehicle(v, transfers.filter((t) => t.vehicleId === v.id).length)),
    transfers: transfers.map((t) =>
      presentTransfer(
        t,
        t.vehicleId ? (byId.get(t.vehicleId) ?? null) : null,
        riders.filter((r) => r.transferId === t.id),
        tz,
      ),
    ),
    guests: guests.map((g) => ({ id: g.id, name: g.name, organization: g.organization, seats: seatsOf(g.companions) })),
  };
}

async function checkVehicle(ctx: Ctx, e: EventRow, v: { hired: boolean; company: string | null; driverUserId: string | null }) {
  if (v.hired && !v.company) throw refused(ctx, 'vehicle_hired_needs_company', 'company');
  if (v.driverUserId && !(await repo.isStaff(ctx.db, e.propertyId, v.driverUserId))) throw refused(ctx, 'driver_not_staff', 'driverUserId');
}

export async function createVehicle(ctx: Ctx, eventId: string, input: VehicleInput) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const row = {
    ...input,
    company: input.company ?? null,
    dayRateFen: input.hired ? (input.dayRateFen ?? null) : null,
    driverUserId: input.driverUserId ?? null,
    notes: input.notes ?? null,
  };
  await checkVehicle(ctx, e, row);
  const v = await ctx.db.transaction(async (tx) => {
    const v = await repo.insertVehicle(tx, { ...row, eventId, propertyId: e.propertyId, createdAt: ctx.now() });
    if (!v) throw refused(ctx, 'vehicle_plate_exists', 'plate');
    await audit(tx, ctx, {
      action: 'event_vehicle.created',
      entityType: 'event_vehicle',
      entityId: v.id,
      propertyId: e.propertyId,
      before: null,
      after: v,
      meta: { eventId },
    });
    await live(tx, e);
    return v;
  });
  return presentVehicle(v);
}

export async function patchVehicle(ctx: Ctx, eventId: string, vehicleId: string, input: VehiclePatch) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const before = await repo.findVehicle(ctx.db, eventId, vehicleId);
  if (!before) throw errors.notFound('vehicle');
  const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as VehiclePatch;
  const next = { ...before, ...set } as repo.VehicleRow;
  if (!next.hired) next.dayRateFen = null;
  await checkVehicle(ctx, e, next);
  const trips = await repo.transfersOfEvent(ctx.db, eventId, vehicleId);
  if (next.seats < before.seats) {
    const riders = await repo.passengersOf(
      ctx.db,
      trips.map((t) => t.id),
    );
    for (const t of trips)
      if (riders.filter((r) => r.transferId === t.id).reduce((s, r) => s + r.seats, 0) > next.seats)
        throw refused(ctx, 'vehicle_over_capacity', 'seats');
  }
  try {
    const v = await ctx.db.transaction(async (tx) => {
      const { id: _id, ...fields } = next;
      const v = await repo.updateVehicle(tx, vehicleId, { ...fields, dayRateFen: next.dayRateFen });
      await audit(tx, ctx, {
        action: 'event_vehicle.updated',
        entityType: 'event_vehicle',
        entityId: v.id,
        propertyId: e.propertyId,
        before,
        after: v,
        meta: { eventId },
      });
      // A new driver, plate or phone is a change of every trip the sheet already gave out.
      if (v.dispatchedAt && (v.driverPhone !== before.driverPhone || v.plate !== before.plate || v.driverName !== before.driverName))
        for (const t of trips.filter((t) => t.status === 'planned')) await tellDriver(tx, e, v, t, 'event.dispatch_changed');
      await live(tx, e);
      return v;
    });
    return presentVehicle(v, trips.length);
  } catch (err) {
    dbRefusal(ctx, err);
  }
}

export async function deleteVehicle(ctx: Ctx, eventId: string, vehicleId: string) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const before = await repo.findVehicle(ctx.db, eventId, vehicleId);
  if (!before) throw errors.notFound('vehicle');
  if ((await repo.transfersOfEvent(ctx.db, eventId, vehicleId)).length) throw refused(ctx, 'vehicle_in_use');
  await ctx.db.transaction(async (tx) => {
    await repo.deleteVehicle(tx, vehicleId);
    await audit(tx, ctx, {
      action: 'event_vehicle.deleted',
      entityType: 'event_vehicle',
      entityId: vehicleId,
      propertyId: e.propertyId,
      before,
      after: null,
      meta: { eventId },
    });
    await live(tx, e);
  });
  return { ok: true as const };
}

/** The driver's SMS (and bell, when the driver has an account) about one trip. */
export async function tellDriver(
  tx: DbOrTx,
  e: EventRow,
  v: repo.VehicleRow,
  t: repo.TransferRow,
  key: 'event.dispatch' | 'event.dispatch_changed',
) {
  const guests = (await repo.riderIdsOf(tx, t.id)).reduce((s, r) => s + r.seats, 0);
  const message = {
    key,
    params: { event: e.name, vehicle: v.plate, at: t.departsAt.toISOString(), from: t.fromPlace, to: t.toPlace, guests },
  } as const;
  await sendOutside(tx, { propertyId: e.propertyId, channel: 'sms', recipient: v.driverPhone, message });
  if (v.driverUserId)
    await notify(tx, { propertyId: e.propertyId, userIds: [v.driverUserId], kind: key, message, link: `/events/${e.id}/transport/today` });
}

/** The pick-up SMS to each of these guests (their phone on the list). */
export async function tellGuests(tx: DbOrTx, e: EventRow, t: repo.TransferRow, v: repo.VehicleRow | null, guestIds: string[]) {
  if (t.kind !== 'pickup' || !guestIds.length) return;
  const want = new Set(guestIds);
  for (const g of (await repo.passengersOf(tx, [t.id])).filter((p) => want.has(p.guestId) && p.phone))
    await sendOutside(tx, {
      propertyId: e.propertyId,
      channel: 'sms',
      recipient: g.phone!,
      message: {
        key: 'event.pickup',
        params: {
          event: e.name,
          name: g.name,
          at: t.departsAt.toISOString(),
          place: t.fromPlace,
          vehicle: v?.plate ?? '待定',
          driver: v?.driverName ?? '待定',
          driverPhone: v?.driverPhone ?? null,
        },
      },
    });
}

/** The riders of `guestIds` with their seats; 422 when one is no registered guest of the event. */
export async function ridersOf(ctx: Ctx, eventId: string, guestIds: string[]): Promise<Rider[]> {
  const guests = new Map((await repo.registeredGuests(ctx.db, eventId)).map((g) => [g.id, g]));
  return [...new Set(guestIds)].map((id) => {
    const g = guests.get(id);
    if (!g) throw refused(ctx, 'transfer_guest_unknown', 'guestIds');
    return { guestId: id, seats: seatsOf(g.companions) };
  });
}

export const checkSeats = (ctx: Ctx, v: repo.VehicleRow | null, riders: Rider[]) => {
  if (v && riders.reduce((s, r) => s + r.seats, 0) > v.seats) throw refused(ctx, 'vehicle_over_capacity', 'guestIds');
};

export async function vehicleOf(ctx: Ctx, eventId: string, id: string | null | undefined) {
  if (!id) return null;
  const v = await repo.findVehicle(ctx.db, eventId, id);
  if (!v) throw errors.notFound('vehicle');
  return v;
}

/** Writes one transfer with its passengers in the caller's transaction, audited, guests and driver told. */
export async function writeTransfer(
  ctx: Ctx,
  tx: DbOrTx,
  e: EventRow,
  input: Omit<TransferInput, 'guestIds'>,
  v: repo.VehicleRow | null,
  riders: Rider[],
) {
  const t = await repo.insertTransfer(tx, {
    eventId: e.id,
    propertyId: e.propertyId,
    kind: input.kind,
    fromPlace: input.fromPlace,
    toPlace: input.toPlace,
    departsAt: new Date(input.departsAt),
    endsAt: new Date(input.endsAt),
    vehicleId: v?.id ?? null,
    notes: input.notes ?? null,
    createdAt: ctx.now(),
    updatedAt: ctx.now(),
  });
  await repo.setPassengers(tx, t, riders);
  await audit(tx, ctx, {
    action: 'event_transfer.created',
    entityType: 'event_transfer',
    entityId: t.id,
    propertyId: e.propertyId,
    before: null,
    after: { ...t, riders },
    meta: { eventId: e.id },
  });
  await tellGuests(
    tx,
    e,
    t,
    v,
    riders.map((r) => r.guestId),
  );
  if (v?.dispatchedAt) await tellDriver(tx, e, v, t, 'event.dispatch');
  return t;
}

export async function createTransfer(ctx: Ctx, eventId: string, input: TransferInput) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  if (Date.parse(input.endsAt) <= Date.parse(input.departsAt)) throw refused(ctx, 'transfer_times_reversed', 'endsAt');
  const v = await vehicleOf(ctx, eventId, input.vehicleId);
  const riders = await ridersOf(ctx, eventId, input.guestIds);
  checkSeats(ctx, v, riders);
  try {
    const t = await ctx.db.transaction(async (tx) => {
      const t = await writeTransfer(ctx, tx, e, input, v, riders);
      await live(tx, e);
      return t;
    });
    return transferOut(ctx, e, t.id);
  } catch (err) {
    dbRefusal(ctx, err);
  }
}

export async function transferOut(ctx: Ctx, e: EventRow, id: string) {
  const t = (await repo.findTransfer(ctx.db, e.id, id))!;
  const v = t.vehicleId ? await repo.findVehicle(ctx.db, e.id, t.vehicleId) : null;
  return presentTransfer(t, v, await repo.passengersOf(ctx.db, [t.id]), await timeZoneOf(ctx.db, e.propertyId));
}

export async function patchTransfer(ctx: Ctx, eventId: string, id: string, input: TransferPatch) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const before = await repo.findTransfer(ctx.db, eventId, id);
  if (!before) throw errors.notFound('transfer');
  const departsAt = input.departsAt ? new Date(input.departsAt) : before.departsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt) : before.endsAt;
  if (endsAt <= departsAt) throw refused(ctx, 'transfer_times_reversed', 'endsAt');
  const oldV = await vehicleOf(ctx, eventId, before.vehicleId);
  const v = input.vehicleId === undefined ? oldV : await vehicleOf(ctx, eventId, input.vehicleId);
  const oldRiders = await repo.riderIdsOf(ctx.db, id);
  const riders = input.guestIds ? await ridersOf(ctx, eventId, input.guestIds) : oldRiders;
  checkSeats(ctx, v, riders);
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.findTransfer(tx, eventId, id, true);
      const t = await repo.updateTransfer(tx, id, {
        kind: input.kind ?? before.kind,
        fromPlace: input.fromPlace ?? before.fromPlace,
        toPlace: input.toPlace ?? before.toPlace,
        departsAt,
        endsAt,
        vehicleId: v?.id ?? null,
        status: input.status ?? before.status,
        notes: input.notes === undefined ? before.notes : input.notes,
        updatedAt: ctx.now(),
      });
      await repo.setPassengers(tx, t, riders);
      checkSeats(ctx, v, await repo.riderIdsOf(tx, id));
      await audit(tx, ctx, {
        action: 'event_transfer.updated',
        entityType: 'event_transfer',
        entityId: id,
        propertyId: e.propertyId,
        before: { ...before, riders: oldRiders },
        after: { ...t, riders },
        meta: { eventId },
      });
      const had = new Set(oldRiders.map((r) => r.guestId));
      const moved = +departsAt !== +before.departsAt || t.fromPlace !== before.fromPlace || t.vehicleId !== before.vehicleId;
      await tellGuests(
        tx,
        e,
        t,
        v,
        riders.map((r) => r.guestId).filter((g) => moved || !had.has(g)),
      );
      if (input.status !== 'done' || Object.keys(input).length > 1) {
        if (v) await tellDriver(tx, e, v, t, 'event.dispatch_changed');
        if (oldV && oldV.id !== v?.id) await tellDriver(tx, e, oldV, { ...t, status: 'planned' }, 'event.dispatch_changed');
      }
      await live(tx, e);
    });
  } catch (err) {
    dbRefusal(ctx, err);
  }
  return transferOut(ctx, e, id);
}

export async function deleteTransfer(ctx: Ctx, eventId: string, id: string) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const before = await repo.findTransfer(ctx.db, eventId, id);
  if (!before) throw errors.notFound('transfer');
  const v = await vehicleOf(ctx, eventId, before.vehicleId);
  await ctx.db.transaction(async (tx) => {
    if (v) await tellDriver(tx, e, v, before, 'event.dispatch_changed');
    await repo.deleteTransfer(tx, id);
    await audit(tx, ctx, {
      action: 'event_transfer.deleted',
      entityType: 'event_transfer',
      entityId: id,
      propertyId: e.propertyId,
      before,
      after: null,
      meta: { eventId },
    });
    await live(tx, e);
  });
  return { ok: true as const };
}

/** Moves a guest from one transfer to another in one transaction (both drivers told). */
export async function moveGuest(ctx: Ctx, eventId: string, input: TransferMove) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const from = await repo.findTransfer(ctx.db, eventId, input.fromTransferId);
  const to = await repo.findTransfer(ctx.db, eventId, input.toTransferId);
  if (!from || !to) throw errors.notFound('transfer');
  const fromRiders = await repo.riderIdsOf(ctx.db, from.id);
  const rider = fromRiders.find((r) => r.guestId === input.guestId);
  if (!rider) throw refused(ctx, 'transfer_not_on_it', 'guestId');
  const fromV = await vehicleOf(ctx, eventId, from.vehicleId);
  const toV = await vehicleOf(ctx, eventId, to.vehicleId);
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.findTransfer(tx, eventId, to.id, true);
      await repo.setPassengers(
        tx,
        from,
        fromRiders.filter((r) => r.guestId !== input.guestId),
      );
      const toRiders = [...(await repo.riderIdsOf(tx, to.id)), rider];
      checkSeats(ctx, toV, toRiders);
      await repo.setPassengers(tx, to, toRiders);
      await audit(tx, ctx, {
        action: 'event_transfer.moved',
        entityType: 'event_transfer',
        entityId: to.id,
        propertyId: e.propertyId,
        before: { transferId: from.id },
        after: { transferId: to.id },
        meta: { eventId, guestId: input.guestId },
      });
      await tellGuests(tx, e, to, toV, [input.guestId]);
      if (fromV) await tellDriver(tx, e, fromV, from, 'event.dispatch_changed');
      if (toV) await tellDriver(tx, e, toV, to, 'event.dispatch_changed');
      await live(tx, e);
    });
  } catch (err) {
    dbRefusal(ctx, err);
  }
  return overview(ctx, eventId);
}
