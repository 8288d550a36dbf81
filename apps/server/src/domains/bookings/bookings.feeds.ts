/**
 * iCalendar feeds (X5): a secret-token URL per venue or per organization, revocable. Only the
 * token's SHA-256 is stored; the URL is shown once. Each booking is one VEVENT with a stable UID
 * (`${bookingId}@huiwu`) and SEQUENCE = its version, so calendar clients update it in place.
 */
import { createHash, randomBytes } from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import { CLOSED_CONFIDENTIALITY, type BookingStatus } from '@hy/contracts';
import { type Ctx, authorize, can, isStaffIn, requireActor } from '../../lib/context.ts';
import { errors } from '../../lib/errors.ts';
import type { Db } from '../../db/client.ts';
import { audit } from '../audit/audit.service.ts';
import * as repo from './bookings.repository.ts';
import type { FeedCreate } from './bookings.schema.ts';
import { say } from './bookings.service.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const STATUS: Record<BookingStatus, ICalEventStatus> = {
  requested: ICalEventStatus.TENTATIVE, confirmed: ICalEventStatus.CONFIRMED,
  rejected: ICalEventStatus.CANCELLED, cancelled: ICalEventStatus.CANCELLED, expired: ICalEventStatus.CANCELLED,
};
const DAY = 86_400_000;

const presentFeed = (f: repo.FeedRow) => ({
  id: f.id, propertyId: f.propertyId, kind: f.kind, targetId: f.targetId, createdBy: f.createdBy, createdAt: f.createdAt.toISOString(),
  revokedAt: f.revokedAt?.toISOString() ?? null,
});

/** Staff subscribe to any venue or organization; an organizer to their own organization only. */
export async function createFeed(ctx: Ctx, input: FeedCreate, baseUrl: string) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'bookings.read');
  const staff = isStaffIn(actor, input.propertyId);
  let targetId = input.targetId;
  if (input.kind === 'venue') {
    if (!staff) throw errors.forbidden();
    const v = targetId ? await repo.findVenue(ctx.db, targetId) : null;
    if (!v || v.propertyId !== input.propertyId) throw errors.field('targetId', say(ctx, '场地不存在或不属于该项目', 'No such venue in this property'), 'unknown_reference');
  } else {
    if (!staff) {
      if (!actor.organizationId || !can(actor, input.propertyId, 'bookings.create') || (targetId && targetId !== actor.organizationId)) throw errors.forbidden();
      targetId = actor.organizationId;
    }
    const o = targetId ? await repo.findOrganization(ctx.db, targetId) : null;
    if (!o || o.propertyId !== input.propertyId) throw errors.field('targetId', say(ctx, '单位不存在或不属于该项目', 'No such organization in this property'), 'unknown_reference');
  }
  const token = randomBytes(32).toString('base64url');
  const feed = await ctx.db.transaction(async (tx) => {
    const f = await repo.insertFeed(tx, { propertyId: input.propertyId, kind: input.kind, targetId: targetId!, tokenHash: hash(token), createdBy: actor.id, createdAt: ctx.now() });
    await audit(tx, ctx, { action: 'calendar_feed.created', entityType: 'calendar_feed', entityId: f.id, propertyId: f.propertyId, after: presentFeed(f) });
    return f;
  });
  return { ...presentFeed(feed), token, url: `${baseUrl}/api/v1/ical/${token}.ics` };
}

export async function listFeeds(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'bookings.read');
  return { data: (await repo.listFeeds(ctx.db, propertyId, can(actor, propertyId, 'bookings.manage') ? undefined : actor.id)).map(presentFeed) };
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
    await audit(tx, ctx, { action: 'calendar_feed.revoked', entityType: 'calendar_feed', entityId: id, propertyId: f.propertyId, before: presentFeed(f), after: presentFeed(row) });
  });
}

/** The feed as RFC 5545 text (no session: the token is the credential); null for an unknown or revoked token. */
export async function feedIcs(db: Db, token: string, now: Date): Promise<string | null> {
  const f = await repo.findFeed(db, { tokenHash: hash(token) });
  if (!f || f.revokedAt) return null;
  const target = f.kind === 'venue' ? (await repo.venueNames(db, [f.targetId])).get(f.targetId) : (await repo.findOrganization(db, f.targetId))?.name;
  const cal = ical({ name: `会议室预订 ${target ?? ''}`.trim(), prodId: { company: 'huiwu', product: 'bookings', language: 'ZH' }, ttl: 15 * 60 });
  for (const { booking: b, venueName } of await repo.feedBookings(db, f, new Date(now.getTime() - 90 * DAY), new Date(now.getTime() + 400 * DAY))) {
    const closed = CLOSED_CONFIDENTIALITY.includes(b.confidentiality);
    cal.createEvent({
      id: `${b.id}@huiwu`, sequence: b.version, start: b.startAt, end: b.endAt, stamp: b.updatedAt, created: b.createdAt, lastModified: b.updatedAt,
      summary: closed ? '会议（保密）' : b.topic, location: venueName, status: STATUS[b.status],
      description: closed ? b.number : `${b.number} ${b.organizerUnit} ${b.contactName} ${b.contactPhone} ${b.attendeeCount}人`,
    });
  }
  return cal.toString();
}
