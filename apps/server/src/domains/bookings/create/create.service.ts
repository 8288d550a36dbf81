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
import { bookingNumber, counterKey } from '../booking/booking.rules.ts';
import { presentOne } from '../booking/booking.presenter.ts';
import { announce } from '../booking/booking.notices.ts';
import { snapshot } from '../booking/booking.audit.ts';
import { replaceHolds } from '../holds/holds.repository.ts';
import { withHolds } from '../holds/holds.service.ts';
import { scheduleExpiry } from '../approval/approval.jobs.ts';
import type { BookingCreate } from './create.schema.ts';
import { plan, type Plan } from './create.planning.ts';

export async function createBooking(ctx: Ctx, input: BookingCreate) {
  const actor = requireActor(ctx);
  // An organizer books online for their own organization only; staff book for any, by any channel.
  const organizationId = bookingParty(ctx, actor, input.propertyId, input.organizationId);
  const start = new Date(input.startAt);
  const p = await plan(
    ctx,
    actor,
    { ...input, start, end: new Date(input.endAt), organizationId, setupPlan: input.setupPlan ?? null },
    true,
  );
  const seq = await repo.reserveNumbers(ctx.db, input.propertyId, counterKey(p.timeZone, ctx.now()));
  return presentOne(
    ctx,
    actor,
    await withHolds(ctx, actor, input.propertyId, p.holds, undefined, async (tx) => {
      const row = await insertPlanned(tx, ctx, actor, input, organizationId, p, { start, end: new Date(input.endAt), seq });
      await announce(tx, ctx, actor, row, 'created', p.timeZone, undefined, p.venue.name);
      return row;
    }),
    new Map([[p.venue.id, p.venue.name]]),
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
  const staff = can(actor, input.propertyId, 'bookings.manage');
  const channel = !staff
    ? 'online'
    : (input.channel ?? (hasRole(actor, input.propertyId, 'cs_assistant') ? 'building_assistant' : 'phone'));
  const row = await repo.insertBooking(tx, {
    propertyId: input.propertyId,
    number: bookingNumber(p.timeZone, now, at.seq),
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
    services: input.services,
    confidentiality: input.confidentiality,
    importance: input.importance,
    channel,
    notes: input.notes,
    specialSetup: input.specialSetup,
    setupPlan: input.setupPlan,
    application: input.application ?? null,
    leadTimeOverrideReason: p.override?.reason ?? null,
    leadTimeOverrideBy: p.override ? actor.id : null,
    createdBy: actor.id,
    requestedAt: now,
    createdAt: now,
    updatedAt: now,
    seriesId: at.seriesId ?? null,
    occurrenceDate: at.occurrenceDate ?? null,
  });
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
