/** What the audit trail records of a booking: the whole row, as stored. */
import type { BookingRow } from './booking.repository.ts';

export const snapshot = (b: BookingRow): Record<string, unknown> => ({ ...b });
