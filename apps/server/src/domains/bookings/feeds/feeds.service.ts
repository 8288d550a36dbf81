/**
 * iCalendar feeds (X5): a secret-token URL per venue or per organization, revocable. Only the
 * token's SHA-256 is stored; the URL is shown once. Each booking is one VEVENT with a stable UID
 * (`${bookingId}@huiwu`) and SEQUENCE = its version, so calendar clients update it in place.
 * X1, M12: a feed reads as its creator, at every fetch. It stops (404) once the creator is disabled
 * or no longer may read the feed's records in the property; a booking the creator may not read is a
 * bare busy block (venue feeds) or left out; contact details go only into events the creator may
 * read, and never a confidential meeting's topic or contacts (a feed URL lives in outside calendars).
 */
import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import type { BookingStatus } from '@hy/contracts';
import { type Actor, type Ctx, authorize, can, isStaffIn, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { say } from '../../../lib/messages.ts';
import * as bookingRepo from '../booking/booking.repository.ts';
import * as repo from './feeds.repository.ts';
import type { FeedCreate } from './feeds.schema.ts';
import { presentFeed } from './feeds.presenter.ts';
import { actorOf } from '../../identity/index.ts';
import { mayReadRow, ownOrganizationOnly } from '../booking/booking.policy.ts';
import { isClosed } from '../confidentiality/confidentiality.policy.ts';
import { visibleOf } from '../confidentiality/confidentiality.service.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const STATUS: Record<BookingStatus, ICalEventStatus> = {
  requested: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  rejected: ICalEventStatus.CANCELLED,
  cancelled: ICalEventStatus.CANCELLED,
  expired: ICalEventStatus.CANCELLED,
};
const DAY = 86_400_000;

/** Staff subscribe to any venue or organization; an organizer to their own organization only. */
export async function createFeed(ctx: Ctx, input: FeedCreate, baseUrl: string) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'bookings.read');
  const staff = isStaffIn(actor, input.propertyId);
  let targetId = input.targetId;
  if (input.kind === 'venue') {
    if (!staff) throw errors.forbidden();
    const v = targetId ? await bookingRepo.findVenue(ctx.db, targetId) : null;
    if (!v || v.propertyId !== input.propertyId)
      throw errors.field('targetId', say(ctx, '场地不存在或不属于该项目', 'No such venue in this property'), 'unknown_reference');
  } else {
    if (!staff) {
      if (!actor.organizationId || !can(actor, input.propertyId, 'bookings.create') || (targetId && targetId !== actor.organizationId))
        throw errors.forbidden();
      targetId = actor.organizationId;
    }
    const o = targetId ? await bookingRepo.findOrganization(ctx.db, targetId) : null;
    if (!o || o.propertyId !== input.propertyId)
      throw errors.field('targetId', say(ctx, '单位不存在或不属于该项目', 'No such organization in this property'), 'unknown_reference');
  }
  const token = randomBytes(32).toString('base64url');
  const feed = await ctx.db.transaction(async (tx) => {
    const f = await repo.insertFeed(tx, {
      propertyId: input.propertyId,
      kind: input.kind,
      targetId: targetId!,
      tokenHash: hash(token),
      createdBy: actor.id,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'calendar_feed.created',
      entityType: 'calendar_feed',
      entityId: f.id,
      propertyId: f.propertyId,
      after: presentFeed(f),
    });
    return f;
  });
  return { ...presentFeed(feed), token, url: `${baseUrl}/api/v1/ical/${token}.ics` };
}

export async function listFeeds(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'bookings.read');
  return {
    data: (await repo.listFeeds(ctx.db, propertyId, can(actor, propertyId, 'bookings.manage') ? undefined : actor.id)).map(presentFeed),
  };
}

/** Its creator or booking staff revoke a feed; the URL answers 404 from then on. */
export async function revokeFeed(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const f = await repo.findFeed(ctx.db, { id });
  if (!f || f.revokedAt || (f.createdBy !== actor.id && !can(actor, f.propertyId, 'bookings.read'))) throw errors.notFound('calendar feed');
  if (f.createdBy !== actor.id && !can(actor, f.propertyId, 'bookings.manage')) throw errors.forbidden();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.revokeFeed(tx, id, ctx.now());
    if (!row) throw errors.notFound('calendar feed');
    await audit(tx, ctx, {
      action: 'calendar_feed.revoked',
      entityType: 'calendar_feed',
      entityId: id,
      propertyId: f.propertyId,
      before: presentFeed(f),
      after: presentFeed(row),
    });
  });
}

/** The creator as the actor the feed reads as, or null when the feed no longer may be read (disabled, role revoked, target not theirs). */
async function feedReader(db: Db, f: repo.FeedRow): Promise<Actor | null> {
  const found = await repo.feedCreator(db, f.createdBy);
  if (!found || found.user.disabled) return null;
  const actor = actorOf(found.user, found.roles);
  if (!can(actor, f.propertyId, 'bookings.read')) return null;
  if (f.kind === 'venue' && !isStaffIn(actor, f.propertyId)) return null;
  if (f.kind === 'organization' && ownOrganizationOnly(actor, f.propertyId) && f.targetId !== actor.organizationId) return null;
  return actor;
}

/** The feed as RFC 5545 text (no session: the token is the credential); null for an unknown, revoked or lapsed feed. */
export async function feedIcs(db: Db, token: string, now: Date): Promise<string | null> {
  const f = await repo.findFeed(db, { tokenHash: hash(token) });
  if (!f || f.revokedAt) return null;
  const actor = await feedReader(db, f);
  if (!actor) return null;
  const target =
    f.kind === 'venue'
      ? (await bookingRepo.venueNames(db, [f.targetId])).get(f.targetId)
      : (await bookingRepo.findOrganization(db, f.targetId))?.name;
  const cal = ical({
    name: `会议室预订 ${target ?? ''}`.trim(),
    prodId: { company: 'huiwu', product: 'bookings', language: 'ZH' },
    ttl: 15 * 60,
  });
  const rows = await repo.feedBookings(db, f, new Date(now.getTime() - 90 * DAY), new Date(now.getTime() + 400 * DAY));
  const readable = await visibleOf(
    db,
    actor,
    rows.flatMap(({ booking: b }) => (mayReadRow(actor, b) ? [{ ...b, bookingId: b.id }] : [])),
  );
  for (const { booking: b, venueName } of rows) {
    const read = readable.has(b.id);
    if (!read && f.kind !== 'venue') continue;
    const closed = isClosed(b.confidentiality);
    cal.createEvent({
      id: `${b.id}@huiwu`,
      sequence: b.version,
      start: b.startAt,
      end: b.endAt,
      stamp: b.updatedAt,
      created: b.createdAt,
      lastModified: b.updatedAt,
      summary: !read ? '已占用' : closed ? '会议（保密）' : b.topic,
      location: venueName,
      status: STATUS[b.status],
      description: !read
        ? undefined
        : closed
          ? b.number
          : `${b.number} ${b.organizerUnit} ${b.contactName} ${b.contactPhone} ${b.attendeeCount}人`,
    });
  }
  return cal.toString();
}
