/** What a guest's registration page shows of their pick-up and drop-off (and their other transfers). */
import type { DbOrTx } from '../../../db/client.ts';
import { transfersOfGuest } from './transport.repository.ts';

export interface GuestTransferInfo {
  kind: string;
  at: string;
  from: string;
  to: string;
  vehicle: string;
  driver: string | null;
  driverPhone: string | null;
}

export async function transfersOf(db: DbOrTx, guestId: string): Promise<GuestTransferInfo[]> {
  return (await transfersOfGuest(db, guestId)).map(({ t, v }) => ({
    kind: t.kind,
    at: t.departsAt.toISOString(),
    from: t.fromPlace,
    to: t.toPlace,
    vehicle: v?.plate ?? '',
    driver: v?.driverName ?? null,
    driverPhone: v?.driverPhone ?? null,
  }));
}
