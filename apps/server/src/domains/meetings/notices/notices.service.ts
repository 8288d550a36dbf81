/**
 * Service notices, read and issued (SPEC M4, M5, M8, M12a): staff issue the notice of a confirmed
 * booking at once (sync.service.ts does the work); a notice with its departments, tasks, checks,
 * incidents and policies; the list of a period; the printable 《会议服务通知单》. Views and prints of
 * a confidential meeting are audited.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Department } from '@hy/contracts';
import { type Actor, type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { isClosed, listViewer } from '../../bookings/index.ts';
import * as shared from '../meeting/meeting.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { visibleNotice } from '../meeting/meeting.policy.ts';
import * as repo from './notices.repository.ts';
import * as tasks from '../tasks/tasks.repository.ts';
import * as checks from '../checks/checks.repository.ts';
import * as during from '../during/during.repository.ts';
import { syncBooking } from './sync.service.ts';
import { presentNotice, presentNoticeRow, presentPrintable } from './notices.presenter.ts';

/** POST /service-notices {bookingId}: staff issue (or bring up to date) the notice of a confirmed booking at once. */
export async function issueForBooking(ctx: Ctx, bookingId: string) {
  const actor = requireActor(ctx);
  const b = await repo.findBooking(ctx.db, bookingId);
  if (!b) throw errors.field('bookingId', 'unknown booking', 'unknown_reference');
  authorize(actor, b.propertyId, 'meetings.issue');
  if (b.status !== 'confirmed') throw failMeeting('booking_not_confirmed', undefined, { status: b.status });
  const out = await syncBooking(ctx.db, bookingId, ctx.now(), actor);
  return { created: out.action === 'issued', notice: await noticeView(ctx, actor, out.notice!) };
}

/** The notice as the actor sees it: its tasks, readiness, checks and incidents loaded, then presented. */
async function noticeView(ctx: Ctx, actor: Actor, n: shared.NoticeRow) {
  const [taskRows, deps, checkRows, incidents] = await Promise.all([
    tasks.tasksOf(ctx.db, [n.id]),
    tasks.departmentsOf(ctx.db, [n.id]),
    checks.checksOf(ctx.db, n.id),
    during.incidentsOf(ctx.db, n.id),
  ]);
  const [names, photos] = await Promise.all([
    shared.userNames(ctx.db, [
      ...taskRows.map((t) => t.doneBy),
      ...deps.flatMap((d) => [d.readyBy, d.verifiedBy]),
      ...checkRows.map((c) => c.checkedBy),
      ...incidents.map((i) => i.reportedBy),
    ]),
    tasks.photosOf(
      ctx.db,
      taskRows.filter((t) => t.status === 'done').map((t) => t.id),
    ),
  ]);
  return presentNotice(actor, n, { tasks: taskRows, deps, checks: checkRows, incidents, names, photos }, ctx.now());
}

export async function getNotice(ctx: Ctx, id: string) {
  const { actor, n, confidentiality } = await visibleNotice(ctx, id);
  if (isClosed(confidentiality)) {
    await audit(ctx.db, ctx, {
      action: 'service_notice.viewed',
      entityType: 'service_notice',
      entityId: n.id,
      propertyId: n.propertyId,
      meta: { confidentiality },
    });
  }
  return noticeView(ctx, actor, n);
}

export async function listNotices(ctx: Ctx, q: { propertyId: string; from?: string; to?: string; limit: number }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'meetings.read');
  const { from, to } = await dayWindow(ctx, q.propertyId, q.from, q.to);
  // M12: a confidential meeting is listed only to those who may open it (then with its name).
  const rows = await repo.listNotices(ctx.db, {
    propertyId: q.propertyId,
    from,
    to,
    limit: q.limit,
    viewer: listViewer(actor, q.propertyId),
  });
  const [taskRows, deps] = await Promise.all([
    tasks.tasksOf(
      ctx.db,
      rows.map((r) => r.id),
    ),
    tasks.departmentsOf(
      ctx.db,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    data: rows.map((n) =>
      presentNoticeRow(
        n,
        taskRows.filter((t) => t.noticeId === n.id && t.status !== 'cancelled'),
        deps.filter((x) => x.noticeId === n.id),
        ctx.now(),
      ),
    ),
  };
}

/** [from, to): given, or today and tomorrow in the property's time zone. */
export async function dayWindow(ctx: Ctx, propertyId: string, from?: string, to?: string) {
  const tz = (await loadWorkCalendar(ctx.db, propertyId)).timeZone;
  const today = dayjs(ctx.now()).tz(tz).startOf('day');
  const f = from ? new Date(from) : today.toDate();
  const t = to ? new Date(to) : today.add(2, 'day').toDate();
  if (t <= f) throw errors.field('to', '结束时间必须晚于开始时间 / to must be after from', 'range');
  return { from: f, to: t };
}

/** Printable 《会议服务通知单》 with one task sheet per department (or only `department`'s). */
export async function printable(ctx: Ctx, id: string, department?: Department) {
  const { n } = await visibleNotice(ctx, id);
  const tz = (await loadWorkCalendar(ctx.db, n.propertyId)).timeZone;
  const list = (await tasks.tasksOf(ctx.db, [n.id])).filter(
    (t) => t.status !== 'cancelled' && (!department || t.department === department),
  );
  const names = await shared.userNames(ctx.db, [n.issuedBy, ...list.map((t) => t.doneBy)]);
  await audit(ctx.db, ctx, {
    action: 'service_notice.printed',
    entityType: 'service_notice',
    entityId: n.id,
    propertyId: n.propertyId,
    meta: { department: department ?? null },
  });
  return presentPrintable(n, list, names, tz);
}
