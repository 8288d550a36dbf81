/** Human numbers of meeting records: per property and year, in the property's time zone. */
import type { DbOrTx } from '../../../db/client.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { nextNumber } from './meeting.repository.ts';

/** "HY-FY-2026-000001": a per-property, per-year number in the property's time zone. */
export async function numberFor(tx: DbOrTx, propertyId: string, prefix: string, now: Date) {
  const tz = (await loadWorkCalendar(tx, propertyId)).timeZone;
  const year = new Intl.DateTimeFormat('en', { timeZone: tz, year: 'numeric' }).format(now);
  const seq = await nextNumber(tx, propertyId, `${prefix}:${year}`);
  return `${prefix}-${year}-${String(seq).padStart(6, '0')}`;
}
