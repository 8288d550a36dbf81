/**
 * The programme (M13): sessions over the event's days. A session in a venue of the property books it through the
 * booking rules (lead time, capacity, opening hours, closures, existing bookings, the bureau's approval) — the whole
 * list at once, all or nothing (bookMany of the bookings domain); once confirmed, the service notice follows as for
 * any booking. Moving or cancelling a session moves or cancels its booking through the bookings domain.
 */
import type { ProgrammeCreate, SessionPatch } from '@hy/contracts';
import { EVENTS_ERROR_CODES } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { AppError } from '../../../lib/errors.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { bookMany, cancelBooking, updateBooking } from '../../bookings/index.ts';
import { localDay, refused, timeZoneOf } from '../events.shared.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import { setMainSession, type EventRow } from '../event/event.repository.ts';
import { sessionsOf } from './programme.sessions.ts';
import * as repo from './programme.repository.ts';
import { defaultMain, sessionClashes, withinDays } from './programme.rules.ts';
import { presentProgramme } from './programme.presenter.ts';

const live = (tx: DbOrTx, e: EventRow) =>
  publish(tx, { type: 'event', topic: 'event.programme', propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

/** A refusal naming the sessions at fault, each with its own problem. */
function refusedSessions(ctx: Ctx, code: string, sessions: { index: number; title: string; code: string; detail: string }[]) {
  const c = EVENTS_ERROR_CODES[code]!;
  const list = sessions.map((s) => `${say(ctx, `第 ${s.index + 1} 项`, `#${s.index + 1}`)}「${s.title}」${s.detail}`).join('；');
  return new AppError(code, c.status, `${say(ctx, c.zh, c.en)}：${list}`, undefined, { sessions });
}

export async function getProgramme(ctx: Ctx, eventId: string) {
  const { event } = await openEvent(ctx, eventId);
  return presentProgramme(ctx.db, event);
}

export async function createProgramme(ctx: Ctx, eventId: string, input: ProgrammeCreate) {
  const { event: e, actor } = await openForChange(ctx, eventId, 'manage');
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const venues = new Map((await repo.venuesOf(ctx.db, e.propertyId)).map((v) => [v.id, v]));
  const items = input.sessions.map((s, index) => ({
    ...s,
    index,
    start: new Date(s.startsAt),
    end: new Date(s.endsAt),
    venueId: s.venueId ?? null,
  }));
  for (const s of items) {
    if (s.end <= s.start) throw refused(ctx, 'programme_session_reversed', `sessions.${s.index}.endsAt`);
    if (!withinDays(localDay(s.start, tz), localDay(new Date(s.end.getTime() - 1), tz), e.startsOn, e.endsOn))
      throw refused(ctx, 'programme_session_outside_event', `sessions.${s.index}.startsAt`);
    if (!s.venueId && !s.place) throw refused(ctx, 'programme_place_required', `sessions.${s.index}.venueId`);
  }
  // The sessions among themselves first: two in one venue at once (setup and cleanup counted).
  const clashes = sessionClashes(items, venues);
  if (clashes.length) {
    const named = new Map<number, { index: number; title: string; code: string; detail: string }>();
    for (const c of clashes) {
      const a = items[c.a]!;
      const b = items[c.b]!;
      const where = venues.get(a.venueId!)?.name ?? '';
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const)
        if (!named.has(x.index))
          named.set(x.index, {
            index: x.index,
            title: x.title,
            code: 'programme_sessions_clash',
            detail: say(ctx, `与第 ${y.index + 1} 项「${y.title}」在${where}时间重叠`, `overlaps #${y.index + 1} “${y.title}” in ${where}`),
          });
    }
    throw refusedSessions(
      ctx,
      'programme_sessions_clash',
      [...named.values()].sort((x, y) => x.index - y.index),
    );
  }
  const booked = items.filter((s) => s.venueId);
  let contactName = e.contactName;
  let contactPhone = e.contactPhone;
  if (booked.length && (!contactName || !contactPhone)) {
    const owner = await repo.userContact(ctx.db, e.ownerId);
    contactName = contactName || owner?.name || null;
    contactPhone = contactPhone || owner?.phone || null;
    if (!contactName || !contactPhone) throw refused(ctx, 'programme_contact_missing', 'contactPhone');
  }
  const before = await sessionsOf(ctx.db, eventId);
  const outcome = await bookMany(
    ctx,
    booked.map((s) => ({
      propertyId: e.propertyId,
      venueId: s.venueId!,
      startAt: s.startsAt,
      endAt: s.endsAt,
      attendeeCount: s.expectedCount ?? e.expectedCount,
      topic: `${e.name}·${s.title}`.slice(0, 200),
      organizationId: e.organizationId,
      organizerUnit: e.hostUnit,
      contactName: contactName!,
      contactPhone: contactPhone!,
      services: [],
      confidentiality: e.confidentiality,
      importance: 'important' as const,
      notes: s.notes ?? null,
      specialSetup: false,
      setupPlan: null,
      layout: null,
      application: {
        applicantUnit: e.hostUnit,
        purpose: `${e.name}：${s.title}`.slice(0, 1000),
        handlerName: contactName,
        handlerPhone: contactPhone,
        leadersAttending: null,
        attendeeScope: e.scope,
        remarks: null,
      },
    })),
    async (tx, rows) => {
      const rowOf = new Map(booked.map((s, k) => [s.index, rows[k]!]));
      const inserted = await repo.insertSessions(
        tx,
        items.map((s) => ({
          eventId,
          propertyId: e.propertyId,
          kind: s.kind,
          title: s.title,
          startsAt: s.start,
          endsAt: s.end,
          venueId: s.venueId,
          place: s.place ?? null,
          bookingId: rowOf.get(s.index)?.id ?? null,
          expectedCount: s.expectedCount ?? null,
          notes: s.notes ?? null,
          sort: before.length + s.index,
          createdAt: ctx.now(),
          updatedAt: ctx.now(),
        })),
      );
      for (const r of inserted)
        await audit(tx, ctx, {
          action: 'event_session.created',
          entityType: 'event_session',
          entityId: r.id,
          propertyId: e.propertyId,
          before: null,
          after: { ...r },
          meta: { eventId, bookingNumber: r.bookingId ? rows.find((b) => b.id === r.bookingId)?.number : undefined },
        });
      if (!e.mainSessionId) {
        const main = defaultMain([...before, ...inserted]);
        if (main) await setMainSession(tx, eventId, main.id);
      }
      await live(tx, e);
      return inserted;
    },
  );
  if ('problems' in outcome) {
    const sessions = outcome.problems.map((p) => {
      const s = booked[p.index]!;
      const other = p.with !== undefined ? booked[p.with] : undefined;
      return {
        index: s.index,
        title: s.title,
        code: p.code,
        detail: other ? say(ctx, `与第 ${other.index + 1} 项「${other.title}」${p.detail}`, `#${other.index + 1}: ${p.detail}`) : p.detail,
      };
    });
    throw refusedSessions(ctx, 'programme_session_conflict', sessions);
  }
  void actor;
  return presentProgramme(ctx.db, (await openEvent(ctx, eventId)).event);
}

async function openSession(ctx: Ctx, eventId: string, sessionId: string) {
  const o = await openForChange(ctx, eventId, 'manage');
  const s = await repo.findSession(ctx.db, eventId, sessionId);
  if (!s) throw refused(ctx, 'programme_session_not_found');
  const [b] = s.bookingId ? await repo.bookingsOf(ctx.db, [s.bookingId]) : [];
  return { ...o, s, booking: b ?? null };
}

/** Moves or renames a session; a booked one moves its booking first (the booking rules decide, as for any change). */
export async function patchSession(ctx: Ctx, eventId: string, sessionId: string, input: SessionPatch) {
  const { event: e, s, booking } = await openSession(ctx, eventId, sessionId);
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const start = input.startsAt ? new Date(input.startsAt) : s.startsAt;
  const end = input.endsAt ? new Date(input.endsAt) : s.endsAt;
  if (end <= start) throw refused(ctx, 'programme_session_reversed', 'endsAt');
  if (!withinDays(localDay(start, tz), localDay(new Date(end.getTime() - 1), tz), e.startsOn, e.endsOn))
    throw refused(ctx, 'programme_session_outside_event', 'startsAt');
  const moved = start.getTime() !== s.startsAt.getTime() || end.getTime() !== s.endsAt.getTime();
  const active = booking && (booking.status === 'requested' || booking.status === 'confirmed');
  if (active && (moved || input.expectedCount || input.title))
    await updateBooking(ctx, booking.id, {
      version: booking.version,
      ...(moved ? { startAt: start.toISOString(), endAt: end.toISOString() } : {}),
      ...(input.expectedCount ? { attendeeCount: input.expectedCount } : {}),
      ...(input.title ? { topic: `${e.name}·${input.title}`.slice(0, 200) } : {}),
    });
  await ctx.db.transaction(async (tx) => {
    const row = await repo.updateSession(tx, s.id, {
      title: input.title ?? s.title,
      startsAt: start,
      endsAt: end,
      ...(input.expectedCount !== undefined ? { expectedCount: input.expectedCount } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      updatedAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'event_session.changed',
      entityType: 'event_session',
      entityId: s.id,
      propertyId: e.propertyId,
      before: { ...s },
      after: { ...row },
      meta: { eventId },
    });
    await live(tx, e);
  });
  return presentProgramme(ctx.db, e);
}

/** Cancels a session: its booking is cancelled (the notice and tasks follow), the session leaves the programme. */
export async function cancelSession(ctx: Ctx, eventId: string, sessionId: string, reason: string) {
  const { event: e, s, booking } = await openSession(ctx, eventId, sessionId);
  if (booking && (booking.status === 'requested' || booking.status === 'confirmed')) await cancelBooking(ctx, booking.id, reason);
  await ctx.db.transaction(async (tx) => {
    await repo.deleteSession(tx, s.id);
    if (e.mainSessionId === s.id) {
      const rest = (await sessionsOf(tx, eventId)).filter((x) => x.id !== s.id);
      await setMainSession(tx, eventId, defaultMain(rest)?.id ?? null);
    }
    await audit(tx, ctx, {
      action: 'event_session.cancelled',
      entityType: 'event_session',
      entityId: s.id,
      propertyId: e.propertyId,
      before: { ...s },
      after: null,
      meta: { eventId, reason, bookingId: s.bookingId },
    });
    await live(tx, e);
  });
  return presentProgramme(ctx.db, (await openEvent(ctx, eventId)).event);
}

/** Chooses the main session (the fee statement's and the materials' notice); null goes back to the default. */
export async function chooseMain(ctx: Ctx, eventId: string, sessionId: string | null) {
  const { event: e } = await openForChange(ctx, eventId, 'manage');
  const sessions = await sessionsOf(ctx.db, eventId);
  if (sessionId && !sessions.some((x) => x.id === sessionId)) throw refused(ctx, 'programme_session_not_found', 'sessionId');
  const chosen = sessionId ?? defaultMain(sessions)?.id ?? null;
  await ctx.db.transaction(async (tx) => {
    await setMainSession(tx, eventId, chosen);
    await audit(tx, ctx, {
      action: 'event.main_session_set',
      entityType: 'event',
      entityId: eventId,
      propertyId: e.propertyId,
      before: { mainSessionId: e.mainSessionId },
      after: { mainSessionId: chosen },
    });
    await live(tx, e);
  });
  return presentProgramme(ctx.db, (await openEvent(ctx, eventId)).event);
}

const KIND_WORDS: Record<string, [string, string]> = {
  plenary: ['全体会议', 'Plenary'],
  group: ['分组会议', 'Group session'],
  meal: ['用餐', 'Meal'],
  visit: ['参观考察', 'Visit'],
  transfer: ['接送', 'Transfer'],
  other: ['其他', 'Other'],
};

/** 日程安排表 as .xlsx: one row per session, by day. */
export async function exportProgramme(ctx: Ctx, eventId: string) {
  const { event: e } = await openEvent(ctx, eventId);
  const tz = await timeZoneOf(ctx.db, e.propertyId);
  const view = await presentProgramme(ctx.db, e);
  const { h, en } = sheetWords(ctx.locale, tz);
  const hm = (iso: string) => dayjs(iso).tz(tz).format('HH:mm');
  const buf = await workbook([
    {
      name: h('日程安排表', 'Programme'),
      title: `${e.name} ${h('日程安排表', 'programme')}`,
      columns: [
        { header: h('日期', 'Day'), key: 'day', width: 12 },
        { header: h('时间', 'Time'), key: 'time', width: 14 },
        { header: h('类型', 'Kind'), key: 'kind', width: 12 },
        { header: h('内容', 'Session'), key: 'title', width: 34 },
        { header: h('地点', 'Place'), key: 'place', width: 24 },
        { header: h('人数', 'Expected'), key: 'count', width: 8 },
        { header: h('预订号', 'Booking'), key: 'booking', width: 18 },
        { header: h('预订状态', 'Booking status'), key: 'status', width: 12 },
        { header: h('服务通知单', 'Service notice'), key: 'notice', width: 18 },
        { header: h('备注', 'Notes'), key: 'notes', width: 30 },
      ],
      rows: view.sessions.map((s) => ({
        day: s.day,
        time: `${hm(s.startsAt)}–${hm(s.endsAt)}`,
        kind: KIND_WORDS[s.kind]![en ? 1 : 0],
        title: s.title + (s.main ? h('（主会场）', ' (main)') : ''),
        place: s.venueName ?? s.place ?? '',
        count: s.expectedCount ?? '',
        booking: s.booking?.number ?? '',
        status: s.booking?.status ?? '',
        notice: s.notice?.number ?? '',
        notes: s.notes ?? '',
      })),
    },
  ]);
  await audit(ctx.db, ctx, {
    action: 'event_programme.exported',
    entityType: 'event',
    entityId: e.id,
    propertyId: e.propertyId,
    meta: { sessions: view.sessions.length },
  });
  return { filename: `${e.name}-日程安排表.xlsx`, buf };
}
