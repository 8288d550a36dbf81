/** The bureau's daily report as a durable job (M10): on working days at settings.bureauReportTime, a stored snapshot and a notice to the bureau. */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { scheduleJob } from '../../../jobs/runner.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { isWorkingDay, localDate, nextWorkingDay } from '../../calendar/index.ts';
import { findPropertySettings } from '../booking/booking.repository.ts';
import { systemCtx } from '../../../lib/context.ts';
import * as repo from './bureau-report.repository.ts';
import { bureauReportTime } from './bureau-report.rules.ts';
import { build } from './bureau-report.service.ts';

export const BUREAU_JOB = 'bookings.bureau_daily';

/** Schedules the report of a working day at the property's report time; once per property and day. */
export async function scheduleBureauReport(db: DbOrTx, propertyId: string, date: string) {
  const p = await findPropertySettings(db, propertyId);
  if (!p) return null;
  const runAt = dayjs.tz(`${date} ${bureauReportTime(p.settings)}`, p.timeZone).toDate();
  return scheduleJob(db, BUREAU_JOB, { propertyId, date }, { runAt, uniqueKey: `${BUREAU_JOB}:${propertyId}:${date}`, maxAttempts: 5 });
}

/** At start: every property's next report (today's if today is a working day). Idempotent. */
export async function ensureBureauSchedule(db: Db, now: Date) {
  for (const id of await repo.propertyIds(db)) {
    const cal = await loadWorkCalendar(db, id);
    const today = localDate(cal, now);
    await scheduleBureauReport(db, id, isWorkingDay(cal, today) ? today : nextWorkingDay(cal, today));
  }
}

/** The job: stores the day's snapshot once, tells the bureau (in-app + e-mail), schedules the next working day's. */
export async function runBureauReport(db: Db, payload: Record<string, unknown>, now: Date) {
  const propertyId = String(payload.propertyId);
  const date = String(payload.date);
  return db.transaction(async (tx) => {
    const cal = await loadWorkCalendar(tx, propertyId);
    await scheduleBureauReport(tx, propertyId, nextWorkingDay(cal, date));
    if (!isWorkingDay(cal, date)) return null; // became a holiday after it was scheduled
    const r = await build(tx, propertyId, date, null);
    const row = await repo.insertBureauReport(tx, {
      propertyId,
      reportDate: date,
      fromDate: r.from,
      toDate: r.to,
      rows: r.rows,
      generatedAt: now,
    });
    if (!row) return null;
    const ctx = systemCtx(tx, now);
    await audit(tx, ctx, {
      action: 'report.generated',
      entityType: 'report',
      entityId: row.id,
      propertyId,
      meta: { report: 'bureau_daily', date, rows: r.rows.length },
    });
    await notify(tx, {
      propertyId,
      roles: ['bureau_approver'],
      channels: ['email'],
      kind: 'report.bureau_daily',
      message: {
        key: 'report.bureau_daily',
        params: { from: r.from, to: r.to, meetings: r.rows.length, requested: r.rows.filter((x) => x.status === 'requested').length },
      },
      link: `/reports/bureau-daily?propertyId=${propertyId}&date=${date}`,
      data: { reportId: row.id, date },
    });
    return row;
  });
}
