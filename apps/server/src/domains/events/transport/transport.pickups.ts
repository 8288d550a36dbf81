/**
 * Pick-ups from the guests' arrivals (按抵达时间安排接站、接机) and drop-offs from their departures: the suggestion
 * groups them per station within the property's pick-up window; creating the reviewed groups assigns each a free
 * vehicle with enough seats, all in one transaction.
 */
import type { PickupsCreate } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { effectiveSettings } from '../../places/index.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import * as repo from './transport.repository.ts';
import { groupTravellers, pickVehicle, seatsOf, type Busy } from './transport.rules.ts';
import { checkSeats, dbRefusal, live, overview, ridersOf, writeTransfer } from './transport.service.ts';

const DEFAULT_PLACE = '酒店';

export async function suggest(ctx: Ctx, eventId: string, q: { kind: 'pickup' | 'dropoff'; place?: string | undefined }) {
  const { event: e } = await openEvent(ctx, eventId, 'work');
  const settings = await effectiveSettings(ctx.db, e.propertyId);
  const windowMinutes = Number(settings['events.pickupWindowMinutes'] ?? 60);
  const taken = await repo.guestsOnKind(ctx.db, eventId, q.kind);
  const guests = (await repo.registeredGuests(ctx.db, eventId)).filter((g) => !taken.has(g.id));
  const people = guests.flatMap((g) => {
    const at = q.kind === 'pickup' ? g.arrivalAt : g.departureAt;
    const station = q.kind === 'pickup' ? g.arrivalStation : g.departureStation;
    const mode = q.kind === 'pickup' ? g.arrivalMode : g.departureMode;
    return at && station ? [{ guestId: g.id, name: g.name, at, station, mode, seats: seatsOf(g.companions) }] : [];
  });
  const vehicles = await repo.vehiclesOf(ctx.db, eventId);
  const maxSeats = vehicles.length ? Math.max(...vehicles.map((v) => v.seats)) : null;
  const place = q.place?.trim() || DEFAULT_PLACE;
  return {
    windowMinutes,
    transfers: groupTravellers(q.kind, people, windowMinutes, maxSeats).map((g) => ({
      kind: q.kind,
      fromPlace: q.kind === 'pickup' ? g.station : place,
      toPlace: q.kind === 'pickup' ? place : g.station,
      departsAt: g.departsAt.toISOString(),
      endsAt: g.endsAt.toISOString(),
      guestIds: g.guestIds,
      names: g.names,
      seats: g.seats,
    })),
  };
}

/** Creates the reviewed pick-ups (drop-offs), each on the smallest free vehicle that seats it (none when none fits). */
export async function createPickups(ctx: Ctx, eventId: string, input: PickupsCreate) {
  const { event: e } = await openForChange(ctx, eventId, 'work');
  const vehicles = await repo.vehiclesOf(ctx.db, eventId);
  const busy: Busy[] = (await repo.transfersOfEvent(ctx.db, eventId)).flatMap((t) =>
    t.vehicleId ? [{ vehicleId: t.vehicleId, departsAt: t.departsAt, endsAt: t.endsAt }] : [],
  );
  const plans: {
    s: (typeof input.transfers)[number];
    v: (typeof vehicles)[number] | null;
    riders: Awaited<ReturnType<typeof ridersOf>>;
  }[] = [];
  for (const s of input.transfers) {
    const riders = await ridersOf(ctx, eventId, s.guestIds);
    const trip = { seats: riders.reduce((n, r) => n + r.seats, 0), departsAt: new Date(s.departsAt), endsAt: new Date(s.endsAt) };
    const vehicleId = pickVehicle(trip, vehicles, busy);
    if (vehicleId) busy.push({ vehicleId, ...trip });
    const v = vehicles.find((x) => x.id === vehicleId) ?? null;
    checkSeats(ctx, v, riders);
    plans.push({ s, v, riders });
  }
  try {
    await ctx.db.transaction(async (tx) => {
      for (const { s, v, riders } of plans) await writeTransfer(ctx, tx, e, { ...s, notes: null }, v, riders);
      await live(tx, e);
    });
  } catch (err) {
    dbRefusal(ctx, err);
  }
  return overview(ctx, eventId);
}
