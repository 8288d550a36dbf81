/** X1, M12 on the live stream: a booking's events reach exactly those who may read the booking (booking.policy, confidentiality). */
import type { LiveReader } from '../../notifications/index.ts';
import * as repo from './booking.repository.ts';
import { mayReadRow } from './booking.policy.ts';
import { audienceOf } from '../confidentiality/confidentiality.service.ts';

export const bookingReader: LiveReader = async (db, id, candidates) => {
  const b = await repo.findBooking(db, id);
  if (!b) return null;
  const readers = candidates.filter((a) => mayReadRow(a, b));
  const sees = await audienceOf(db, { ...b, bookingId: b.id }, readers);
  return (actor) => mayReadRow(actor, b) && sees(actor);
};
