/**
 * The bureau's daily report (SPEC M10, seed 004 §3.3B): before the end of each working day, the
 * venue bookings of the next two working days (and the rest days between) go to the bureau —
 * as JSON for a printable page, as .xlsx, and as a durable job on working days at
 * settings.bureauReportTime (default 16:30) that stores a snapshot and tells the bureau.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import ExcelJS from 'exceljs';
import { BUREAU_REPORT_HEADERS } from '@hy/contracts';
import { type Actor, type Ctx, hasRole, isStaffIn, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { addLocalDays } from '../../calendar/index.ts';
import { isClosed } from '../confidentiality/confidentiality.policy.ts';
import { visibleOf } from '../confidentiality/confidentiality.service.ts';
import * as repo from './bureau-report.repository.ts';
import { bureauReportDays, bureauReportTitle } from './bureau-report.rules.ts';

const STATUS_ZH = { requested: '待审批', confirmed: '已确认', rejected: '未批准', cancelled: '已取消', expired: '已过期' } as const;

/**
 * The report of `date`. The bureau approves the bookings and so sees every one whole (M12); `actor`
 * null is the job, for the bureau. Staff reading it get only the meetings the M12 rule lets them see
 * (a confidential meeting is absent for the others, not blanked).
 */
export async function build(db: DbOrTx, propertyId: string, date: string, actor: Actor | null) {
  const cal = await loadWorkCalendar(db, propertyId);
  const days = bureauReportDays(cal, date);
  const at = (d: string) => dayjs.tz(d, cal.timeZone).toDate();
  const found = await repo.reportBookings(db, propertyId, at(days.from), at(addLocalDays(days.to, 1)));
  const visible = actor
    ? await visibleOf(
        db,
        actor,
        found.map(({ booking: b }) => ({ ...b, bookingId: b.id })),
      )
    : null;
  const rows = found
    .filter(({ booking: b }) => !visible || visible.has(b.id))
    .map(({ booking: b, venueName, venueClass }) => {
      const l = (d: Date) => dayjs(d).tz(cal.timeZone);
      return {
        bookingId: b.id,
        number: b.number,
        date: l(b.startAt).format('YYYY-MM-DD'),
        time: `${l(b.startAt).format('HH:mm')}–${l(b.endAt).format('HH:mm')}`,
        venue: venueName,
        venueClass,
        topic: b.topic,
        organizer: b.organizerUnit,
        contactName: b.contactName,
        contactPhone: b.contactPhone,
        attendeeCount: b.attendeeCount,
        status: b.status,
        statusLabel: STATUS_ZH[b.status],
        confidential: isClosed(b.confidentiality),
      };
    });
  return {
    propertyId,
    date,
    from: days.from,
    to: days.to,
    workingDays: days.workingDays,
    title: bureauReportTitle(days.from, days.to),
    rows,
  };
}
type Report = Awaited<ReturnType<typeof build>>;

/** Booking staff and the bureau; organizers and tenants 403, strangers 404. */
function authorizeReport(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(propertyId)) throw errors.notFound();
  if (!isStaffIn(actor, propertyId) && !hasRole(actor, propertyId, 'bureau_approver')) throw errors.forbidden();
  return actor;
}

export async function bureauDaily(ctx: Ctx, q: { propertyId: string; date: string }) {
  const actor = authorizeReport(ctx, q.propertyId);
  const r = await build(ctx.db, q.propertyId, q.date, actor);
  // Views that include confidential meetings are recorded (M12).
  const confidential = r.rows.filter((x) => x.confidential).map((x) => x.bookingId);
  if (confidential.length) {
    await audit(ctx.db, ctx, {
      action: 'report.viewed',
      entityType: 'report',
      entityId: `bureau-daily:${q.propertyId}:${q.date}`,
      propertyId: q.propertyId,
      meta: { report: 'bureau_daily', date: q.date, confidentialBookings: confidential },
    });
  }
  return { ...r, generatedAt: ctx.now().toISOString() };
}

export function reportWorkbook(r: Report): Promise<ExcelJS.Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预订情况', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [12, 13, 18, 6, 30, 24, 10, 16, 7, 9].map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, BUREAU_REPORT_HEADERS.length);
  Object.assign(ws.getCell(1, 1), {
    value: r.title,
    font: { bold: true, size: 16 },
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  ws.getRow(1).height = 30;
  const header = ws.addRow([...BUREAU_REPORT_HEADERS]);
  header.font = { bold: true };
  for (const x of r.rows)
    ws.addRow([x.date, x.time, x.venue, x.venueClass, x.topic, x.organizer, x.contactName, x.contactPhone, x.attendeeCount, x.statusLabel]);
  ws.eachRow(
    (row, n) =>
      n > 1 &&
      row.eachCell({ includeEmpty: true }, (c) => {
        c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
        c.alignment = { vertical: 'middle', wrapText: true };
      }),
  );
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  return wb.xlsx.writeBuffer();
}

/** The .xlsx export; exports are audited (X2). */
export async function bureauDailyXlsx(ctx: Ctx, q: { propertyId: string; date: string }) {
  const actor = authorizeReport(ctx, q.propertyId);
  const r = await build(ctx.db, q.propertyId, q.date, actor);
  const buffer = Buffer.from(await reportWorkbook(r));
  await audit(ctx.db, ctx, {
    action: 'report.exported',
    entityType: 'report',
    entityId: `bureau-daily:${q.propertyId}:${q.date}`,
    propertyId: q.propertyId,
    meta: {
      report: 'bureau_daily',
      date: q.date,
      format: 'xlsx',
      rows: r.rows.length,
      confidentialBookings: r.rows.filter((x) => x.confidential).map((x) => x.bookingId),
    },
  });
  return { buffer, filename: `${r.title}.xlsx` };
}
