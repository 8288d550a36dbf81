/**
 * Booking → service notice (SPEC M4, M5): a confirmed booking becomes a numbered 《会议服务通知单》
 * split into department tasks; a change re-issues it (version + 1) and tells each department what
 * changed for it; back to requested holds it; cancellation cancels the open tasks. It is a
 * reconciliation: `syncBooking` compares the booking's version with the one the notice was made
 * from, so the explicit POST /service-notices and the durable scanner job (notices.jobs.ts) can
 * both run it, any number of times, in any order. Every write is audited in its transaction.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import {
  CUP_TYPES,
  settingsOf,
  DEPARTMENT_ROLES,
  DEPARTMENTS,
  SERVICE_CENTER_ROLES,
  SERVING_ORDER_ZH,
  type Department,
  type NoticeChange,
} from '@hy/contracts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import type { Db, DbOrTx, Tx } from '../../../db/client.ts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { publish } from '../../notifications/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import * as shared from '../meeting/meeting.repository.ts';
import * as repo from './notices.repository.ts';
import * as tasks from '../tasks/tasks.repository.ts';
import { loadDefaultTemplates } from '../tasks/templates.service.ts';
import { scheduleChecks } from '../checks/checks.timers.ts';
import { checkOffsetsOf } from '../checks/checks.rules.ts';
import {
  DEFAULT_CONFERENCE_BUILDINGS,
  diffSize,
  diffTasks,
  planTasks,
  type DepartmentDiff,
  type TemplateLike,
} from '../tasks/tasks.rules.ts';
import { isConference, noticeDeadlines } from './notices.rules.ts';
import { HELD, cancelledText, changedText, contentChanges, diffChanges, issuedText, lateText } from './notices.notifications.ts';

type MeetingSettings = { meetings?: { conferenceBuildings?: string[] } };

/** What planning a property's notices needs: its work calendar, active templates (the defaults on first use), check offsets, conference buildings. */
async function env(db: DbOrTx, propertyId: string) {
  const p = await shared.property(db, propertyId);
  const settings = (p?.settings ?? {}) as MeetingSettings;
  const s = settingsOf(p?.settings);
  const cal = await loadWorkCalendar(db, propertyId);
  if (!(await tasks.hasTemplates(db, propertyId))) await loadDefaultTemplates(db, propertyId);
  const templates = (await tasks.listTemplates(db, propertyId)).filter((t) => t.active) as TemplateLike[];
  return {
    cal,
    templates,
    offsets: checkOffsetsOf(s),
    noticeDays: { notice: s['meetings.noticeWorkingDaysAhead'], ready: s['meetings.readyWorkingDaysBefore'] },
    conferenceBuildings: settings.meetings?.conferenceBuildings ?? DEFAULT_CONFERENCE_BUILDINGS,
  };
}

async function contentOf(tx: DbOrTx, b: shared.BookingRow) {
  const venues = await shared.venueInfo(tx, [b.venueId, ...b.linkedVenueIds]);
  const v = venues.find((x) => x.id === b.venueId)!;
  const cup = CUP_TYPES[b.importance];
  const content: NoticeContent = {
    bookingNumber: b.number,
    meetingName: b.topic,
    startAt: b.startAt.toISOString(),
    endAt: b.endAt.toISOString(),
    venue: { id: v.id, name: v.name, type: v.type, class: v.cls, building: v.building, buildingCode: v.buildingCode },
    linkedVenues: venues.filter((x) => x.id !== b.venueId).map((x) => x.name),
    organizerUnit: b.organizerUnit,
    contactName: b.contactName,
    contactPhone: b.contactPhone,
    attendeeCount: b.attendeeCount,
    layout: b.layout,
    services: b.services,
    notes: b.notes,
    importance: b.importance,
    cupType: cup.code,
    cupTypeText: cup.zh,
    servingOrder: SERVING_ORDER_ZH,
    confidentiality: b.confidentiality,
  };
  return content;
}

/** What an active notice copies from its booking: the booking's version, time, venue, content, conference building. */
const fromBooking = (b: shared.BookingRow, content: Awaited<ReturnType<typeof contentOf>>, conference: boolean) => ({
  status: 'active' as const,
  bookingVersion: b.version,
  startAt: b.startAt,
  endAt: b.endAt,
  venueId: b.venueId,
  content,
  conferenceBuilding: conference,
});

const factsOf = (b: shared.BookingRow, venue: { type: string; cls: string }) => ({
  start: b.startAt,
  end: b.endAt,
  attendees: b.attendeeCount,
  importance: b.importance,
  services: b.services,
  venueType: venue.type,
  venueClass: venue.cls,
});

/**
 * Brings the booking's notice in line with the booking: issues it (confirmed, none yet), re-issues
 * it (booking changed since), holds it (back to requested), cancels it (cancelled/rejected/expired).
 * Returns the notice and what happened; idempotent.
 */
export async function syncBooking(db: Db, bookingId: string, now: Date, actor: Actor | null = null) {
  return db.transaction(async (tx) => {
    const b = await repo.lockBooking(tx, bookingId);
    if (!b) return { notice: null, action: 'none' as const };
    const n = await repo.noticeOfBooking(tx, bookingId);
    const ctx: Ctx = { ...systemCtx(tx, now), actor };
    if (b.status === 'confirmed') {
      if (!n) return { notice: await issue(tx, ctx, b), action: 'issued' as const };
      if (n.bookingVersion !== b.version || n.status !== 'active')
        return { notice: await reissue(tx, ctx, b, n), action: 'reissued' as const };
      return { notice: n, action: 'none' as const };
    }
    if (!n || n.bookingVersion === b.version) return { notice: n, action: 'none' as const };
    if (n.status === 'cancelled')
      return { notice: await repo.updateNotice(tx, n.id, { bookingVersion: b.version }), action: 'none' as const };
    return b.status === 'requested'
      ? { notice: await hold(tx, ctx, b, n), action: 'held' as const }
      : { notice: await cancel(tx, ctx, b, n), action: 'cancelled' as const };
  });
}

async function issue(tx: Tx, ctx: Ctx, b: shared.BookingRow) {
  const now = ctx.now();
  const e = await env(tx, b.propertyId);
  const content = await contentOf(tx, b);
  const conference = isConference(content.venue, e.conferenceBuildings);
  const deadlines = noticeDeadlines(e.cal, b.startAt, conference, e.noticeDays);
  const year = dayjs(now).tz(e.cal.timeZone).format('YYYY');
  const seq = await shared.nextNumber(tx, b.propertyId, `service_notice:${year}`);
  const n = await repo.insertNotice(tx, {
    propertyId: b.propertyId,
    bookingId: b.id,
    number: `HY-TZ-${year}-${String(seq).padStart(6, '0')}`,
    version: 1,
    ...fromBooking(b, content, conference),
    ...deadlines,
    issuedLate: !!deadlines.noticeDeadline && now > deadlines.noticeDeadline,
    issuedBy: ctx.actor?.id ?? null,
    issuedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const planned = planTasks(e.templates, factsOf(b, { type: content.venue.type, cls: content.venue.class }), e.cal);
  await tasks.upsertTasks(
    tx,
    planned.map((p) => ({ ...p, propertyId: b.propertyId, noticeId: n.id, createdAt: now, updatedAt: now })),
  );
  const departments = [...new Set(planned.map((p) => p.department))];
  await tasks.ensureDepartments(tx, n.id, departments);
  await scheduleChecks(tx, n, e.offsets);
  await audit(tx, ctx, {
    action: 'service_notice.issued',
    entityType: 'service_notice',
    entityId: n.id,
    propertyId: n.propertyId,
    before: null,
    after: { ...n, tasks: planned.length },
  });
  for (const d of departments) {
    await notify(tx, {
      propertyId: n.propertyId,
      roles: [...DEPARTMENT_ROLES[d]],
      kind: 'meetings.notice_issued',
      severity: n.issuedLate ? 'warning' : 'info',
      ...issuedText(
        n,
        d,
        planned.filter((p) => p.department === d),
      ),
      link: `/service-notices/${n.id}`,
      data: { noticeId: n.id, department: d, version: 1 },
    });
  }
  if (n.issuedLate) {
    await notify(tx, {
      propertyId: n.propertyId,
      roles: [...SERVICE_CENTER_ROLES],
      kind: 'meetings.notice_late',
      severity: 'warning',
      ...lateText(n),
      link: `/service-notices/${n.id}`,
      data: { noticeId: n.id },
    });
  }
  await publish(tx, {
    type: 'event',
    topic: 'meetings.notice_issued',
    propertyId: n.propertyId,
    entity: { type: 'notice', id: n.id },
    data: { noticeId: n.id, version: 1 },
  });
  return n;
}

async function reissue(tx: Tx, ctx: Ctx, b: shared.BookingRow, n: shared.NoticeRow) {
  const now = ctx.now();
  const e = await env(tx, b.propertyId);
  const content = await contentOf(tx, b);
  const conference = isConference(content.venue, e.conferenceBuildings);
  const planned = planTasks(e.templates, factsOf(b, { type: content.venue.type, cls: content.venue.class }), e.cal);
  const existing = await tasks.tasksOf(tx, [n.id]);
  const diff = diffTasks(existing, planned);
  const byKey = new Map(existing.map((t) => [t.key, t]));
  const changedDepartments = DEPARTMENTS.filter((d) => diffSize(diff[d]) > 0);
  // Kept tasks get their new time and quantity (a done one moved or re-counted is open again); new keys are inserted.
  const fresh: Parameters<typeof tasks.upsertTasks>[1] = [];
  for (const p of planned) {
    const t = byKey.get(p.key);
    if (!t || t.status === 'cancelled') {
      fresh.push({ ...p, propertyId: b.propertyId, noticeId: n.id, createdAt: now, updatedAt: now });
      continue;
    }
    const moved = t.dueAt.getTime() !== p.dueAt.getTime();
    const recount = t.quantity !== p.quantity;
    if (moved || recount || t.title !== p.title || t.instructions !== p.instructions) {
      await tasks.updateTask(tx, t.id, {
        title: p.title,
        instructions: p.instructions,
        dueAt: p.dueAt,
        quantity: p.quantity,
        unit: p.unit,
        sort: p.sort,
        updatedAt: now,
        ...(moved ? { overdueAlertedAt: null } : {}),
        ...((moved || recount) && t.status === 'done' ? { status: 'open', doneBy: null, doneAt: null } : {}),
      });
    }
  }
  await tasks.upsertTasks(tx, fresh);
  const next = new Set(planned.map((p) => p.key));
  await tasks.cancelTasks(
    tx,
    existing.filter((t) => t.status !== 'cancelled' && !next.has(t.key)).map((t) => t.id),
    now,
  );
  const row = (await repo.updateNotice(tx, n.id, {
    version: n.version + 1,
    ...fromBooking(b, content, conference),
    ...noticeDeadlines(e.cal, b.startAt, conference, e.noticeDays),
    issuedBy: ctx.actor?.id ?? n.issuedBy,
    updatedAt: now,
  }))!;
  await tasks.ensureDepartments(tx, n.id, [...new Set(planned.map((p) => p.department))]);
  await tasks.resetReadiness(tx, n.id, changedDepartments);
  if (n.startAt.getTime() !== b.startAt.getTime() || n.status !== 'active') await scheduleChecks(tx, row, e.offsets);
  const changes = contentChanges(n.content, content);
  // Everyone with tasks hears of a new time or place (or a resumed notice); otherwise only departments whose tasks changed.
  const everyone =
    n.status !== 'active' ||
    n.startAt.getTime() !== b.startAt.getTime() ||
    n.endAt.getTime() !== b.endAt.getTime() ||
    n.venueId !== b.venueId;
  const touched = DEPARTMENTS.filter((d) => diffSize(diff[d]) > 0 || (everyone && planned.some((p) => p.department === d)));
  await audit(tx, ctx, {
    action: 'service_notice.reissued',
    entityType: 'service_notice',
    entityId: n.id,
    propertyId: n.propertyId,
    before: n,
    after: row,
    meta: { version: row.version, changes, diff: Object.fromEntries(changedDepartments.map((d) => [d, diff[d]])) },
  });
  for (const d of touched) await tellDepartment(tx, row, d, diff[d], changes, n.status === 'on_hold' ? 'resumed' : 'changed');
  await publish(tx, {
    type: 'event',
    topic: 'meetings.notice_reissued',
    propertyId: n.propertyId,
    entity: { type: 'notice', id: n.id },
    data: { noticeId: n.id, version: row.version },
  });
  return row;
}

async function tellDepartment(
  tx: Tx,
  n: shared.NoticeRow,
  d: Department,
  diff: DepartmentDiff,
  changes: NoticeChange[],
  state: 'changed' | 'resumed' | 'held',
) {
  await notify(tx, {
    propertyId: n.propertyId,
    roles: [...DEPARTMENT_ROLES[d]],
    kind: 'meetings.notice_changed',
    severity: 'warning',
    ...changedText(n, state, [...changes, ...diffChanges(diff)]),
    link: `/service-notices/${n.id}`,
    data: { noticeId: n.id, department: d, version: n.version, diff, changes },
  });
}

async function hold(tx: Tx, ctx: Ctx, b: shared.BookingRow, n: shared.NoticeRow) {
  const row = (await repo.updateNotice(tx, n.id, {
    status: 'on_hold',
    version: n.version + 1,
    bookingVersion: b.version,
    updatedAt: ctx.now(),
  }))!;
  await audit(tx, ctx, {
    action: 'service_notice.on_hold',
    entityType: 'service_notice',
    entityId: n.id,
    propertyId: n.propertyId,
    before: n,
    after: row,
  });
  const list = await tasks.tasksOf(tx, [n.id]);
  for (const d of DEPARTMENTS.filter((x) => list.some((t) => t.department === x && t.status === 'open'))) {
    await tellDepartment(tx, row, d, { added: [], removed: [], moved: [], quantityChanged: [] }, [HELD], 'held');
  }
  return row;
}

async function cancel(tx: Tx, ctx: Ctx, b: shared.BookingRow, n: shared.NoticeRow) {
  const now = ctx.now();
  const open = (await tasks.tasksOf(tx, [n.id])).filter((t) => t.status === 'open');
  await tasks.cancelTasks(
    tx,
    open.map((t) => t.id),
    now,
  );
  const row = (await repo.updateNotice(tx, n.id, {
    status: 'cancelled',
    version: n.version + 1,
    bookingVersion: b.version,
    updatedAt: now,
  }))!;
  await audit(tx, ctx, {
    action: 'service_notice.cancelled',
    entityType: 'service_notice',
    entityId: n.id,
    propertyId: n.propertyId,
    before: n,
    after: row,
    meta: { bookingStatus: b.status, cancelledTasks: open.length },
  });
  for (const d of DEPARTMENTS) {
    const mine = open.filter((t) => t.department === d);
    if (!mine.length) continue;
    await notify(tx, {
      propertyId: n.propertyId,
      roles: [...DEPARTMENT_ROLES[d]],
      kind: 'meetings.notice_cancelled',
      severity: 'warning',
      ...cancelledText(n, mine.length),
      link: `/service-notices/${n.id}`,
      data: { noticeId: n.id, department: d, cancelledTasks: mine.map((t) => t.key) },
    });
  }
  await publish(tx, {
    type: 'event',
    topic: 'meetings.notice_cancelled',
    propertyId: n.propertyId,
    entity: { type: 'notice', id: n.id },
    data: { noticeId: n.id },
  });
  return row;
}

/** The scanner's pass: every booking from yesterday on whose notice is missing or stale is synced. */
export async function syncPending(db: Db, now: Date, propertyId?: string) {
  let synced = 0;
  const from = new Date(now.getTime() - 86_400_000);
  for (const p of propertyId ? [propertyId] : await shared.propertyIds(db)) {
    for (;;) {
      const batch = await repo.outOfSync(db, p, from, 200);
      let done = 0;
      for (const id of batch) if ((await syncBooking(db, id, now)).action !== 'none') done++;
      synced += done;
      if (batch.length < 200 || !done) break;
    }
  }
  return synced;
}
