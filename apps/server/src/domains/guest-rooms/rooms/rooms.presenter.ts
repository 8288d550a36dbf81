/** The JSON shapes of guest rooms and check sheets (every field picked by name). */
import type { CheckLine, CheckSheet, GuestRoom } from '@hy/contracts';
import type { BoardRow, CheckRow } from './rooms.repository.ts';

export const presentRoom = (r: BoardRow): GuestRoom => ({
  id: r.id,
  propertyId: r.propertyId,
  building: r.building,
  floor: r.floor,
  number: r.number,
  roomType: r.roomType,
  beds: r.beds,
  status: r.status,
  statusReason: r.statusReason,
  statusChangedAt: r.statusChangedAt.toISOString(),
  stayId: r.stayId,
  hostUnit: r.hostUnit,
  guests: r.guests ?? [],
  plannedCheckOutOn: r.plannedCheckOutOn,
});

export const draftLines = (rooms: BoardRow[]): CheckLine[] =>
  rooms.map((r) => ({
    roomId: r.id,
    building: r.building,
    floor: r.floor,
    number: r.number,
    roomType: r.roomType,
    recorded: r.status,
    observed: null,
    note: null,
    discrepancy: false,
  }));

export const presentCheck = (propertyId: string, day: string, c: CheckRow | null, draft: CheckLine[], sign: boolean): CheckSheet =>
  c
    ? {
        id: c.id,
        propertyId,
        day: c.day,
        lines: c.lines,
        discrepancies: c.discrepancies,
        signedAt: c.signedAt.toISOString(),
        signedByName: c.signedByName,
        policies: { sign: false },
      }
    : { id: null, propertyId, day, lines: draft, discrepancies: 0, signedAt: null, signedByName: null, policies: { sign } };
