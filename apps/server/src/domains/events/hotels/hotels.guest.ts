/** What a guest's registration page shows of their room (the seam the hotels sub-feature fills). */
import type { DbOrTx } from '../../../db/client.ts';

export interface GuestRoomInfo {
  hotel: string;
  address: string | null;
  phone: string | null;
  roomType: string;
  roomNo: string | null;
  checkInOn: string;
  checkOutOn: string;
  sharedWith: string[];
}

export async function roomOf(_db: DbOrTx, _guestId: string): Promise<GuestRoomInfo | null> {
  return null;
}
