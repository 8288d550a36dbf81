/** The JSON shapes of stays and their rooms (every field picked by name) with what the reader may do. */
import type { GuestStay, StayRoom } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { StayRoomRow, StayRow } from './stays.repository.ts';

export const presentStayRoom = (r: StayRoomRow): StayRoom => ({
  id: r.id,
  roomId: r.roomId,
  number: r.number,
  building: r.building,
  roomType: r.roomType,
  keysIssued: r.keysIssued,
  keysReturned: r.keysReturned,
  keyOutcome: r.keyOutcome,
  keyNote: r.keyNote,
  linenOut: r.linenOut,
  linenBack: r.linenBack,
  linenMissing: r.linenMissing,
  checkedOutAt: r.checkedOutAt?.toISOString() ?? null,
});

export const presentStay = (actor: Actor, s: StayRow, rooms: StayRoomRow[]): GuestStay => ({
  id: s.id,
  propertyId: s.propertyId,
  hostUnit: s.hostUnit,
  guests: s.guests,
  contactPhone: s.contactPhone,
  roomType: s.roomType,
  roomCount: s.roomCount,
  state: s.state,
  checkedInAt: s.checkedInAt.toISOString(),
  plannedCheckOutOn: s.plannedCheckOutOn,
  checkedOutAt: s.checkedOutAt?.toISOString() ?? null,
  handoverNote: s.handoverNote,
  checkOutNote: s.checkOutNote,
  createdByName: s.createdByName,
  rooms: rooms.map(presentStayRoom),
  policies: { checkOut: s.state === 'in_house' && can(actor, s.propertyId, 'guestrooms.manage') },
});
