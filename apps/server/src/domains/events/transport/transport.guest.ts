/** What a guest's registration page shows of their pick-up and drop-off (the seam the transport sub-feature fills). */
import type { DbOrTx } from '../../../db/client.ts';

export interface GuestTransferInfo {
  kind: string;
  at: string;
  from: string;
  to: string;
  vehicle: string;
  driver: string | null;
  driverPhone: string | null;
}

export async function transfersOf(_db: DbOrTx, _guestId: string): Promise<GuestTransferInfo[]> {
  return [];
}
