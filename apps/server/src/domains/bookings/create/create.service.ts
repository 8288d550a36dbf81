/**
 * Booking use cases (SPEC M2, M3). Each checks access first, writes in one transaction, audits
 * and notifies in that same transaction. No double booking is decided by the database: the holds'
 * exclusion constraint refuses an overlap (23P01), which becomes 409 booking_conflict naming the
 * clashing bookings — however many requests race for the same slot, exactly one wins.
 */
import dayjs from 'dayjs';
import { type LeadTimeSetting, type ProblemField, type VenueClass } from '@hy/contracts';
import { type Actor, type Ctx, authorize, can, hasRole, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { isRetryable, transactionRetrying } from '../../../lib/transactions.ts';
import { sqlState, type Db, type DbOrTx, type Tx } from '../../../db/client.ts';
import { scheduleJob } from '../../../jobs/runner.ts';
import { effectiveLeadTime } from '../../places/places.rules.ts';
import { audit } from '../../audit/audit.service.ts';
import { notify, type NotifyInput } from '../../notifications/notifications.service.ts';
import { publish } from '../../notifications/notifications.hub.ts';
import { loadWorkCalendar } from '../../calendar/calendar.service.ts';
import { decodeCursor, encodeCursor } from '../../places/places.rules.ts';
import * as repo from '../booking/booking.repository.ts';
import type { BookingCreate, BookingPatch, BookingQuery } from '../booking/booking.schema.ts';
import { authorizeCreate, canRead, mayReadRow, ownOrganizationOnly, policies } from '../booking/booking.policy.ts';
import { isClosed, listViewer } from '../confidentiality/confidentiality.policy.ts';
import { canSee } from '../confidentiality/confidentiality.service.ts';
import {
  DEFAULT_MAX_DURATION_HOURS, attendeeProblem, buffersFor, capacityFor, chosenLayout, counterKey, bookingNumber, earliestStart,
  holdWindow, needsApproval, restrictionAllows, statusAfterChange, timeErrors, withinOpenHours, canTransition, expiryTime,
} from '../booking/booking.rules.ts';

export const say = (ctx: Pick<Ctx, 'locale'>, zh: string, en: string) => (ctx.locale === 'en-US' ? en : zh);
type Settings = { leadTimes?: Partial<Record<VenueClass, LeadTimeSetting>>; bookings?: { maxDurationHours?: number } };

export async function propertyOf(ctx: Ctx, propertyId: string) {
  const p = await repo.findPropertySettings(ctx.db, propertyId);
  if (!p) throw errors.notFound('property');
  return { settings: p.settings as Settings, timeZone: p.timeZone };
}

export const local = (timeZone: string, d: Date) => dayjs(d).tz(timeZone).format('YYYY-MM-DD HH:mm');

// ---------- validation: one place for create and change ----------

export interface Intent {
  propertyId: string; venueId: string; start: Date; end: Date; layout?: string | null; attendeeCount: number;
  organizationId: string | null; organizerUnit?: string | null; specialSetup: boolean; setupPlan: string | null;
  application?: unknown; overrideLeadTime?: { reason: string };
}

/**
 * Checks a booking as it would be after the write: 400 with every field error, then the 422 rules.
 * `moved` (new, or venue/time changed) adds the checks of the slot: past, duration, bookable,
 * opening hours, lead time.
 */
async function plan(ctx: Ctx, actor: Actor, it: Intent, moved: boolean) {
  return check(ctx, actor, await planEnv(ctx, it), it, moved);
}

/** What checking an intent reads: loaded once, then reused for every occurrence of a series. */
export async function planEnv(ctx: Ctx, it: Pick<Intent, 'propertyId' | 'venueId' | 'organizationId'>) {
  // The venue and its property in one read; a venue of another property (or none) still needs this property's settings.
  const found = await repo.venueWithProperty(ctx.db, it.venueId);
  const own = found && found.venue.propertyId === it.propertyId ? { settings: found.settings as Settings, timeZone: found.timeZone } : await propertyOf(ctx, it.propertyId);
  const [org, cal] = await Promise.all([it.organizationId ? repo.findOrganization(ctx.db, it.organizationId) : null, loadWorkCalendar(ctx.db, it.propertyId)]);
  return { ...own, venue: found?.venue ?? null, org, cal };
}
export type PlanEnv = Awaited<ReturnType<typeof planEnv>>;

/** The checks of plan(), without I/O. */
export function check(ctx: Ctx, actor: Actor, env: PlanEnv, it: Intent, moved: boolean) {
  const now = ctx.now();
  const { settings, timeZone, venue, org, cal } = env;
  const fields: ProblemField[] = [];
  const field = (path: string, code: string, zh: string, en: string) => fields.push({ path, code, message: say(ctx, zh, en) });
  if (!venue || venue.propertyId !== it.propertyId) field('venueId', 'unknown_reference', '场地不存在或不属于该项目', 'No such venue in this property');
  if (moved) fields.push(...timeErrors(it.start, it.end, now, settings.bookings?.maxDurationHours ?? DEFAULT_MAX_DURATION_HOURS, ctx.locale));
  if (it.organizationId && org?.propertyId !== it.propertyId) field('organizationId', 'unknown_reference', '单位不存在或不属于该项目', 'No such organization in this property');
  const organizerUnit = it.organizerUnit ?? org?.name ?? null;
  if (!organizerUnit) field('organizerUnit', 'required', '请填写组织单位', 'The organizing unit is required');
  if (it.specialSetup && !it.setupPlan) field('setupPlan', 'required', '特殊布置须提交会场布置方案', 'A special setup needs a setup plan');
  const layout = venue ? chosenLayout(venue, it.layout) : null;
  if (layout === undefined) field('layout', 'not_offered', '该场地不提供此布局', 'The venue does not offer this layout');
  if (venue?.venueClass === 'C' && !it.application) field('application', 'required', 'C 类场地须填写《租用会议室申请表》', 'C-class venues need the application form');
  if (fields.length || !venue || layout === undefined) throw errors.validation(fields, fields.map((f) => `${f.path}: ${f.message}`).join('; '));

  if (moved && !venue.bookable) throw errors.rule('venue_not_bookable', say(ctx, `${venue.name}暂不可预订`, `${venue.name} cannot be booked`));
  if (!restrictionAllows({ restricted: venue.restricted, allowedOrganizationIds: venue.allowedOrganizations.map((o) => o.id) }, it.organizationId)) {
    const names = venue.allowedOrganizations.map((o) => o.name);
    throw errors.rule('venue_restricted', say(ctx, `${venue.name}为专用会场，仅接受指定单位预订：${names.join('、') || '（未指定）'}`,
      `${venue.name} is reserved; only these organizations may book it: ${names.join(', ') || '(none)'}`), { allowedOrganizations: venue.allowedOrganizations }, [{ path: 'organizationId', message: 'venue_restricted', code: 'venue_restricted' }]);
  }
  if (moved && !withinOpenHours(venue, timeZone, it.start, it.end)) {
    throw errors.rule('outside_bookable_hours', say(ctx, `${venue.name}开放时间为 ${venue.openFrom}–${venue.openTo}`, `${venue.name} is open ${venue.openFrom}–${venue.openTo}`), { openFrom: venue.openFrom, openTo: venue.openTo });
  }
  const attendees = attendeeProblem(venue, layout, it.attendeeCount);
  if (attendees) {
    const capacity = capacityFor(venue, layout);
    throw errors.rule(attendees, attendees === 'capacity_exceeded'
      ? say(ctx, `${venue.name}${layout ? `（${layout.layout}）` : ''}最多容纳 ${capacity} 人`, `${venue.name} holds at most ${capacity}`)
      : say(ctx, `${venue.name}至少 ${venue.minAttendees} 人使用`, `${venue.name} needs at least ${venue.minAttendees} attendees`),
    { capacity, minAttendees: venue.minAttendees }, [{ path: 'attendeeCount', message: attendees, code: attendees }]);
  }
  let override: { reason: string } | null = null;
  if (moved) {
    const earliest = earliestStart(cal, now, venue, settings);
    if (it.start < earliest) {
      if (!it.overrideLeadTime) {
        throw errors.rule('lead_time_too_short', say(ctx, `${venue.venueClass} 类场地最早可预订 ${local(timeZone, earliest)} 开始的会议`, `Class ${venue.venueClass}: the earliest start is ${local(timeZone, earliest)}`), { earliestStart: earliest.toISOString() });
      }
      if (!can(actor, it.propertyId, 'bookings.override_lead_time')) throw errors.forbidden(say(ctx, '无权放宽预订提前量', 'You may not override the lead time'));
      override = it.overrideLeadTime;
    }
  }
  const buffers = buffersFor(venue, layout);
  const window = holdWindow(it.start, it.end, buffers);
  const approval = needsApproval(venue.venueClass, it.specialSetup);
  return {
    venue, timeZone, buffers, override, organizerUnit: organizerUnit!, layout: layout?.layout ?? null, approval,
    holds: [venue.id, ...venue.linkedVenueIds].map((venueId) => ({ venueId, ...window })),
    /** A request nobody decides expires when its lead time runs out (M3). */
    expiresAt: approval ? expiryTime(cal, it.start, effectiveLeadTime(venue, settings), now) : null,
  };
}
export type Plan = ReturnType<typeof check>;

/**
 * Runs the write (again, if PostgreSQL aborted it as a deadlock with a concurrent booking); an
 * overlap the exclusion constraint refused — or a deadlock that persists — becomes 409
 * booking_conflict naming the clashes.
 */
export async function withHolds<T>(ctx: Ctx, actor: Actor, propertyId: string, holds: repo.HoldInput[], exceptId: string | undefined, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await transactionRetrying(ctx.db, fn);
  } catch (e) {
    if (!isHoldClash(e)) throw e;
    throw conflictError(ctx, await conflictsOf(ctx, actor, propertyId, holds, exceptId));
  }
}

/** The holds could not be written because of another booking or closure: an overlap, or a lasting deadlock with it. */
export const isHoldClash = (e: unknown) => sqlState(e) === '23P01' || isRetryable(e);

/** What holds the windows: bookings (their content only if the actor may see it) and closures. */
export async function conflictsOf(ctx: Ctx, actor: Actor, propertyId: string, holds: repo.HoldInput[], exceptId?: string) {
  const conflicts = (await repo.clashes(ctx.db, holds, exceptId)).map((c) => {
    const open = canRead(actor, { propertyId, organizationId: c.organizationId, confidentiality: c.confidentiality });
    return { id: c.id, number: c.number, venueName: c.venueName, start: c.startAt.toISOString(), end: c.endAt.toISOString(), topic: open ? c.topic : null, organizer: open ? c.organizerUnit : null };
  });
  const closures = (await repo.closureClashes(ctx.db, holds)).map((c) => ({ id: c.id, venueName: c.venueName, ...rangeOf(c.during), reason: c.reason }));
  return { conflicts, closures };
}

/** 409 booking_conflict naming the clashing bookings, or venue_closed naming the closure when only closures clash. */
export function conflictError(ctx: Ctx, c: Awaited<ReturnType<typeof conflictsOf>>, extra: Record<string, unknown> = {}) {
  const first = c.conflicts[0];
  const closure = c.closures[0];
  if (!first && closure) {
    return new AppError('venue_closed', 409, say(ctx, `${closure.venueName}在该时段关闭（${closure.reason}）`, `${closure.venueName} is closed at that time (${closure.reason})`), undefined, { ...c, ...extra });
  }
  return new AppError('booking_conflict', 409, first
    ? say(ctx, `${first.venueName}在该时段（含布置、清场时间）已被 ${first.number} 占用`, `${first.venueName} is taken by ${first.number} at that time (setup and cleanup included)`)
    : say(ctx, '该时段场地已被占用', 'The venue is taken at that time'), undefined, { ...c, ...extra });
}

/** A tstzrange's text form → ISO bounds. */
export function rangeOf(text: string): { start: string; end: string } {
  const [a, b] = text.slice(1, -1).split(',').map((x) => new Date(x.replace(/"/g, '').trim()).toISOString());
  return { start: a!, end: b! };
}

export const EXPIRE_JOB = 'bookings.expire';
/** One durable expiry job per placement of a requested booking (key: booking and version); a stale one does nothing. */
export async function scheduleExpiry(tx: DbOrTx, b: repo.BookingRow, at: Date | null) {
  if (b.status !== 'requested' || !at) return;
  await scheduleJob(tx, EXPIRE_JOB, { bookingId: b.id, startAt: b.startAt.toISOString(), venueId: b.venueId }, { runAt: at, uniqueKey: `${EXPIRE_JOB}:${b.id}:${b.version}` });
}

export const systemCtx = (db: DbOrTx, now: Date): Ctx => ({ db: db as Db, actor: null, locale: 'zh-CN', production: false, now: () => now });

/** The expiry job: a request still undecided (and still where the job was scheduled for) expires, frees the venue and tells its people. */
export async function expireBooking(db: Db, payload: Record<string, unknown>, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const b = await repo.findBooking(tx, String(payload.bookingId));
    if (!b || b.status !== 'requested' || b.startAt.toISOString() !== payload.startAt || b.venueId !== payload.venueId) return false;
    const row = await repo.updateIfStatus(tx, b.id, ['requested'], { status: 'expired', updatedAt: now });
    if (!row) return false;
    await repo.releaseHolds(tx, b.id);
    const ctx = systemCtx(tx, now);
    await audit(tx, ctx, { action: 'booking.expired', entityType: 'booking', entityId: b.id, propertyId: b.propertyId, before: snapshot(b), after: snapshot(row) });
    const { timeZone } = await propertyOf(ctx, b.propertyId);
    await announce(tx, ctx, null, row, 'expired', timeZone, '审批期限已过 / not decided in time');
    return true;
  });
}

// ---------- presenting, notifying ----------

export async function present(ctx: Ctx, actor: Actor, rows: repo.BookingRow[], known?: Map<string, string>) {
  const ids = [...new Set(rows.flatMap((b) => [b.venueId, ...b.linkedVenueIds]))];
  const names = known && ids.every((id) => known.has(id)) ? known : await repo.venueNames(ctx.db, ids);
  const venue = (id: string) => ({ id, name: names.get(id) ?? null });
  // Only bookings the actor may read (M12 included) reach the presenter: they are shown whole.
  return rows.map((b) => {
    const window = holdWindow(b.startAt, b.endAt, b);
    return {
      id: b.id, propertyId: b.propertyId, number: b.number, status: b.status,
      venue: venue(b.venueId), linkedVenues: b.linkedVenueIds.map(venue),
      startAt: b.startAt.toISOString(), endAt: b.endAt.toISOString(), setupMinutes: b.setupMinutes, cleanupMinutes: b.cleanupMinutes,
      heldFrom: window.from.toISOString(), heldTo: window.to.toISOString(),
      organizationId: b.organizationId, organizerUnit: b.organizerUnit, contactName: b.contactName, contactPhone: b.contactPhone,
      topic: b.topic, notes: b.notes, setupPlan: b.setupPlan, application: b.application,
      attendeeCount: b.attendeeCount, layout: b.layout, services: b.services, confidentiality: b.confidentiality, importance: b.importance,
      channel: b.channel, specialSetup: b.specialSetup,
      leadTimeOverride: b.leadTimeOverrideReason ? { reason: b.leadTimeOverrideReason, by: b.leadTimeOverrideBy } : null,
      createdBy: b.createdBy, requestedAt: b.requestedAt.toISOString(),
      decidedBy: b.decidedBy, decidedAt: b.decidedAt?.toISOString() ?? null, decisionReason: b.decisionReason,
      cancelledBy: b.cancelledBy, cancelledAt: b.cancelledAt?.toISOString() ?? null, cancelReason: b.cancelReason,
      version: b.version, createdAt: b.createdAt.toISOString(), updatedAt: b.updatedAt.toISOString(),
      seriesId: b.seriesId, occurrenceDate: b.occurrenceDate,
      policies: policies(actor, b),
    };
  });
}
export const presentOne = async (ctx: Ctx, actor: Actor, b: repo.BookingRow, known?: Map<string, string>) => (await present(ctx, actor, [b], known))[0]!;

type BookingEvent = 'created' | 'updated' | 'approved' | 'rejected' | 'cancelled' | 'expired';
const EVENT_ZH: Record<BookingEvent, string> = {
  created: '新会议预订', updated: '会议预订已变更', approved: '会议室申请已批准', rejected: '会议室申请未获批准', cancelled: '会议预订已取消', expired: '会议室申请已过期',
};

/**
 * Who hears of a booking event, in the write's transaction: the bureau of every request to
 * approve; the service center (dispatchers) of what others booked, changed or cancelled — live;
 * the booking's creator and its organization's organizers of decisions and of others' changes.
 * Boards get a live event. `actor` null: the system (expiry).
 */
export async function announce(tx: DbOrTx, ctx: Ctx, actor: Actor | null, b: repo.BookingRow, event: BookingEvent, timeZone: string, reason?: string | null, venueName?: string) {
  const venue = venueName ?? (await repo.venueNames(tx, [b.venueId])).get(b.venueId) ?? '';
  const what = `${b.number} ${venue} ${local(timeZone, b.startAt)}–${dayjs(b.endAt).tz(timeZone).format('HH:mm')}`;
  const topic = isClosed(b.confidentiality) ? '' : ` ${b.topic}`;
  const base = { propertyId: b.propertyId, link: `/bookings/${b.id}`, data: { bookingId: b.id, number: b.number, status: b.status } };
  const send = (n: Pick<NotifyInput, 'roles' | 'userIds' | 'severity'>, kind: string, title: string) =>
    notify(tx, { ...base, ...n, kind, title, body: `${what}${topic}${reason ? `（${reason}）` : ''}` });
  const others = event === 'created' ? [] : [b.createdBy, ...(await repo.organizerUserIds(tx, b.propertyId, b.organizationId))].filter((u, i, a) => u !== actor?.id && a.indexOf(u) === i);
  if (b.status === 'requested' && (event === 'created' || event === 'updated')) await send({ roles: ['bureau_approver'] }, 'booking.requested', `会议室使用申请待审批 ${b.number}`);
  if (!(actor && hasRole(actor, b.propertyId, 'dispatcher')) && event !== 'approved' && event !== 'rejected') {
    await send({ roles: ['dispatcher'], severity: event === 'created' ? 'info' : 'warning' }, `booking.${event}`, `${EVENT_ZH[event]} ${b.number}`);
  }
  if (event !== 'created' && others.length) await send({ userIds: others }, `booking.${event}`, `${EVENT_ZH[event]} ${b.number}`);
  await publish(tx, { type: 'event', topic: `booking.${event}`, propertyId: b.propertyId, entity: { type: 'booking', id: b.id }, data: { bookingId: b.id, venueId: b.venueId, status: b.status } });
}

export const snapshot = (b: repo.BookingRow): Record<string, unknown> => ({ ...b });

// ---------- use cases ----------

export async function createBooking(ctx: Ctx, input: BookingCreate) {
  const actor = requireActor(ctx);
  // An organizer books online for their own organization only; staff book for any, by any channel.
  const organizationId = bookingParty(ctx, actor, input.propertyId, input.organizationId);
  const start = new Date(input.startAt);
  const p = await plan(ctx, actor, { ...input, start, end: new Date(input.endAt), organizationId, setupPlan: input.setupPlan ?? null }, true);
  const seq = await repo.reserveNumbers(ctx.db, input.propertyId, counterKey(p.timeZone, ctx.now()));
  return presentOne(ctx, actor, await withHolds(ctx, actor, input.propertyId, p.holds, undefined, async (tx) => {
    const row = await insertPlanned(tx, ctx, actor, input, organizationId, p, { start, end: new Date(input.endAt), seq });
    await announce(tx, ctx, actor, row, 'created', p.timeZone, undefined, p.venue.name);
    return row;
  }), new Map([[p.venue.id, p.venue.name]]));
}

/** Who an actor books for: staff for any organization, an organizer for their own only. */
export function bookingParty(ctx: Ctx, actor: Actor, propertyId: string, organizationId: string | null | undefined) {
  authorizeCreate(actor, propertyId);
  const staff = can(actor, propertyId, 'bookings.manage');
  if (!staff && !actor.organizationId) throw errors.forbidden(say(ctx, '您的账号未关联单位，无法预订', 'Your account belongs to no organization'));
  return staff ? organizationId ?? null : actor.organizationId;
}

/** Inserts a checked booking (numbered, held, audited, expiry scheduled) inside the caller's transaction. */
export async function insertPlanned(
  tx: Tx, ctx: Ctx, actor: Actor, input: Omit<BookingCreate, 'startAt' | 'endAt'>, organizationId: string | null, p: Plan,
  at: { start: Date; end: Date; seq: number; seriesId?: string; occurrenceDate?: string },
) {
  const now = ctx.now();
  const staff = can(actor, input.propertyId, 'bookings.manage');
  const channel = !staff ? 'online' : input.channel ?? (hasRole(actor, input.propertyId, 'cs_assistant') ? 'building_assistant' : 'phone');
  const row = await repo.insertBooking(tx, {
    propertyId: input.propertyId, number: bookingNumber(p.timeZone, now, at.seq), venueId: p.venue.id, linkedVenueIds: p.venue.linkedVenueIds,
    startAt: at.start, endAt: at.end, ...p.buffers, status: p.approval ? 'requested' : 'confirmed',
    organizationId, organizerUnit: p.organizerUnit, contactName: input.contactName, contactPhone: input.contactPhone, topic: input.topic,
    attendeeCount: input.attendeeCount, layout: p.layout, services: input.services, confidentiality: input.confidentiality, importance: input.importance,
    channel, notes: input.notes, specialSetup: input.specialSetup, setupPlan: input.setupPlan, application: input.application ?? null,
    leadTimeOverrideReason: p.override?.reason ?? null, leadTimeOverrideBy: p.override ? actor.id : null,
    createdBy: actor.id, requestedAt: now, createdAt: now, updatedAt: now, seriesId: at.seriesId ?? null, occurrenceDate: at.occurrenceDate ?? null,
  });
  await repo.replaceHolds(tx, row, p.holds, true);
  await audit(tx, ctx, {
    action: 'booking.created', entityType: 'booking', entityId: row.id, propertyId: row.propertyId, before: null, after: snapshot(row),
    meta: p.override || at.seriesId ? { ...(p.override ? { leadTimeOverride: p.override } : {}), ...(at.seriesId ? { seriesId: at.seriesId } : {}) } : undefined,
  });
  await scheduleExpiry(tx, row, p.expiresAt);
  return row;
}

export async function listBookings(ctx: Ctx, q: BookingQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'bookings.read');
  const from = q.from ? new Date(q.from) : undefined;
  const to = q.to ? new Date(q.to) : undefined;
  if (from && to && to <= from) throw errors.field('to', say(ctx, '结束时间必须晚于开始时间', 'Must be after from'), 'range');
  const key = decodeCursor(q.cursor, 2);
  if (key === null) throw errors.field('cursor', 'invalid cursor');
  const own = ownOrganizationOnly(actor, q.propertyId);
  if (own && !actor.organizationId) return { data: [], nextCursor: null };
  const rows = await repo.listBookings(ctx.db, {
    propertyId: q.propertyId, from, to, venueId: q.venueId, status: q.status, seriesId: q.seriesId,
    organizationId: own ? actor.organizationId! : q.organizationId, viewer: listViewer(actor, q.propertyId),
    after: key ? { startAt: new Date(String(key[0])), id: String(key[1]) } : undefined, limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { data: await present(ctx, actor, page), nextCursor: rows.length > q.limit && last ? encodeCursor([last.startAt.toISOString(), last.id]) : null };
}

/** The booking if the actor may read it (M12 confidentiality included); 404 otherwise (its existence is not revealed). */
export async function loadVisible(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const b = await repo.findBooking(ctx.db, id);
  if (!b || !mayReadRow(actor, b) || !(await canSee(ctx.db, actor, { ...b, bookingId: b.id }))) throw errors.notFound('booking');
  return { actor, b };
}

export async function getBooking(ctx: Ctx, id: string) {
  const { actor, b } = await loadVisible(ctx, id);
  // Views of confidential meetings are recorded (SPEC M12).
  if (isClosed(b.confidentiality)) await audit(ctx.db, ctx, { action: 'booking.viewed', entityType: 'booking', entityId: b.id, propertyId: b.propertyId });
  return presentOne(ctx, actor, b);
}

export async function bookingHistory(ctx: Ctx, id: string) {
  await loadVisible(ctx, id);
  const rows = await repo.history(ctx.db, id);
  return { data: rows.map((e) => ({ id: e.id, action: e.action, actorId: e.actorId, actorName: e.actorName, at: e.at.toISOString(), changes: e.changes, meta: e.meta })) };
}

const stale = (ctx: Ctx, b: repo.BookingRow) =>
  errors.conflict(say(ctx, '预订已被他人修改，请刷新后重试', 'The booking changed meanwhile; reload and retry'), { currentVersion: b.version });

export async function updateBooking(ctx: Ctx, id: string, input: BookingPatch) {
  const { actor, b } = await loadVisible(ctx, id);
  if (!policies(actor, b).update) throw b.status === 'requested' || b.status === 'confirmed' ? errors.forbidden() : invalidTransition(ctx, b);
  if (input.version !== b.version) throw stale(ctx, b);
  const staff = can(actor, b.propertyId, 'bookings.manage');
  const start = input.startAt ? new Date(input.startAt) : b.startAt;
  const end = input.endAt ? new Date(input.endAt) : b.endAt;
  const venueId = input.venueId ?? b.venueId;
  const moved = venueId !== b.venueId || start.getTime() !== b.startAt.getTime() || end.getTime() !== b.endAt.getTime();
  const organizationId = staff && input.organizationId !== undefined ? input.organizationId : b.organizationId;
  const pick = <K extends keyof BookingPatch & keyof repo.BookingRow>(k: K) => (input[k] !== undefined ? input[k] : b[k]) as repo.BookingRow[K];
  const specialSetup = pick('specialSetup');
  const setupPlan = pick('setupPlan');
  const p = await plan(ctx, actor, {
    propertyId: b.propertyId, venueId, start, end, layout: input.layout !== undefined ? input.layout : venueId === b.venueId ? b.layout : null,
    attendeeCount: pick('attendeeCount'), organizationId,
    organizerUnit: input.organizerUnit !== undefined ? input.organizerUnit : organizationId !== b.organizationId ? null : b.organizerUnit,
    specialSetup, setupPlan, application: pick('application'), overrideLeadTime: input.overrideLeadTime,
  }, moved);
  // Moving an approved booking that needs the bureau, or a new/changed setup plan, sends it back for approval.
  const replan = moved || (specialSetup && (!b.specialSetup || setupPlan !== b.setupPlan));
  const status = statusAfterChange(b.status, p.approval, replan);
  const back = status !== b.status;
  return presentOne(ctx, actor, await withHolds(ctx, actor, b.propertyId, p.holds, b.id, async (tx) => {
    const row = await repo.updateIfVersion(tx, id, input.version, {
      venueId: p.venue.id, linkedVenueIds: p.venue.linkedVenueIds, startAt: start, endAt: end, ...p.buffers, status,
      organizationId, organizerUnit: p.organizerUnit, contactName: pick('contactName'), contactPhone: pick('contactPhone'), topic: pick('topic'),
      attendeeCount: pick('attendeeCount'), layout: p.layout, services: pick('services'), confidentiality: pick('confidentiality'),
      importance: pick('importance'), notes: pick('notes'), specialSetup, setupPlan, application: pick('application'),
      ...(p.override ? { leadTimeOverrideReason: p.override.reason, leadTimeOverrideBy: actor.id } : {}),
      ...(back ? { decidedBy: null, decidedAt: null, decisionReason: null } : {}),
      updatedAt: ctx.now(),
    });
    if (!row) throw stale(ctx, b);
    if (moved) await repo.replaceHolds(tx, row, p.holds);
    if (moved || back) await scheduleExpiry(tx, row, p.expiresAt);
    await audit(tx, ctx, {
      action: 'booking.updated', entityType: 'booking', entityId: id, propertyId: b.propertyId, before: snapshot(b), after: snapshot(row),
      meta: { ...(p.override ? { leadTimeOverride: p.override } : {}), ...(back ? { backToRequested: true } : {}) },
    });
    await announce(tx, ctx, actor, row, 'updated', p.timeZone);
    return row;
  }));
}

function invalidTransition(ctx: Ctx, b: repo.BookingRow) {
  return errors.rule('invalid_transition', say(ctx, `预订 ${b.number} 当前状态为 ${b.status}，不能执行此操作`, `Booking ${b.number} is ${b.status}`), { status: b.status });
}

/**
 * approve / reject / cancel: the update is guarded by the status it starts from, so of two
 * concurrent decisions exactly one changes the row; the other gets 409.
 */
async function decide(ctx: Ctx, id: string, action: 'approved' | 'rejected' | 'cancelled', reason: string | null) {
  const { actor, b } = await loadVisible(ctx, id);
  const pol = policies(actor, b);
  const allowed = action === 'approved' ? pol.approve : action === 'rejected' ? pol.reject : pol.cancel;
  const to = ({ approved: 'confirmed', rejected: 'rejected', cancelled: 'cancelled' } as const)[action];
  const decision = action !== 'cancelled';
  if (!allowed) {
    const permitted = decision ? can(actor, b.propertyId, 'bookings.approve') : policies(actor, { ...b, status: 'confirmed' }).cancel;
    if (!permitted) throw errors.forbidden();
    // A decision that already happened (perhaps a moment ago, by someone else) is a conflict.
    if (decision && b.status !== 'requested') throw errors.conflict(say(ctx, `预订 ${b.number} 已处理（${b.status}）`, `Booking ${b.number} was already decided (${b.status})`), { status: b.status });
    throw invalidTransition(ctx, b);
  }
  const from = (['requested', 'confirmed'] as const).filter((s) => canTransition(s, to));
  const now = ctx.now();
  const { timeZone } = await propertyOf(ctx, b.propertyId);
  return presentOne(ctx, actor, await ctx.db.transaction(async (tx) => {
    const row = await repo.updateIfStatus(tx, id, from, decision
      ? { status: to, decidedBy: actor.id, decidedAt: now, decisionReason: reason, updatedAt: now }
      : { status: to, cancelledBy: actor.id, cancelledAt: now, cancelReason: reason, updatedAt: now });
    if (!row) throw errors.conflict(say(ctx, `预订 ${b.number} 刚被他人处理，请刷新`, `Booking ${b.number} was just changed by someone else`));
    if (to !== 'confirmed') await repo.releaseHolds(tx, id);
    await audit(tx, ctx, { action: `booking.${action}`, entityType: 'booking', entityId: id, propertyId: b.propertyId, before: snapshot(b), after: snapshot(row), meta: reason ? { reason } : undefined });
    await announce(tx, ctx, actor, row, action, timeZone, reason);
    return row;
  }));
}

export const approveBooking = (ctx: Ctx, id: string, note: string | null) => decide(ctx, id, 'approved', note);
export const rejectBooking = (ctx: Ctx, id: string, reason: string) => decide(ctx, id, 'rejected', reason);
export const cancelBooking = (ctx: Ctx, id: string, reason: string) => decide(ctx, id, 'cancelled', reason);
