/**
 * Making a booking (SPEC M2, M3): checks access first, writes in one transaction, audits and
 * notifies in that same transaction; the holds decide clashes (../holds).
 */
import { type Actor, type Ctx, can, hasRole, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { Tx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as repo from '../booking/booking.repository.ts';
import { authorizeCreate } from '../booking/booking.policy.ts';
import { bookingNumber, counterKey, numberPrefix } from '../booking/booking.rules.ts';
import { presentOne } from '../booking/booking.presenter.ts';
import { announce, bookingLive, quietCreate } from '../booking/booking.notices.ts';
import { snapshot } from '../booking/booking.audit.ts';
import { replaceHolds } from '../holds/holds.repository.ts';
import { clashAsConflict, withHolds } from '../holds/holds.service.ts';
import { scheduleExpiry } from '../approval/approval.jobs.ts';
import type { BookingCreate } from './create.schema.ts';
import { plan, type Plan } from './create.planning.ts';
import { writeBooking } from './create.write.ts';
import { randomUUID } from 'node:crypto';
import { isRetryable } from '../../../lib/transactions.ts';
import { LIVE_CHANNEL, livePayloads } from '../../notifications/index.ts';

export async function createBooking(ctx: Ctx, input: BookingCreate) {
  const actor = requireActor(ctx);
  // An organizer books online for their own organization only; staff book for any, by any channel.
  const organizationId = bookingParty(ctx, actor, input.propertyId, input.organizationId);
  const start = new Date(input.startAt);
  const end = new Date(input.endAt);
  const p = await plan(ctx, actor, { ...input, start, end, organizationId, setupPlan: input.setupPlan ?? null }, true);
  const now = ctx.now();
  const row = plannedRow(actor, input, organizationId, p, { start, end, now, number: '' });
  const write = {
    row,
    holds: p.holds,
    counterKey: counterKey(p.timeZone, now),
    numberPrefix: numberPrefix(p.timeZone, now),
    auditMeta: p.override ? { leadTimeOverride: p.override } : undefined,
  };
  const names = new Map([[p.venue.id, p.venue.name]]);
  // The common case — a confirmed booking by the service center — tells nobody but the boards: the
  // whole write, live event included, is one statement (its own transaction). Anything else (a
  // request to approve, a booking others hear of) writes the same statement inside a transaction
  // with the notifications and the expiry job.
  if (quietCreate(actor, row)) {
    const live = bookingLive(row, 'created');
    row.number = await clashAsConflict(ctx, actor, input.propertyId, p.holds, undefined, () =>
      retrying(() => writeBooking(ctx.db, ctx, { ...write, live: { channel: LIVE_CHANNEL, payloads: livePayloads(live) } })),
    );
    return presentOne(ctx, actor, row, names);
  }
  return presentOne(
    ctx,
    actor,
    await withHolds(ctx, actor, input.propertyId, p.holds, undefined, async (tx) => {
      row.number = await writeBooking(tx, ctx, write);
      await scheduleExpiry(tx, row, p.expiresAt);
      await announce(tx, ctx, actor, row, 'created', p.timeZone, undefined, p.venue.name);
      return row;
    }),
    names,
  );
}

/** Who an actor books for: staff for any organization, an organizer for their own only. */
export function bookingParty(ctx: Ctx, actor: Actor, propertyId: string, organizationId: string | null | undefined) {
  authorizeCreate(actor, propertyId);
  const staff = can(actor, propertyId, 'bookings.manage');
  if (!staff && !actor.organizationId)
    throw errors.forbidden(say(ctx, '您的账号未关联单位，无法预订', 'Your account belongs to no organization'));
  return staff ? (organizationId ?? null) : actor.organizationId;
}

/** Inserts a checked booking (numbered, held, audited, expiry scheduled) inside the caller's transaction. */
export async function insertPlanned(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  input: Omit<BookingCreate, 'startAt' | 'endAt'>,
  organizationId: string | null,
  p: Plan,
  at: { start: Date; end: Date; seq: number; seriesId?: string; occurrenceDate?: string },
) {
  const now = ctx.now();
  const values = plannedRow(actor, input, organizationId, p, { ...at, now, number: bookingNumber(p.timeZone, now, at.seq) });
  const row = await repo.insertBooking(tx, values);
  await replaceHolds(tx, row, p.holds, true);
  await audit(tx, ctx, {
    action: 'booking.created',
    entityType: 'booking',
    entityId: row.id,
    propertyId: row.propertyId,
    before: null,
    after: snapshot(row),
    meta:
      p.override || at.seriesId
        ? { ...(p.override ? { leadTimeOverride: p.override } : {}), ...(at.seriesId ? { seriesId: at.seriesId } : {}) }
        : undefined,
  });
  await scheduleExpiry(tx, row, p.expiresAt);
  return row;
}

/** The row a checked plan becomes, whole (every column, defaults included), as the database will store it. */
export function plannedRow(
  actor: Actor,
  input: Omit<BookingCreate, 'startAt' | 'endAt'>,
  organizationId: string | null,
  p: Plan,
  at: { start: Date; end: Date; now: Date; number: string; seriesId?: string; occurrenceDate?: string },
): repo.BookingRow {
  const staff = can(actor, input.propertyId, 'bookings.manage');
  const channel = !staff
    ? 'online'
    : (input.channel ?? (hasRole(actor, input.propertyId, 'cs_assistant') ? 'building_assistant' : 'phone'));
  return {
    id: randomUUID(),
    propertyId: input.propertyId,
    number: at.number,
    venueId: p.venue.id,
    linkedVenueIds: p.venue.linkedVenueIds,
    startAt: at.start,
    endAt: at.end,
    ...p.buffers,
    status: p.approval ? 'requested' : 'confirmed',
    organizationId,
    organizerUnit: p.organizerUnit,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    topic: input.topic,
    attendeeCount: input.attendeeCount,
    layout: p.layout,
    services: input.services ?? [],
    confidentiality: input.confidentiality ?? 'public',
    importance: input.importance ?? 'ordinary',
    channel,
    notes: input.notes ?? null,
    specialSetup: input.specialSetup ?? false,
    setupPlan: input.setupPlan ?? null,
    application: input.application ?? null,
    leadTimeOverrideReason: p.override?.reason ?? null,
    leadTimeOverrideBy: p.override ? actor.id : null,
    createdBy: actor.id,
    requestedAt: at.now,
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    cancelledBy: null,
    cancelledAt: null,
    cancelReason: null,
    version: 1,
    seriesId: at.seriesId ?? null,
    occurrenceDate: at.occurrenceDate ?? null,
    createdAt: at.now,
    updatedAt: at.now,
  };
}

/** A deadlock between two single-statement writes of overlapping holds: run it again (see transactionRetrying). */
async function retrying<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      await new Promise((r) => setTimeout(r, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}
