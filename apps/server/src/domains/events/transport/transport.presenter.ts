/** What the transport routes answer: explicit fields of vehicles and transfers. */
import type { EventTransfer, EventVehicle } from '@hy/contracts';
import { localDay } from '../events.shared.ts';
import type { PassengerRow, TransferRow, VehicleRow } from './transport.repository.ts';

export const presentVehicle = (v: VehicleRow, trips = 0): EventVehicle => ({
  id: v.id,
  plate: v.plate,
  type: v.type,
  seats: v.seats,
  hired: v.hired,
  company: v.company,
  dayRateFen: v.dayRateFen,
  driverName: v.driverName,
  driverPhone: v.driverPhone,
  driverUserId: v.driverUserId,
  notes: v.notes,
  dispatchedAt: v.dispatchedAt?.toISOString() ?? null,
  trips,
});

export function presentTransfer(t: TransferRow, vehicle: VehicleRow | null, riders: PassengerRow[], tz: string): EventTransfer {
  const pickup = t.kind === 'pickup';
  const dropoff = t.kind === 'dropoff';
  return {
    id: t.id,
    kind: t.kind,
    fromPlace: t.fromPlace,
    toPlace: t.toPlace,
    departsAt: t.departsAt.toISOString(),
    endsAt: t.endsAt.toISOString(),
    day: localDay(t.departsAt, tz),
    status: t.status,
    notes: t.notes,
    vehicleId: t.vehicleId,
    vehicle: vehicle?.plate ?? null,
    vehicleSeats: vehicle?.seats ?? null,
    driverName: vehicle?.driverName ?? null,
    driverPhone: vehicle?.driverPhone ?? null,
    seatsTaken: riders.reduce((s, r) => s + r.seats, 0),
    passengers: riders.map((r) => ({
      guestId: r.guestId,
      name: r.name,
      organization: r.organization,
      phone: r.phone,
      seats: r.seats,
      ref: pickup ? r.arrivalRef : dropoff ? r.departureRef : null,
      travelAt: (pickup ? r.arrivalAt : dropoff ? r.departureAt : null)?.toISOString() ?? null,
    })),
  };
}
