/**
 * The daily collection rate: every hour, each month whose notices are past their notice day (and of the last 24 months —
 * bounded) gets today's snapshot, written once per property, month and day (a rerun the same
 * day refreshes it).
 */
import type { Db } from '../../../db/client.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as repo from './collection.repository.ts';
import { endOfDay } from './collection.service.ts';

export const COLLECTION_SCAN = 'billing.collection_daily';

const monthsBack = (today: string, n: number) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const t = y * 12 + (m - 1) - n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
};

export async function computeCollection(db: Db, now: Date) {
  let n = 0;
  const ahead = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10); // any zone's today is on or before
  const months = await repo.activeMonths(db, ahead, monthsBack(ahead, 24));
  const seen = new Set<string>();
  for (const m of months) {
    const key = `${m.propertyId}:${m.month}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tz = (await loadWorkCalendar(db, m.propertyId)).timeZone;
    const today = dayjs(now).tz(tz).format('YYYY-MM-DD');
    if (m.deliverBy > today) continue;
    const f = await repo.figuresAsOf(db, m.propertyId, m.month, endOfDay(today, tz));
    await repo.upsertSnapshot(db, { propertyId: m.propertyId, month: m.month, day: today, ...f, computedAt: now });
    n++;
  }
  return n;
}
