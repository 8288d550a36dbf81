/**
 * Meeting services use cases (SPEC M4, M5, M8, M12a). A confirmed booking becomes a numbered
 * 《会议服务通知单》 split into department tasks; a change re-issues it (version + 1) and tells each
 * department what changed for it; cancellation cancels the open tasks. Booking → notice is a
 * reconciliation: `syncBooking` compares the booking's version with the one the notice was made
 * from, so the explicit POST /service-notices and the durable scanner job (meetings.jobs.ts) can
 * both run it, any number of times, in any order. Every write is audited in its transaction.
 */
import dayjs from 'dayjs';
import { sql } from 'drizzle-orm';
import {
  CHECK_LEVELS, CUP_TYPES, DEPARTMENT_LABELS, DEPARTMENT_ROLES, DEPARTMENTS, MEETING_ERROR_CODES, MEETING_MANAGER_ROLES,
  SERVICE_CENTER_ROLES, SERVING_ORDER_ZH, AV_EMERGENCY_PLAN_ZH, type Department, type MeetingErrorCode, type NoticePolicies,
} from '@hy/contracts';
import { type Actor, type Ctx, authorize, can, hasRole, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import type { Db, DbOrTx, Tx } from '../../../db/client.ts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { scheduleJob } from '../../../jobs/runner.ts';
import { audit } from '../../audit/audit.service.ts';
import { notify } from '../../notifications/notifications.service.ts';
import { publish } from '../../notifications/notifications.hub.ts';
import { loadWorkCalendar } from '../../calendar/calendar.service.ts';
import { systemCtx } from '../../bookings/bookings.service.ts';
import * as repo from './notices.repository.ts';
import * as more from '../fees/fees.repository.ts';
import { canSeeMeeting } from '../meeting/meeting.policy.ts';
import { isClosed, listViewer } from '../../bookings/confidentiality/confidentiality.policy.ts';
import {
  CONFERENCE_TYPES, DEFAULT_CONFERENCE_BUILDINGS, beforeStart, defaultTemplates, describeDiff, diffSize, diffTasks, liveStatus, noticeDeadlines, planTasks,
  type DepartmentDiff, type TemplateLike,
} from '../tasks/tasks.rules.ts';

const fail = (code: MeetingErrorCode, detail?: string, extra?: Record<string, unknown>) =>
  new AppError(code, MEETING_ERROR_CODES[code].status, detail ?? MEETING_ERROR_CODES[code].zh, undefined, extra);

export const CHECK_JOB = 'meetings.check_due';
type MeetingSettings = { meetings?: { checkOffsets?: number[]; conferenceBuildings?: string[] } };

// ---------- templates ----------

/** Loads the seed-004 default templates into a property (the ones it lacks, by code). Exported for demo data. */
export async function loadDefaultTemplates(db: DbOrTx, propertyId: string) {
  return repo.insertTemplates(db, defaultTemplates().map((t) => ({ ...t, propertyId, active: true })));
}

const presentTemplate = (t: repo.TemplateRow) => ({
  ...t, timing: t.dayBeforeAt ? { kind: 'day_before' as const, at: t.dayBeforeAt } : { kind: 'offset' as const, minutes: t.offsetMinutes },
  createdAt: t.createdAt.toISOString(), updatedAt: t.updatedAt.toISOString(),
});

export async function listTemplates(ctx: Ctx, q: { propertyId: string; department?: Department }) {
  authorize(requireActor(ctx), q.propertyId, 'meetings.read');
  return { data: (await repo.listTemplates(ctx.db, q.propertyId, q.department)).map(presentTemplate) };
}

export async function loadDefaults(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'meetings.templates.manage');
  return ctx.db.transaction(async (tx) => {
    const rows = await loadDefaultTemplates(tx, propertyId);
    await audit(tx, ctx, { action: 'task_template.defaults_loaded', entityType: 'property', entityId: propertyId, propertyId, meta: { added: rows.map((r) => r.code) } });
    return { added: rows.length };
  });
}

export async function createTemplate(ctx: Ctx, input: Omit<TemplateLike, 'active'> & { propertyId: string }) {
  authorize(requireActor(ctx), input.propertyId, 'meetings.templates.manage');
  return ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertTemplates(tx, [{ ...input, createdAt: ctx.now(), updatedAt: ctx.now() }]);
    if (!row) throw errors.duplicate('code', `template ${input.code} exists`);
    await audit(tx, ctx, { action: 'task_template.created', entityType: 'task_template', entityId: row.id, propertyId: row.propertyId, before: null, after: row });
    return presentTemplate(row);
  });
}

export async function updateTemplate(ctx: Ctx, id: string, patch: Partial<TemplateLike>) {
  const actor = requireActor(ctx);
  const before = await repo.findTemplate(ctx.db, id);
  if (!before) throw errors.notFound('task template');
  authorize(actor, before.propertyId, 'meetings.templates.manage');
  const merged = { ...before, ...patch };
  if ((merged.offsetMinutes === null) === (merged.dayBeforeAt === null)) throw errors.field('offsetMinutes', 'either offsetMinutes or dayBeforeAt', 'timing');
  return ctx.db.transaction(async (tx) => {
    const row = (await repo.updateTemplate(tx, id, { ...patch, updatedAt: ctx.now() }))!;
    await audit(tx, ctx, { action: 'task_template.updated', entityType: 'task_template', entityId: id, propertyId: row.propertyId, before, after: row });
    return presentTemplate(row);
  });
}

// ---------- booking → notice ----------

const fmt = (tz: string) => (d: Date | string) => dayjs(d).tz(tz).format('MM-DD HH:mm');

async function env(db: DbOrTx, propertyId: string) {
  const p = await repo.property(db, propertyId);
  const settings = (p?.settings ?? {}) as MeetingSettings;
  const cal = await loadWorkCalendar(db, propertyId);
  if (!(await repo.hasTemplates(db, propertyId))) await loadDefaultTemplates(db, propertyId);
  const templates = (await repo.listTemplates(db, propertyId)).filter((t) => t.active) as TemplateLike[];
  return { cal, templates, offsets: settings.meetings?.checkOffsets ?? CHECK_LEVELS.map((c) => c.offsetMinutes), conferenceBuildings: settings.meetings?.conferenceBuildings ?? DEFAULT_CONFERENCE_BUILDINGS };
}

async function contentOf(tx: DbOrTx, b: repo.BookingRow) {
  const venues = await repo.venueInfo(tx, [b.venueId, ...b.linkedVenueIds]);
  const v = venues.find((x) => x.id === b.venueId)!;
  const cup = CUP_TYPES[b.importance];
  const content: NoticeContent = {
    bookingNumber: b.number, meetingName: b.topic, startAt: b.startAt.toISOString(), endAt: b.endAt.toISOString(),
    venue: { id: v.id, name: v.name, type: v.type, class: v.cls, building: v.building, buildingCode: v.buildingCode },
    linkedVenues: venues.filter((x) => x.id !== b.venueId).map((x) => x.name),
    organizerUnit: b.organizerUnit, contactName: b.contactName, contactPhone: b.contactPhone, attendeeCount: b.attendeeCount, layout: b.layout,
    services: b.services, notes: b.notes, importance: b.importance, cupType: cup.code, cupTypeText: cup.zh, servingOrder: SERVING_ORDER_ZH,
    confidentiality: b.confidentiality,
  };
  return content;
}

/** What changed on the notice itself, for people to read. */
function contentChanges(a: NoticeContent, b: NoticeContent, f: (d: string) => string): string[] {
  const out: string[] = [];
  if (a.startAt !== b.startAt || a.endAt !== b.endAt) out.push(`时间：${f(a.startAt)}–${f(a.endAt)} → ${f(b.startAt)}–${f(b.endAt)}`);
  if (a.venue.id !== b.venue.id) out.push(`会场：${a.venue.name} → ${b.venue.name}`);
  if (a.attendeeCount !== b.attendeeCount) out.push(`人数：${a.attendeeCount} → ${b.attendeeCount}`);
  if (JSON.stringify(a.services) !== JSON.stringify(b.services)) out.push('服务要求已变更');
  if (a.importance !== b.importance) out.push(`重要程度：${a.cupTypeText} → ${b.cupTypeText}`);
  if (a.layout !== b.layout) out.push(`布局：${a.layout ?? '-'} → ${b.layout ?? '-'}`);
  if (a.meetingName !== b.meetingName) out.push('会议名称已变更');
  return out;
}

const meetingLine = (n: { number: string; content: NoticeContent }, f: (d: string) => string) =>
  `${n.number} ${isClosed(n.content.confidentiality) ? '' : `${n.content.meetingName} `}${n.content.venue.name} ${f(n.content.startAt)}`;

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
      if (n.bookingVersion !== b.version || n.status !== 'active') return { notice: await reissue(tx, ctx, b, n), action: 'reissued' as const };
      return { notice: n, action: 'none' as const };
    }
    if (!n || n.bookingVersion === b.version) return { notice: n, action: 'none' as const };
    if (n.status === 'cancelled') return { notice: await repo.updateNotice(tx, n.id, { bookingVersion: b.version }), action: 'none' as const };
    return b.status === 'requested' ? { notice: await hold(tx, ctx, b, n), action: 'held' as const } : { notice: await cancel(tx, ctx, b, n), action: 'cancelled' as const };
  });
}

async function issue(tx: Tx, ctx: Ctx, b: repo.BookingRow) {
  const now = ctx.now();
  const e = await env(tx, b.propertyId);
  const content = await contentOf(tx, b);
  const conference = CONFERENCE_TYPES.includes(content.venue.type) || e.conferenceBuildings.includes(content.venue.buildingCode ?? '');
  const deadlines = noticeDeadlines(e.cal, b.startAt, conference);
  const year = dayjs(now).tz(e.cal.timeZone).format('YYYY');
  const seq = await repo.nextNumber(tx, b.propertyId, `service_notice:${year}`);
  const n = await repo.insertNotice(tx, {
    propertyId: b.propertyId, bookingId: b.id, number: `HY-TZ-${year}-${String(seq).padStart(6, '0')}`, version: 1, status: 'active', bookingVersion: b.version,
    startAt: b.startAt, endAt: b.endAt, venueId: b.venueId, content, conferenceBuilding: conference, ...deadlines,
    issuedLate: !!deadlines.noticeDeadline && now > deadlines.noticeDeadline, issuedBy: ctx.actor?.id ?? null, issuedAt: now, createdAt: now, updatedAt: now,
  });
  const planned = planTasks(e.templates, factsOf(b, { type: content.venue.type, cls: content.venue.class }), e.cal);
  await repo.upsertTasks(tx, planned.map((p) => ({ ...p, propertyId: b.propertyId, noticeId: n.id, createdAt: now, updatedAt: now })));
  const departments = [...new Set(planned.map((p) => p.department))];
  await repo.ensureDepartments(tx, n.id, departments);
  await scheduleChecks(tx, n, e.offsets);
  await audit(tx, ctx, { action: 'service_notice.issued', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, before: null, after: { ...n, tasks: planned.length } });
  const f = fmt(e.cal.timeZone);
  const late = n.issuedLate ? `（晚于规定的提前2天发出，截止 ${f(n.noticeDeadline!)}）` : '';
  for (const d of departments) {
    const mine = planned.filter((p) => p.department === d);
    await notify(tx, {
      propertyId: n.propertyId, roles: [...DEPARTMENT_ROLES[d]], kind: 'meetings.notice_issued', severity: n.issuedLate ? 'warning' : 'info',
      title: `会议服务通知单 ${n.number}`, link: `/service-notices/${n.id}`, data: { noticeId: n.id, department: d, version: 1 },
      body: `${meetingLine(n, f)}：${DEPARTMENT_LABELS[d].zh}任务 ${mine.length} 项，首项 ${f(mine[0]!.dueAt)}${late}`,
    });
  }
  if (n.issuedLate) {
    await notify(tx, { propertyId: n.propertyId, roles: [...SERVICE_CENTER_ROLES], kind: 'meetings.notice_late', severity: 'warning', title: `通知单发出过晚 ${n.number}`, body: `${meetingLine(n, f)}${late}`, link: `/service-notices/${n.id}`, data: { noticeId: n.id } });
  }
  await publish(tx, { type: 'event', topic: 'meetings.notice_issued', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id, version: 1 } });
  return n;
}

const factsOf = (b: repo.BookingRow, venue: { type: string; cls: string }) => ({
  start: b.startAt, end: b.endAt, attendees: b.attendeeCount, importance: b.importance, services: b.services,
  venueType: venue.type, venueClass: venue.cls,
});

async function scheduleChecks(tx: Tx, n: repo.NoticeRow, offsets: number[]) {
  for (const c of CHECK_LEVELS) {
    const dueAt = new Date(n.startAt.getTime() - (offsets[c.level - 1] ?? c.offsetMinutes) * 60_000);
    await repo.upsertCheck(tx, { noticeId: n.id, level: c.level, propertyId: n.propertyId, dueAt });
    await scheduleJob(tx, CHECK_JOB, { noticeId: n.id, level: c.level, dueAt: dueAt.toISOString() }, { runAt: dueAt, uniqueKey: `${CHECK_JOB}:${n.id}:${c.level}:${dueAt.toISOString()}` });
  }
}

async function reissue(tx: Tx, ctx: Ctx, b: repo.BookingRow, n: repo.NoticeRow) {
  const now = ctx.now();
  const e = await env(tx, b.propertyId);
  const content = await contentOf(tx, b);
  const conference = CONFERENCE_TYPES.includes(content.venue.type) || e.conferenceBuildings.includes(content.venue.buildingCode ?? '');
  const planned = planTasks(e.templates, factsOf(b, { type: content.venue.type, cls: content.venue.class }), e.cal);
  const existing = await repo.tasksOf(tx, [n.id]);
  const diff = diffTasks(existing, planned);
  const byKey = new Map(existing.map((t) => [t.key, t]));
  const changedDepartments = DEPARTMENTS.filter((d) => diffSize(diff[d]) > 0);
  // Kept tasks get their new time and quantity (a done one moved or re-counted is open again); new keys are inserted.
  const fresh: Parameters<typeof repo.upsertTasks>[1] = [];
  for (const p of planned) {
    const t = byKey.get(p.key);
    if (!t || t.status === 'cancelled') { fresh.push({ ...p, propertyId: b.propertyId, noticeId: n.id, createdAt: now, updatedAt: now }); continue; }
    const moved = t.dueAt.getTime() !== p.dueAt.getTime();
    const recount = t.quantity !== p.quantity;
    if (moved || recount || t.title !== p.title || t.instructions !== p.instructions) {
      await repo.updateTask(tx, t.id, {
        title: p.title, instructions: p.instructions, dueAt: p.dueAt, quantity: p.quantity, unit: p.unit, sort: p.sort, updatedAt: now,
        ...(moved ? { overdueAlertedAt: null } : {}),
        ...((moved || recount) && t.status === 'done' ? { status: 'open', doneBy: null, doneAt: null } : {}),
      });
    }
  }
  await repo.upsertTasks(tx, fresh);
  const next = new Set(planned.map((p) => p.key));
  await repo.cancelTasks(tx, existing.filter((t) => t.status !== 'cancelled' && !next.has(t.key)).map((t) => t.id), now);
  const row = (await repo.updateNotice(tx, n.id, {
    version: n.version + 1, status: 'active', bookingVersion: b.version, startAt: b.startAt, endAt: b.endAt, venueId: b.venueId, content,
    conferenceBuilding: conference, ...noticeDeadlines(e.cal, b.startAt, conference), issuedBy: ctx.actor?.id ?? n.issuedBy, updatedAt: now,
  }))!;
  await repo.ensureDepartments(tx, n.id, [...new Set(planned.map((p) => p.department))]);
  await repo.resetReadiness(tx, n.id, changedDepartments);
  if (n.startAt.getTime() !== b.startAt.getTime() || n.status !== 'active') await scheduleChecks(tx, row, e.offsets);
  const f = fmt(e.cal.timeZone);
  const changes = contentChanges(n.content, content, f);
  // Everyone with tasks hears of a new time or place (or a resumed notice); otherwise only departments whose tasks changed.
  const everyone = n.status !== 'active' || n.startAt.getTime() !== b.startAt.getTime() || n.endAt.getTime() !== b.endAt.getTime() || n.venueId !== b.venueId;
  const touched = DEPARTMENTS.filter((d) => diffSize(diff[d]) > 0 || (everyone && planned.some((p) => p.department === d)));
  await audit(tx, ctx, {
    action: 'service_notice.reissued', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, before: n, after: row,
    meta: { version: row.version, changes, diff: Object.fromEntries(changedDepartments.map((d) => [d, diff[d]])) },
  });
  for (const d of touched) await tellDepartment(tx, row, d, diff[d], changes, f, n.status === 'on_hold' ? '已恢复' : '已变更');
  await publish(tx, { type: 'event', topic: 'meetings.notice_reissued', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id, version: row.version } });
  return row;
}

async function tellDepartment(tx: Tx, n: repo.NoticeRow, d: Department, diff: DepartmentDiff, changes: string[], f: (x: string) => string, what: string) {
  const lines = [...changes, ...describeDiff(diff, f)];
  await notify(tx, {
    propertyId: n.propertyId, roles: [...DEPARTMENT_ROLES[d]], kind: 'meetings.notice_changed', severity: 'warning',
    title: `会议服务通知单${what} ${n.number}（第${n.version}版）`, body: `${meetingLine(n, f)}\n${lines.join('\n')}`,
    link: `/service-notices/${n.id}`, data: { noticeId: n.id, department: d, version: n.version, diff, changes },
  });
}

async function hold(tx: Tx, ctx: Ctx, b: repo.BookingRow, n: repo.NoticeRow) {
  const row = (await repo.updateNotice(tx, n.id, { status: 'on_hold', version: n.version + 1, bookingVersion: b.version, updatedAt: ctx.now() }))!;
  await audit(tx, ctx, { action: 'service_notice.on_hold', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, before: n, after: row });
  const f = fmt((await loadWorkCalendar(tx, n.propertyId)).timeZone);
  const tasks = await repo.tasksOf(tx, [n.id]);
  for (const d of DEPARTMENTS.filter((x) => tasks.some((t) => t.department === x && t.status === 'open'))) {
    await tellDepartment(tx, row, d, { added: [], removed: [], moved: [], quantityChanged: [] }, ['预订已改回待审批，暂停准备，待机关事务局批准后恢复'], f, '已暂停');
  }
  return row;
}

async function cancel(tx: Tx, ctx: Ctx, b: repo.BookingRow, n: repo.NoticeRow) {
  const now = ctx.now();
  const tasks = await repo.tasksOf(tx, [n.id]);
  const open = tasks.filter((t) => t.status === 'open');
  await repo.cancelTasks(tx, open.map((t) => t.id), now);
  const row = (await repo.updateNotice(tx, n.id, { status: 'cancelled', version: n.version + 1, bookingVersion: b.version, updatedAt: now }))!;
  await audit(tx, ctx, { action: 'service_notice.cancelled', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, before: n, after: row, meta: { bookingStatus: b.status, cancelledTasks: open.length } });
  const f = fmt((await loadWorkCalendar(tx, n.propertyId)).timeZone);
  for (const d of DEPARTMENTS) {
    const mine = open.filter((t) => t.department === d);
    if (!mine.length) continue;
    await notify(tx, {
      propertyId: n.propertyId, roles: [...DEPARTMENT_ROLES[d]], kind: 'meetings.notice_cancelled', severity: 'warning',
      title: `会议取消 ${n.number}`, body: `${meetingLine(n, f)}：已取消本部门未完成任务 ${mine.length} 项`, link: `/service-notices/${n.id}`,
      data: { noticeId: n.id, department: d, cancelledTasks: mine.map((t) => t.key) },
    });
  }
  await publish(tx, { type: 'event', topic: 'meetings.notice_cancelled', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id } });
  return row;
}

/** POST /service-notices {bookingId}: staff issue (or bring up to date) the notice of a confirmed booking at once. */
export async function issueForBooking(ctx: Ctx, bookingId: string) {
  const actor = requireActor(ctx);
  const b = await repo.findBooking(ctx.db, bookingId);
  if (!b) throw errors.field('bookingId', 'unknown booking', 'unknown_reference');
  authorize(actor, b.propertyId, 'meetings.issue');
  if (b.status !== 'confirmed') throw fail('booking_not_confirmed', undefined, { status: b.status });
  const out = await syncBooking(ctx.db, bookingId, ctx.now(), actor);
  return { created: out.action === 'issued', notice: await presentNotice(ctx, actor, out.notice!) };
}

// ---------- reading ----------

/** The notice if the actor reads meetings in its property and may see it (M12: its booking's level); 404 otherwise. */
async function visibleNotice(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const found = await more.noticeWithOrganization(ctx.db, id);
  if (!found) throw errors.notFound('service notice');
  const n = found.notice;
  if (!memberProperties(actor).includes(n.propertyId) || !(await canSeeMeeting(ctx.db, actor, found))) throw errors.notFound('service notice');
  authorize(actor, n.propertyId, 'meetings.read');
  return { actor, n, confidentiality: found.confidentiality };
}

const inDepartment = (actor: Actor, propertyId: string, d: Department) => hasRole(actor, propertyId, ...DEPARTMENT_ROLES[d]);
const iso = (d: Date | null) => d?.toISOString() ?? null;

function policiesOf(actor: Actor, n: repo.NoticeRow): NoticePolicies {
  const active = n.status === 'active';
  const p = n.propertyId;
  return {
    issue: can(actor, p, 'meetings.issue'), verify: active && can(actor, p, 'meetings.verify'),
    start: active && !n.startedAt && !n.endedAt && can(actor, p, 'meetings.run'), end: active && !n.endedAt && can(actor, p, 'meetings.run'),
    reportIncident: n.status !== 'cancelled' && can(actor, p, 'meetings.incidents'),
    readiness: active ? DEPARTMENTS.filter((d) => inDepartment(actor, p, d)) : [],
    checks: active ? CHECK_LEVELS.filter((c) => hasRole(actor, p, ...c.roles)).map((c) => c.level) : [],
  };
}

const presentTask = (actor: Actor, t: repo.TaskRow, names: Map<string, string>, now: Date, inDept = inDepartment(actor, t.propertyId, t.department)) => ({
  id: t.id, noticeId: t.noticeId, department: t.department, key: t.key, title: t.title, instructions: t.instructions, dueAt: t.dueAt.toISOString(),
  quantity: t.quantity, unit: t.unit, status: t.status, doneBy: t.doneBy, doneByName: t.doneBy ? names.get(t.doneBy) ?? null : null, doneAt: iso(t.doneAt),
  note: t.note, photoUrl: t.photoUrl, overdueAlertedAt: iso(t.overdueAlertedAt),
  overdue: t.status === 'open' && t.dueAt <= now,
  policies: { complete: t.status === 'open' && inDept },
});

export async function presentNotice(ctx: Ctx, actor: Actor, n: repo.NoticeRow) {
  const [tasks, deps, checks, incidents] = await Promise.all([repo.tasksOf(ctx.db, [n.id]), repo.departmentsOf(ctx.db, [n.id]), repo.checksOf(ctx.db, n.id), repo.incidentsOf(ctx.db, n.id)]);
  const names = await repo.userNames(ctx.db, [...tasks.map((t) => t.doneBy), ...deps.flatMap((d) => [d.readyBy, d.verifiedBy]), ...checks.map((c) => c.checkedBy), ...incidents.map((i) => i.reportedBy)]);
  const live = tasks.filter((t) => t.status !== 'cancelled');
  const departments = DEPARTMENTS.filter((d) => deps.some((x) => x.department === d) || live.some((t) => t.department === d)).map((d) => {
    const r = deps.find((x) => x.department === d);
    const mine = live.filter((t) => t.department === d);
    return {
      department: d, label: DEPARTMENT_LABELS[d].zh, total: mine.length, done: mine.filter((t) => t.status === 'done').length,
      openBeforeStart: mine.filter((t) => t.status === 'open' && beforeStart(t, n.startAt)).length,
      readyAt: iso(r?.readyAt ?? null), readyBy: r?.readyBy ?? null, verifiedAt: iso(r?.verifiedAt ?? null), verifiedBy: r?.verifiedBy ?? null,
      readyLate: !!(n.readyDeadline && (r?.readyAt ? r.readyAt > n.readyDeadline : ctx.now() > n.readyDeadline)),
      tasks: mine.map((t) => presentTask(actor, t, names, ctx.now())),
    };
  });
  return {
    id: n.id, propertyId: n.propertyId, bookingId: n.bookingId, number: n.number, version: n.version, status: n.status,
    liveStatus: liveStatus(n, departments.length > 0 && departments.every((d) => d.verifiedAt), ctx.now()),
    startAt: n.startAt.toISOString(), endAt: n.endAt.toISOString(), content: n.content,
    conferenceBuilding: n.conferenceBuilding, noticeDeadline: iso(n.noticeDeadline), readyDeadline: iso(n.readyDeadline), issuedLate: n.issuedLate,
    issuedBy: n.issuedBy, issuedAt: n.issuedAt.toISOString(), startedAt: iso(n.startedAt), endedAt: iso(n.endedAt),
    departments,
    checks: checks.map((c) => ({ level: c.level, label: CHECK_LEVELS[c.level - 1]!.zh, dueAt: c.dueAt.toISOString(), status: c.status, finding: c.finding, checkedBy: c.checkedBy, checkedByName: c.checkedBy ? names.get(c.checkedBy) ?? null : null, checkedAt: iso(c.checkedAt), missedAt: iso(c.missedAt) })),
    incidents: incidents.map(presentIncident),
    policies: policiesOf(actor, n),
  };
}

const presentIncident = (i: repo.IncidentRow) => ({
  id: i.id, noticeId: i.noticeId, kind: i.kind, severity: i.severity, description: i.description, handledBy: i.handledBy, handling: i.handling,
  escalated: i.escalated, reportedBy: i.reportedBy, reportedAt: i.reportedAt.toISOString(), resolvedBy: i.resolvedBy, resolvedAt: iso(i.resolvedAt),
  emergencyPlan: i.kind === 'equipment_failure' ? AV_EMERGENCY_PLAN_ZH : null,
});

export async function getNotice(ctx: Ctx, id: string) {
  const { actor, n, confidentiality } = await visibleNotice(ctx, id);
  if (isClosed(confidentiality)) {
    await audit(ctx.db, ctx, { action: 'service_notice.viewed', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { confidentiality } });
  }
  return presentNotice(ctx, actor, n);
}

export async function listNotices(ctx: Ctx, q: { propertyId: string; from?: string; to?: string; limit: number }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'meetings.read');
  const { from, to } = await window(ctx, q.propertyId, q.from, q.to);
  // M12: a confidential meeting is listed only to those who may open it (then with its name).
  const rows = await repo.listNotices(ctx.db, { propertyId: q.propertyId, from, to, limit: q.limit, viewer: listViewer(actor, q.propertyId) });
  const [tasks, deps] = await Promise.all([repo.tasksOf(ctx.db, rows.map((r) => r.id)), repo.departmentsOf(ctx.db, rows.map((r) => r.id))]);
  return {
    data: rows.map((n) => {
      const mine = tasks.filter((t) => t.noticeId === n.id && t.status !== 'cancelled');
      const d = deps.filter((x) => x.noticeId === n.id);
      return {
        id: n.id, number: n.number, version: n.version, status: n.status, bookingId: n.bookingId, startAt: n.startAt.toISOString(), endAt: n.endAt.toISOString(),
        meetingName: n.content.meetingName, confidentiality: n.content.confidentiality, venue: n.content.venue.name, attendeeCount: n.content.attendeeCount,
        issuedLate: n.issuedLate, tasks: mine.length, done: mine.filter((t) => t.status === 'done').length,
        liveStatus: liveStatus(n, d.length > 0 && d.every((x) => x.verifiedAt), ctx.now()),
      };
    }),
  };
}

/** [from, to): given, or today and tomorrow in the property's time zone. */
async function window(ctx: Ctx, propertyId: string, from?: string, to?: string) {
  const tz = (await loadWorkCalendar(ctx.db, propertyId)).timeZone;
  const today = dayjs(ctx.now()).tz(tz).startOf('day');
  const f = from ? new Date(from) : today.toDate();
  const t = to ? new Date(to) : today.add(2, 'day').toDate();
  if (t <= f) throw errors.field('to', '结束时间必须晚于开始时间 / to must be after from', 'range');
  return { from: f, to: t };
}

/** Printable 《会议服务通知单》 with one task sheet per department (or only `department`'s). */
export async function printable(ctx: Ctx, id: string, department?: Department) {
  const { actor, n } = await visibleNotice(ctx, id);
  const tz = (await loadWorkCalendar(ctx.db, n.propertyId)).timeZone;
  const at = (d: Date | string) => dayjs(d).tz(tz).format('YYYY-MM-DD HH:mm');
  const c = n.content as NoticeContent;
  const tasks = (await repo.tasksOf(ctx.db, [n.id])).filter((t) => t.status !== 'cancelled' && (!department || t.department === department));
  const names = await repo.userNames(ctx.db, [n.issuedBy, ...tasks.map((t) => t.doneBy)]);
  await audit(ctx.db, ctx, { action: 'service_notice.printed', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { department: department ?? null } });
  return {
    form: '会议服务通知单', number: n.number, version: n.version, status: n.status,
    fields: [
      ['会议名称', c.meetingName], ['会议时间', `${at(c.startAt)} — ${dayjs(c.endAt).tz(tz).format('HH:mm')}`], ['会议地点', [c.venue.name, ...c.linkedVenues].join('、')],
      ['组织单位', c.organizerUnit], ['联系人/电话', `${c.contactName} ${c.contactPhone}`], ['与会人数', String(c.attendeeCount)], ['会场布置', c.layout ?? ''],
      ['服务要求', (c.services as { code: string; qty?: number; text?: string; kind?: string }[]).map((s) => [s.code, s.kind, s.text, s.qty].filter((x) => x !== undefined).join(' ')).join('；')],
      ['重要程度/茶杯', c.cupTypeText], ['备注', c.notes ?? ''],
    ].map(([label, value]) => ({ label, value: value ?? '' })),
    servingOrder: c.servingOrder,
    issuedBy: n.issuedBy ? names.get(n.issuedBy) ?? null : '系统', issuedAt: at(n.issuedAt),
    noticeDeadline: n.noticeDeadline ? at(n.noticeDeadline) : null, readyDeadline: n.readyDeadline ? at(n.readyDeadline) : null, issuedLate: n.issuedLate,
    sheets: DEPARTMENTS.filter((d) => tasks.some((t) => t.department === d)).map((d) => ({
      department: d, label: DEPARTMENT_LABELS[d].zh,
      ...(d === 'meeting_staff' ? { cupType: c.cupTypeText, servingOrder: c.servingOrder } : {}),
      rows: tasks.filter((t) => t.department === d).map((t) => ({
        due: at(t.dueAt), title: t.title, quantity: t.quantity === null ? '' : `${t.quantity}${t.unit ?? ''}`, instructions: t.instructions ?? '',
        done: t.status === 'done' ? `${t.doneBy ? names.get(t.doneBy) ?? '' : ''} ${t.doneAt ? at(t.doneAt) : ''}`.trim() : '',
      })),
    })),
  };
}

// ---------- department boards ----------

/** A department's board: the tasks in due order, and each meeting once (by notice id). */
export async function departmentBoard(ctx: Ctx, q: { propertyId: string; department?: Department; from?: string; to?: string; limit: number }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'meetings.read');
  const { from, to } = await window(ctx, q.propertyId, q.from, q.to);
  const tasks = await repo.board(ctx.db, { ...q, from, to, viewer: listViewer(actor, q.propertyId) });
  const [meetings, names] = await Promise.all([repo.boardMeetings(ctx.db, [...new Set(tasks.map((t) => t.noticeId))]), repo.userNames(ctx.db, tasks.map((t) => t.doneBy))]);
  const now = ctx.now();
  const mine = new Map(DEPARTMENTS.map((d) => [d, inDepartment(actor, q.propertyId, d)]));
  return {
    from: from.toISOString(), to: to.toISOString(),
    meetings: Object.fromEntries(meetings.map((m) => [m.id, {
      number: m.number, status: m.status, name: m.name, confidentiality: m.confidentiality, venue: m.venue, startAt: m.startAt.toISOString(), endAt: m.endAt.toISOString(), attendeeCount: m.attendeeCount,
    }])),
    data: tasks.map((t) => presentTask(actor, t, names, now, mine.get(t.department))),
  };
}

function requireDepartment(actor: Actor, propertyId: string, d: Department) {
  if (inDepartment(actor, propertyId, d)) return;
  if (can(actor, propertyId, 'meetings.tasks.work')) throw fail('wrong_department', `只有${DEPARTMENT_LABELS[d].zh}人员可以处理 / only ${DEPARTMENT_LABELS[d].en}`);
  throw errors.forbidden();
}

export async function completeTask(ctx: Ctx, id: string, input: { note?: string | null; photoUrl?: string | null }) {
  const t = await repo.findTask(ctx.db, id);
  if (!t) throw errors.notFound('task');
  const { actor } = await visibleNotice(ctx, t.noticeId).catch((e) => { throw e?.status === 404 ? errors.notFound('task') : e; });
  requireDepartment(actor, t.propertyId, t.department);
  if (t.status === 'cancelled') throw fail('notice_inactive', '任务已取消 / the task was cancelled');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const row = await repo.completeTask(tx, id, actor.id, now, input.note ?? null, input.photoUrl ?? null);
    if (!row) throw fail('task_already_done');
    await audit(tx, ctx, { action: 'meeting_task.completed', entityType: 'meeting_task', entityId: id, propertyId: t.propertyId, before: t, after: row });
    await publish(tx, { type: 'event', topic: 'meetings.task_done', propertyId: t.propertyId, entity: { type: 'task', id }, data: { taskId: id, noticeId: t.noticeId, department: t.department } });
    return presentTask(actor, row, new Map([[actor.id, actor.displayName]]), ctx.now());
  });
}

async function activeNotice(ctx: Ctx, id: string) {
  const { actor, n } = await visibleNotice(ctx, id);
  if (n.status !== 'active') throw fail('notice_inactive', undefined, { status: n.status });
  return { actor, n };
}

export async function reportReady(ctx: Ctx, id: string, department: Department) {
  const { actor, n } = await activeNotice(ctx, id);
  requireDepartment(actor, n.propertyId, department);
  const open = (await repo.tasksOf(ctx.db, [n.id])).filter((t) => t.department === department && t.status === 'open' && beforeStart(t, n.startAt));
  if (open.length) throw fail('notice_not_ready', `${DEPARTMENT_LABELS[department].zh}仍有 ${open.length} 项会前任务未完成`, { openTasks: open.map((t) => ({ id: t.id, title: t.title, dueAt: t.dueAt.toISOString() })) });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.markReady(tx, n.id, department, actor.id, now);
    if (!row) throw fail('already_ready');
    await audit(tx, ctx, { action: 'service_notice.department_ready', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { department, late: !!n.readyDeadline && now > n.readyDeadline } });
    await notify(tx, { propertyId: n.propertyId, roles: [...SERVICE_CENTER_ROLES], kind: 'meetings.department_ready', title: `${DEPARTMENT_LABELS[department].zh}准备就绪 ${n.number}`, body: '请检查核实 / please verify', link: `/service-notices/${n.id}`, data: { noticeId: n.id, department } });
    await publish(tx, { type: 'event', topic: 'meetings.department_ready', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id, department } });
  });
  return getNotice(ctx, id);
}

export async function verifyReady(ctx: Ctx, id: string, department: Department) {
  const { actor, n } = await activeNotice(ctx, id);
  if (!can(actor, n.propertyId, 'meetings.verify')) throw errors.forbidden();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.markVerified(tx, n.id, department, actor.id, now);
    if (!row) {
      const d = (await repo.departmentsOf(tx, [n.id])).find((x) => x.department === department);
      throw d?.verifiedAt ? fail('already_verified') : fail('department_not_ready');
    }
    await audit(tx, ctx, { action: 'service_notice.department_verified', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { department } });
    await publish(tx, { type: 'event', topic: 'meetings.department_verified', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id, department } });
  });
  return getNotice(ctx, id);
}

// ---------- three-level check (M5) ----------

export async function recordCheck(ctx: Ctx, id: string, level: number, input: { result: 'ok' | 'problem'; finding?: string | null }) {
  const { actor, n } = await activeNotice(ctx, id);
  const def = CHECK_LEVELS[level - 1];
  if (!def) throw errors.notFound('check level');
  if (!hasRole(actor, n.propertyId, ...def.roles)) throw errors.forbidden(`第${level}级检查由 ${def.roles.join('/')} 记录`);
  if (input.result === 'problem' && !input.finding) throw errors.field('finding', '发现问题时须写明情况 / describe the problem', 'required');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.recordCheck(tx, n.id, level, { status: input.result, finding: input.finding ?? null, by: actor.id, at: now });
    if (!row) throw fail('check_already_recorded');
    await audit(tx, ctx, { action: 'meeting_check.recorded', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { level, result: input.result, finding: input.finding ?? null, late: now > row.dueAt } });
    if (input.result === 'problem') {
      const next = CHECK_LEVELS[level]?.roles ?? MEETING_MANAGER_ROLES;
      await notify(tx, { propertyId: n.propertyId, roles: [...new Set([...next, ...SERVICE_CENTER_ROLES])], kind: 'meetings.check_problem', severity: 'warning', title: `第${level}级检查发现问题 ${n.number}`, body: input.finding ?? '', link: `/service-notices/${n.id}`, data: { noticeId: n.id, level } });
    }
    await publish(tx, { type: 'event', topic: 'meetings.check_recorded', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id, level, result: input.result } });
  });
  return getNotice(ctx, id);
}

/** The durable timer of one check: not recorded by its due time → missed, and the next level hears of it. */
export async function checkDue(db: Db, payload: Record<string, unknown>, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const n = await repo.findNotice(tx, String(payload.noticeId));
    if (!n || n.status !== 'active') return false;
    const level = Number(payload.level);
    const row = await repo.markMissed(tx, n.id, level, new Date(String(payload.dueAt)), now);
    if (!row) return false;
    const next = CHECK_LEVELS[level]?.roles ?? MEETING_MANAGER_ROLES;
    const f = fmt((await loadWorkCalendar(tx, n.propertyId)).timeZone);
    await audit(tx, systemCtx(tx, now), { action: 'meeting_check.missed', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { level, dueAt: row.dueAt.toISOString(), alerted: next } });
    await notify(tx, {
      propertyId: n.propertyId, roles: [...next], kind: 'meetings.check_missed', severity: level === 3 ? 'critical' : 'warning',
      title: `第${level}级会前检查未按时确认 ${n.number}`, body: `${meetingLine(n, f)}：${CHECK_LEVELS[level - 1]!.zh}应于 ${f(row.dueAt)} 前完成，请跟进`,
      link: `/service-notices/${n.id}`, data: { noticeId: n.id, level },
    });
    await publish(tx, { type: 'event', topic: 'meetings.check_missed', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id, level } });
    return true;
  });
}

// ---------- during the meeting (M8) ----------

export async function startOrEnd(ctx: Ctx, id: string, what: 'start' | 'end') {
  const { actor, n } = await activeNotice(ctx, id);
  if (!can(actor, n.propertyId, 'meetings.run')) throw errors.forbidden();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = what === 'start'
      ? await repo.updateNotice(tx, n.id, { startedAt: now, startedBy: actor.id, updatedAt: now }, sqlGuard('start'))
      : await repo.updateNotice(tx, n.id, { endedAt: now, endedBy: actor.id, updatedAt: now, ...(n.startedAt ? {} : { startedAt: n.startAt }) }, sqlGuard('end'));
    if (!row) throw fail('meeting_state', what === 'start' ? '会议已开始或已结束' : '会议已结束');
    await audit(tx, ctx, { action: `service_notice.${what === 'start' ? 'started' : 'ended'}`, entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, before: n, after: row });
    await publish(tx, { type: 'event', topic: `meetings.${what === 'start' ? 'started' : 'ended'}`, propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id } });
  });
  return getNotice(ctx, id);
}
const sqlGuard = (what: 'start' | 'end') => (what === 'start' ? sql`started_at is null and ended_at is null` : sql`ended_at is null`);

export async function reportIncident(ctx: Ctx, id: string, input: { kind: repo.IncidentRow['kind']; severity: 'normal' | 'serious'; description: string; handledBy?: string | null; handling?: string | null }) {
  const { actor, n } = await visibleNotice(ctx, id);
  if (!can(actor, n.propertyId, 'meetings.incidents')) throw errors.forbidden();
  if (n.status === 'cancelled') throw fail('notice_inactive');
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const serious = input.severity === 'serious';
    const row = await repo.insertIncident(tx, {
      propertyId: n.propertyId, noticeId: n.id, kind: input.kind, severity: input.severity, description: input.description,
      handledBy: input.handledBy ?? null, handling: input.handling ?? null, escalated: serious, reportedBy: actor.id, reportedAt: now,
    });
    await audit(tx, ctx, { action: 'meeting_incident.reported', entityType: 'meeting_incident', entityId: row.id, propertyId: n.propertyId, before: null, after: row });
    const f = fmt((await loadWorkCalendar(tx, n.propertyId)).timeZone);
    const base = { propertyId: n.propertyId, link: `/service-notices/${n.id}`, data: { noticeId: n.id, incidentId: row.id, kind: row.kind } };
    if (row.kind === 'equipment_failure') {
      await notify(tx, { ...base, roles: [...DEPARTMENT_ROLES.engineering_av], kind: 'meetings.incident', severity: 'critical', title: `会中设备故障 ${n.number}，请启动应急预案`, body: `${input.description}\n${AV_EMERGENCY_PLAN_ZH}` });
    }
    if (serious) {
      await notify(tx, { ...base, roles: [...MEETING_MANAGER_ROLES, ...SERVICE_CENTER_ROLES], kind: 'meetings.incident_escalated', severity: 'critical', channels: ['sms'], title: `会议重大事件上报 ${n.number}`, body: `${meetingLine(n, f)}：${input.description}` });
    }
    await publish(tx, { type: 'event', topic: 'meetings.incident', propertyId: n.propertyId, entity: { type: 'incident', id: row.id }, data: { noticeId: n.id, incidentId: row.id, serious } });
    return presentIncident(row);
  });
}

export async function resolveIncident(ctx: Ctx, incidentId: string, input: { handledBy?: string | null; handling: string }) {
  const i = await repo.findIncident(ctx.db, incidentId);
  if (!i) throw errors.notFound('incident');
  // M12: an incident of a meeting the actor may not see is 404, like the meeting.
  const { actor } = await visibleNotice(ctx, i.noticeId).catch((e) => { throw e?.status === 404 ? errors.notFound('incident') : e; });
  authorize(actor, i.propertyId, 'meetings.incidents');
  return ctx.db.transaction(async (tx) => {
    const row = await repo.resolveIncident(tx, incidentId, { by: actor.id, at: ctx.now(), handledBy: input.handledBy ?? null, handling: input.handling });
    if (!row) throw fail('incident_already_resolved');
    await audit(tx, ctx, { action: 'meeting_incident.resolved', entityType: 'meeting_incident', entityId: i.id, propertyId: i.propertyId, before: i, after: row });
    await publish(tx, { type: 'event', topic: 'meetings.incident_resolved', propertyId: i.propertyId, entity: { type: 'incident', id: i.id }, data: { noticeId: i.noticeId, incidentId: i.id } });
    return presentIncident(row);
  });
}

// ---------- scanner (jobs) ----------

/** Every booking from yesterday on whose notice is missing or stale is synced. */
export async function syncPending(db: Db, now: Date, propertyId?: string) {
  let synced = 0;
  const from = new Date(now.getTime() - 86_400_000);
  for (const p of propertyId ? [propertyId] : await repo.propertyIds(db)) {
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

/** Open tasks past due get one alert each (the claim marks them), to their department and the service center; at most `limit` tasks per call (one transaction). */
export async function alertOverdue(db: Db, now: Date, propertyId?: string, limit = 500) {
  return db.transaction(async (tx) => {
    const tasks = await repo.claimOverdue(tx, now, propertyId, limit);
    const groups = new Map<string, repo.TaskRow[]>();
    for (const t of tasks) groups.set(`${t.noticeId}|${t.department}`, [...(groups.get(`${t.noticeId}|${t.department}`) ?? []), t]);
    const ctx = systemCtx(tx, now);
    for (const list of groups.values()) {
      const t0 = list[0]!;
      const n = (await repo.findNotice(tx, t0.noticeId))!;
      const f = fmt((await loadWorkCalendar(tx, n.propertyId)).timeZone);
      // The department's heads (all its staff while none is named) and the service center, in-app, live and by e-mail/SMS.
      const heads = await more.departmentHeads(tx, n.propertyId, DEPARTMENT_ROLES[t0.department]);
      await notify(tx, {
        propertyId: n.propertyId, userIds: heads, roles: [...new Set([...(heads.length ? [] : DEPARTMENT_ROLES[t0.department]), ...SERVICE_CENTER_ROLES])],
        kind: 'meetings.task_overdue', severity: 'warning', channels: ['email', 'sms'],
        title: `会议任务逾期 ${n.number}（${DEPARTMENT_LABELS[t0.department].zh}）`, body: `${meetingLine(n, f)}\n${list.map((t) => `${t.title}（应于 ${f(t.dueAt)} 完成）`).join('\n')}`,
        link: `/service-notices/${n.id}`, data: { noticeId: n.id, department: t0.department, taskIds: list.map((t) => t.id) },
      });
      await audit(tx, ctx, { action: 'meeting_task.overdue', entityType: 'service_notice', entityId: n.id, propertyId: n.propertyId, meta: { department: t0.department, taskIds: list.map((t) => t.id) } });
      await publish(tx, { type: 'event', topic: 'meetings.task_overdue', propertyId: n.propertyId, entity: { type: 'notice', id: n.id }, data: { noticeId: n.id, department: t0.department, count: list.length } });
    }
    return tasks.length;
  });
}
