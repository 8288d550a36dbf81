/**
 * The month's 实收表 and 应欠表 snapshots: on the last working day of the month after the billing month (the
 * property's work calendar), each is stored once and the general manager and the CS supervisor are told.
 */
import type { Db } from '../../../db/client.ts';
import { systemCtx } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar, localDate, previousWorkingDay } from '../../calendar/index.ts';
import { notify } from '../../notifications/index.ts';
import * as collection from '../collection/collection.repository.ts';
import { monthAfter } from '../notices/notices.rules.ts';
import * as repo from './arrears.repository.ts';
import { buildArrears, buildReceived } from './arrears.service.ts';

export const REPORTS_SCAN = 'billing.month_reports';

/** The last working day of the month after `month`. */
export const reportDay = (cal: Parameters<typeof previousWorkingDay>[0], month: string) =>
  previousWorkingDay(cal, `${monthAfter(monthAfter(month))}-01`);

export async function snapshotReports(db: Db, now: Date) {
  const ahead = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const [y, m] = ahead.split('-').map(Number) as [number, number];
  const since = `${m <= 3 ? y - 1 : y}-${String(((m + 8) % 12) + 1).padStart(2, '0')}`;
  let n = 0;
  const seen = new Set<string>();
  for (const a of await collection.activeMonths(db, ahead, since)) {
    const key = `${a.propertyId}:${a.month}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cal = await loadWorkCalendar(db, a.propertyId);
    const today = localDate(cal, now);
    const day = reportDay(cal, a.month);
    if (today < day || (await repo.snapshotOf(db, a.propertyId, a.month, 'arrears'))) continue;
    await db.transaction(async (tx) => {
      const received = await buildReceived(tx, a.propertyId, a.month);
      const arrears = await buildArrears(tx, a.propertyId, a.month, today);
      if (!(await repo.insertSnapshot(tx, { propertyId: a.propertyId, month: a.month, kind: 'received', takenOn: today, data: received })))
        return;
      await repo.insertSnapshot(tx, { propertyId: a.propertyId, month: a.month, kind: 'arrears', takenOn: today, data: arrears });
      await notify(tx, {
        propertyId: a.propertyId,
        roles: ['general_manager', 'cs_supervisor'],
        kind: 'billing.reports_ready',
        message: {
          key: 'billing.reports_ready',
          params: { month: a.month, receivedFen: received.paidFen, outstandingFen: received.outstandingFen },
        },
        link: `/billing/arrears?month=${a.month}`,
      });
      await audit(tx, systemCtx(tx, now), {
        action: 'billing_reports.snapshotted',
        entityType: 'property',
        entityId: a.propertyId,
        propertyId: a.propertyId,
        meta: { month: a.month, takenOn: today },
      });
      n++;
    });
  }
  return n;
}
