/**
 * Group visitors tied to a meeting (F1): the meeting's attendee list pre-registers its guests — one appointment
 * per attendee from outside (not in the directory), hosted by the meeting's contact, expected at its start and
 * tagged with the meeting so the desk groups them. Idempotent: a second run adds only attendees added since.
 * The attendee list obeys the meeting's read policy (M12: a confidential meeting the reader may not see is 404,
 * and every read of a closed meeting's list is audited).
 */
import type { VisitConsentRow } from '../../../db/schema/index.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, requireActor, type Actor } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { canSee, isClosed } from '../../bookings/index.ts';
import { findEntry } from '../directory/directory.repository.ts';
import * as repo from './visitors.repository.ts';
import { getVisit, holdAlert, holdFor, live } from './visitors.service.ts';
import { isInternalAttendee, meetingHost } from './visitors.rules.ts';
import type { FromMeetingBody, MeetingsQuery } from './visitors.schema.ts';

const visible = (db: Ctx['db'], actor: Actor, m: repo.VisitMeetingRow) =>
  canSee(db, actor, {
    propertyId: m.propertyId,
    organizationId: m.organizationId,
    confidentiality: m.confidentiality,
    bookingId: m.bookingId,
  });

/** A closed (confidential) meeting's attendee list was read: audited as the meetings domain does. */
const auditListRead = (ctx: Ctx, m: repo.VisitMeetingRow, rows: number, purpose: string) =>
  isClosed(m.confidentiality)
    ? audit(ctx.db, ctx, {
        action: 'meeting_attendees.viewed',
        entityType: 'service_notice',
        entityId: m.noticeId,
        propertyId: m.propertyId,
        meta: { confidentiality: m.confidentiality, rows, purpose },
      })
    : Promise.resolve();

/** The meetings of a local day (default today) the reader may see, with their guests and how many are registered. */
export async function listVisitMeetings(ctx: Ctx, q: MeetingsQuery) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  authorize(actor, q.propertyId, 'frontdesk.visitors');
  authorize(actor, q.propertyId, 'meetings.read');
  const tz = await repo.timeZoneOf(ctx.db, q.propertyId);
  const from = q.date ? dayjs.tz(q.date, tz).toDate() : dayjs(ctx.now()).tz(tz).startOf('day').toDate();
  const all = await repo.meetingsBetween(ctx.db, q.propertyId, from, dayjs(from).add(1, 'day').toDate());
  const meetings = [];
  for (const m of all) if (await visible(ctx.db, actor, m)) meetings.push(m);
  const ids = meetings.map((m) => m.noticeId);
  const [attendees, people, registered] = await Promise.all([
    repo.meetingAttendeesOf(ctx.db, ids),
    repo.directoryPeople(ctx.db, q.propertyId),
    repo.visitsOfMeetings(ctx.db, ids),
  ]);
  for (const m of meetings) await auditListRead(ctx, m, attendees.filter((a) => a.noticeId === m.noticeId).length, 'visitors');
  return {
    data: meetings.map((m) => ({
      noticeId: m.noticeId,
      number: m.number,
      topic: m.topic,
      organizerUnit: m.organizerUnit,
      contactName: m.contactName,
      startAt: m.startAt.toISOString(),
      endAt: m.endAt.toISOString(),
      guests: attendees.filter((a) => a.noticeId === m.noticeId && !isInternalAttendee(a, people)).length,
      registered: registered.filter((r) => r.noticeId === m.noticeId).length,
    })),
  };
}

/** Pre-registers the meeting's guests (idempotent). */
export async function visitsFromMeeting(ctx: Ctx, body: FromMeetingBody) {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(body.propertyId)) throw errors.notFound('property');
  authorize(actor, body.propertyId, 'frontdesk.visitors');
  authorize(actor, body.propertyId, 'meetings.read');
  const m = await repo.findMeeting(ctx.db, body.noticeId);
  if (!m || m.propertyId !== body.propertyId || !(await visible(ctx.db, actor, m))) throw errors.notFound('service notice');
  const now = ctx.now();
  if (m.status !== 'active' || m.endedAt || m.endAt.getTime() <= now.getTime())
    throw errors.rule('visit_meeting_inactive', say(ctx, '会议已取消或已结束', 'The meeting is cancelled or over'), undefined, [
      { path: 'noticeId', message: 'inactive meeting', code: 'visit_meeting_inactive' },
    ]);
  const people = await repo.directoryPeople(ctx.db, m.propertyId);
  const chosen = body.hostEntryId ? await findEntry(ctx.db, body.hostEntryId) : null;
  const hostId = body.hostEntryId
    ? chosen && chosen.e.propertyId === m.propertyId && chosen.e.kind === 'person' && !chosen.e.archivedAt
      ? chosen.e.id
      : null
    : (meetingHost(people, { name: m.contactName, phone: m.contactPhone })?.id ?? null);
  const host = hostId ? await findEntry(ctx.db, hostId) : null;
  if (!host)
    throw errors.rule(
      'visit_meeting_host_unknown',
      say(ctx, '通讯录中找不到会议的联系人，请选择被访人', "The meeting's contact is not in the directory: choose the host"),
      undefined,
      [{ path: 'hostEntryId', message: 'unknown host', code: 'visit_meeting_host_unknown' }],
    );
  const attendees = await repo.meetingAttendeesOf(ctx.db, [m.noticeId]);
  await auditListRead(ctx, m, attendees.length, 'visitors.pre_register');
  const guests = attendees.filter((a) => !isInternalAttendee(a, people));
  const officeWord = host.e.admitRule === 'office_word';
  // The organizer's list is the host's word, except where the host's office must confirm by phone (F6).
  const consent: VisitConsentRow | null = officeWord
    ? null
    : {
        channel: 'app',
        answer: 'accept',
        consenterName: m.contactName,
        recordedBy: actor.id,
        recordedByName: actor.displayName,
        at: now.toISOString(),
        note: null,
      };
  const createdIds = await ctx.db.transaction(async (tx) => {
    const done = new Set((await repo.visitsOfMeetings(tx, [m.noticeId])).map((r) => r.attendeeId));
    const ids: string[] = [];
    for (const a of guests) {
      if (done.has(a.id)) continue;
      const hold = await holdFor(tx, m.propertyId, {
        visitorName: a.name,
        visitorPhone: a.phone,
        company: a.organization,
        purpose: m.topic,
      });
      const seq = await repo.nextNumber(tx, m.propertyId, `visit:${now.getUTCFullYear()}`);
      const v = await repo.insertVisitOnce(tx, {
        propertyId: m.propertyId,
        number: `FK-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`,
        kind: 'appointment',
        status: hold ? 'held' : 'expected',
        hostEntryId: host.e.id,
        hostUserId: host.e.userId,
        visitorName: a.name,
        visitorPhone: a.phone,
        company: a.organization,
        purpose: m.topic,
        expectedAt: m.startAt,
        noticeId: m.noticeId,
        meetingAttendeeId: a.id,
        consent,
        hold,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      });
      if (!v) continue; // another run got there first
      await audit(tx, ctx, {
        action: 'visit.registered',
        entityType: 'visit',
        entityId: v.id,
        propertyId: v.propertyId,
        before: null,
        after: v,
        meta: { fromMeeting: m.noticeId },
      });
      if (hold) await holdAlert(tx, v, host.e.nameZh, hold);
      await live(tx, v);
      ids.push(v.id);
    }
    return ids;
  });
  return {
    noticeId: m.noticeId,
    hostName: host.e.nameZh,
    created: createdIds.length,
    existing: guests.length - createdIds.length,
    internal: attendees.length - guests.length,
    data: await Promise.all(createdIds.map((id) => getVisit(ctx, id))),
  };
}
