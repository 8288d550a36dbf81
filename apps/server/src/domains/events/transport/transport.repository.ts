/** All SQL of the event's transport: vehicles, transfers and their passengers. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.ts';
import { eventGuests, eventTransferPassengers, eventTransfers, eventVehicles, userRoles, users } from '../../../db/schema/index.ts';

export type VehicleRow = typeof eventVehicles.$inferSelect;
export type TransferRow = typeof eventTransfers.$inferSelect;

export const vehiclesOf = (db: DbOrTx, eventId: string) =>
  db.select().from(eventVehicles).where(eq(eventVehicles.eventId, eventId)).orderBy(asc(eventVehicles.createdAt), asc(eventVehicles.plate));

export const findVehicle = async (db: DbOrTx, eventId: string, id: string) =>
  (
    await db
      .select()
      .from(eventVehicles)
      .where(and(eq(eventVehicles.eventId, eventId), eq(eventVehicles.id, id)))
  )[0] ?? null;

export const insertVehicle = async (tx: DbOrTx, row: typeof eventVehicles.$inferInsert) =>
  (await tx.insert(eventVehicles).values(row).onConflictDoNothing().returning())[0] ?? null;

export const updateVehicle = async (tx: DbOrTx, id: string, set: Partial<typeof eventVehicles.$inferInsert>) =>
  (await tx.update(eventVehicles).set(set).where(eq(eventVehicles.id, id)).returning())[0]!;

export const deleteVehicle = (tx: DbOrTx, id: string) => tx.delete(eventVehicles).where(eq(eventVehicles.id, id));

export const transfersOfEvent = (db: DbOrTx, eventId: string, vehicleId?: string) =>
  db
    .select()
    .from(eventTransfers)
    .where(and(eq(eventTransfers.eventId, eventId), vehicleId ? eq(eventTransfers.vehicleId, vehicleId) : undefined))
    .orderBy(asc(eventTransfers.departsAt), asc(eventTransfers.fromPlace));

export const findTransfer = async (db: DbOrTx, eventId: string, id: string, lock = false) => {
  const q = db
    .select()
    .from(eventTransfers)
    .where(and(eq(eventTransfers.eventId, eventId), eq(eventTransfers.id, id)));
  return (await (lock ? q.for('update') : q))[0] ?? null;
};

export const insertTransfer = async (tx: DbOrTx, row: typeof eventTransfers.$inferInsert) =>
  (await tx.insert(eventTransfers).values(row).returning())[0]!;

export const updateTransfer = async (tx: DbOrTx, id: string, set: Partial<typeof eventTransfers.$inferInsert>) =>
  (await tx.update(eventTransfers).set(set).where(eq(eventTransfers.id, id)).returning())[0]!;

export const deleteTransfer = (tx: DbOrTx, id: string) => tx.delete(eventTransfers).where(eq(eventTransfers.id, id));

/** Passengers of the given transfers with what the lists show of the guest. */
export const passengersOf = (db: DbOrTx, transferIds: string[]) =>
  transferIds.length
    ? db
        .select({
          transferId: eventTransferPassengers.transferId,
          guestId: eventTransferPassengers.guestId,
          seats: eventTransferPassengers.seats,
          name: eventGuests.name,
          organization: eventGuests.organization,
          phone: eventGuests.phone,
          arrivalRef: eventGuests.arrivalRef,
          arrivalAt: eventGuests.arrivalAt,
          departureRef: eventGuests.departureRef,
          departureAt: eventGuests.departureAt,
        })
        .from(eventTransferPassengers)
        .innerJoin(eventGuests, eq(eventGuests.id, eventTransferPassengers.guestId))
        .where(inArray(eventTransferPassengers.transferId, transferIds))
        .orderBy(asc(eventGuests.name))
    : Promise.resolve([]);
export type PassengerRow = Awaited<ReturnType<typeof passengersOf>>[number];

/** Replaces a transfer's passengers (the transfer's times copied in; the exclusion refuses a guest's overlap). */
export async function setPassengers(
  tx: DbOrTx,
  t: { id: string; eventId: string; departsAt: Date; endsAt: Date },
  riders: { guestId: string; seats: number }[],
) {
  await tx.delete(eventTransferPassengers).where(eq(eventTransferPassengers.transferId, t.id));
  if (riders.length)
    await tx.insert(eventTransferPassengers).values(
      riders.map((r) => ({
        transferId: t.id,
        guestId: r.guestId,
        eventId: t.eventId,
        seats: r.seats,
        departsAt: t.departsAt,
        endsAt: t.endsAt,
      })),
    );
}

export const riderIdsOf = async (db: DbOrTx, transferId: string) =>
  (
    await db
      .select({ g: eventTransferPassengers.guestId, s: eventTransferPassengers.seats })
      .from(eventTransferPassengers)
      .where(eq(eventTransferPassengers.transferId, transferId))
  ).map((r) => ({ guestId: r.g, seats: r.s }));

/** The event's registered guests (id, name, seats from companions, travel). */
export const registeredGuests = (db: DbOrTx, eventId: string) =>
  db
    .select({
      id: eventGuests.id,
      name: eventGuests.name,
      organization: eventGuests.organization,
      phone: eventGuests.phone,
      companions: eventGuests.companions,
      arrivalAt: eventGuests.arrivalAt,
      arrivalMode: eventGuests.arrivalMode,
      arrivalStation: eventGuests.arrivalStation,
      departureAt: eventGuests.departureAt,
      departureMode: eventGuests.departureMode,
      departureStation: eventGuests.departureStation,
    })
    .from(eventGuests)
    .where(and(eq(eventGuests.eventId, eventId), eq(eventGuests.rsvp, 'registered')))
    .orderBy(asc(eventGuests.name));

/** Guest ids already on a transfer of this kind. */
export const guestsOnKind = async (db: DbOrTx, eventId: string, kind: string) =>
  new Set(
    (
      await db
        .select({ g: eventTransferPassengers.guestId })
        .from(eventTransferPassengers)
        .innerJoin(eventTransfers, eq(eventTransfers.id, eventTransferPassengers.transferId))
        .where(and(eq(eventTransfers.eventId, eventId), eq(eventTransfers.kind, kind as 'pickup')))
    ).map((r) => r.g),
  );

export const isStaff = async (db: DbOrTx, propertyId: string, userId: string) =>
  (
    await db
      .select({ u: userRoles.userId })
      .from(userRoles)
      .where(
        and(
          eq(userRoles.propertyId, propertyId),
          eq(userRoles.userId, userId),
          sql`${userRoles.role} not in ('organizer','tenant','bureau_approver')`,
        ),
      )
      .limit(1)
  ).length > 0;

export const userName = async (db: DbOrTx, id: string) =>
  (await db.select({ name: users.displayName, phone: users.phone }).from(users).where(eq(users.id, id)))[0] ?? null;

/** A guest's transfers with their vehicle, in time order (the guest's registration page). */
export const transfersOfGuest = (db: DbOrTx, guestId: string) =>
  db
    .select({ t: eventTransfers, v: eventVehicles })
    .from(eventTransferPassengers)
    .innerJoin(eventTransfers, eq(eventTransfers.id, eventTransferPassengers.transferId))
    .leftJoin(eventVehicles, eq(eventVehicles.id, eventTransfers.vehicleId))
    .where(eq(eventTransferPassengers.guestId, guestId))
    .orderBy(asc(eventTransfers.departsAt));
