/**
 * Pure rules of the event's transport: grouping the guests' arrivals into pick-ups (and departures into drop-offs)
 * per station within the pick-up window, choosing a free vehicle with enough seats, and counting vehicle-days.
 */

export interface Traveller {
  guestId: string;
  name: string;
  /** arrival (pick-up) or departure (drop-off) time */
  at: Date;
  station: string;
  mode: 'train' | 'plane' | 'car' | 'other' | null;
  /** the guest and their companions */
  seats: number;
}

export interface TransferGroup {
  station: string;
  departsAt: Date;
  endsAt: Date;
  guestIds: string[];
  names: string[];
  seats: number;
}

const MIN = 60_000;
/** A pick-up leaves this long after the group's latest arrival (time to walk out and gather). */
export const PICKUP_GATHER_MINUTES = 20;
/** The ride between a station or the airport and the hotel, as first estimated. */
export const RIDE_MINUTES = 60;
/** Drop-offs arrive this long before the earliest departure: planes 2 h, trains 1 h. */
const dropLead = (mode: Traveller['mode']) => (mode === 'plane' ? 120 : 60);

/**
 * Groups travellers per station: a group takes everyone whose time is within `windowMinutes` of the group's first,
 * as long as the seats fit `maxSeats` (the largest vehicle; no limit when null). Guests who drive are left out.
 * A pick-up departs at the group's latest arrival + 20 min; a drop-off arrives at the station the lead time before
 * the group's earliest departure.
 */
export function groupTravellers(
  kind: 'pickup' | 'dropoff',
  people: Traveller[],
  windowMinutes: number,
  maxSeats: number | null = null,
): TransferGroup[] {
  const byStation = new Map<string, Traveller[]>();
  for (const p of people) {
    if (p.mode === 'car' || !p.station.trim()) continue;
    const k = p.station.trim();
    byStation.set(k, [...(byStation.get(k) ?? []), p]);
  }
  const out: TransferGroup[] = [];
  for (const [station, list] of [...byStation].sort(([a], [b]) => a.localeCompare(b))) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime() || a.name.localeCompare(b.name));
    let cur: Traveller[] = [];
    const close = () => {
      if (!cur.length) return;
      const first = cur[0]!.at.getTime();
      const last = cur[cur.length - 1]!.at.getTime();
      const seats = cur.reduce((s, p) => s + p.seats, 0);
      let departsAt: Date;
      let endsAt: Date;
      if (kind === 'pickup') {
        departsAt = new Date(last + PICKUP_GATHER_MINUTES * MIN);
        endsAt = new Date(departsAt.getTime() + RIDE_MINUTES * MIN);
      } else {
        const lead = Math.max(...cur.map((p) => dropLead(p.mode)));
        endsAt = new Date(first - lead * MIN);
        departsAt = new Date(endsAt.getTime() - RIDE_MINUTES * MIN);
      }
      out.push({ station, departsAt, endsAt, guestIds: cur.map((p) => p.guestId), names: cur.map((p) => p.name), seats });
      cur = [];
    };
    for (const p of list) {
      const seats = cur.reduce((s, q) => s + q.seats, 0);
      if (cur.length && (p.at.getTime() - cur[0]!.at.getTime() > windowMinutes * MIN || (maxSeats != null && seats + p.seats > maxSeats)))
        close();
      cur.push(p);
    }
    close();
  }
  return out.sort((a, b) => a.departsAt.getTime() - b.departsAt.getTime() || a.station.localeCompare(b.station));
}

export interface VehicleSlot {
  id: string;
  seats: number;
}
export interface Busy {
  vehicleId: string;
  departsAt: Date;
  endsAt: Date;
}

export const overlaps = (a: { departsAt: Date; endsAt: Date }, b: { departsAt: Date; endsAt: Date }) =>
  a.departsAt < b.endsAt && b.departsAt < a.endsAt;

/** The smallest vehicle with enough seats that is free over the trip, or null. */
export function pickVehicle(trip: { seats: number; departsAt: Date; endsAt: Date }, vehicles: VehicleSlot[], busy: Busy[]) {
  const fits = vehicles
    .filter((v) => v.seats >= trip.seats)
    .filter((v) => !busy.some((b) => b.vehicleId === v.id && overlaps(b, trip)))
    .sort((a, b) => a.seats - b.seats || a.id.localeCompare(b.id));
  return fits[0]?.id ?? null;
}

/** Days a vehicle is used: its distinct local days, per vehicle. */
export function vehicleDays(trips: { vehicleId: string; day: string }[]): Map<string, number> {
  const days = new Map<string, Set<string>>();
  for (const t of trips) days.set(t.vehicleId, (days.get(t.vehicleId) ?? new Set()).add(t.day));
  return new Map([...days].map(([k, v]) => [k, v.size]));
}

/** Seats a guest takes: themself and their companions. */
export const seatsOf = (companions: unknown) => 1 + (Array.isArray(companions) ? companions.length : 0);
