/**
 * Changing a booking (SPEC M2, M3): optimistic (the version read must still be current), checked
 * as a new booking where its venue or time moved, sent back for approval where that is needed.
 */
import { type Ctx, can } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from '../booking/booking.repository.ts';
import { inPast, policies } from '../booking/booking.policy.ts';
import { hasEnded, isActive, statusAfterChange } from '../booking/booking.rules.ts';
import { presentOne } from '../booking/booking.presenter.ts';
import { announce } from '../booking/booking.notices.ts';
import { snapshot } from '../booking/booking.audit.ts';
import { loadVisible } from '../booking/booking.service.ts';
import { replaceHolds } from '../holds/holds.repository.ts';
import { withHolds } from '../holds/holds.service.ts';
import { invalidTransition } from '../approval/approval.service.ts';
import { scheduleExpiry } from '../approval/approval.jobs.ts';
import { plan } from '../create/create.planning.ts';
import type { BookingPatch } from '../create/create.schema.ts';

const stale = (ctx: Ctx, b: repo.BookingRow) =>
  errors.conflict(say(ctx, '预订已被他人修改，请刷新后重试', 'The booking changed meanwhile; reload and retry'), {
    currentVersion: b.version,
  });

export async function updateBooking(ctx: Ctx, id: string, input: BookingPatch) {
  const { actor, b } = await loadVisible(ctx, id);
  const pol = policies(actor, b, ctx.now());
  if (!pol.update) {
    if (!isActive(b.status)) throw invalidTransition(ctx, b);
    throw pol.correctOnly ? inPast(ctx) : errors.forbidden();
  }
  if (input.version !== b.version) throw stale(ctx, b);
  const staff = can(actor, b.propertyId, 'bookings.manage');
  const start = input.startAt ? new Date(input.startAt) : b.startAt;
  const end = input.endAt ? new Date(input.endAt) : b.endAt;
  const venueId = input.venueId ?? b.venueId;
  const moved = venueId !== b.venueId || start.getTime() !== b.startAt.getTime() || end.getTime() !== b.endAt.getTime();
  if (hasEnded(b, ctx.now())) {
    // History: staff correct the record (attendance, contact, notes …) with a reason; the venue and time stay.
    if (moved) throw inPast(ctx);
    if (!input.correctionReason) {
      const message = say(ctx, '更正已结束的预订须填写更正原因', 'Correcting a booking that has ended needs a reason');
      throw errors.rule('correction_reason_required', message, undefined, [{ path: 'correctionReason', message, code: 'required' }]);
    }
  }
  const organizationId = staff && input.organizationId !== undefined ? input.organizationId : b.organizationId;
  const pick = <K extends keyof BookingPatch & keyof repo.BookingRow>(k: K) =>
    (input[k] !== undefined ? input[k] : b[k]) as repo.BookingRow[K];
  const specialSetup = pick('specialSetup');
  const setupPlan = pick('setupPlan');
  const p = await plan(
    ctx,
    actor,
    {
      propertyId: b.propertyId,
      venueId,
      start,
      end,
      layout: input.layout !== undefined ? input.layout : venueId === b.venueId ? b.layout : null,
      attendeeCount: pick('attendeeCount'),
      organizationId,
      organizerUnit: input.organizerUnit !== undefined ? input.organizerUnit : organizationId !== b.organizationId ? null : b.organizerUnit,
      specialSetup,
      setupPlan,
      application: pick('application'),
      overrideLeadTime: input.overrideLeadTime,
    },
    moved,
  );
  // Moving an approved booking that needs the bureau, or a new/changed setup plan, sends it back for approval.
  const replan = moved || (specialSetup && (!b.specialSetup || setupPlan !== b.setupPlan));
  const status = statusAfterChange(b.status, p.approval, replan);
  const back = status !== b.status;
  return presentOne(
    ctx,
    actor,
    await withHolds(ctx, actor, b.propertyId, p.holds, b.id, async (tx) => {
      const row = await repo.updateIfVersion(tx, id, input.version, {
        venueId: p.venue.id,
        linkedVenueIds: p.venue.linkedVenueIds,
        startAt: start,
        endAt: end,
        ...p.buffers,
        status,
        organizationId,
        organizerUnit: p.organizerUnit,
        contactName: pick('contactName'),
        contactPhone: pick('contactPhone'),
        topic: pick('topic'),
        attendeeCount: pick('attendeeCount'),
        layout: p.layout,
        services: pick('services'),
        confidentiality: pick('confidentiality'),
        importance: pick('importance'),
        notes: pick('notes'),
        specialSetup,
        setupPlan,
        application: pick('application'),
        ...(p.override ? { leadTimeOverrideReason: p.override.reason, leadTimeOverrideBy: actor.id } : {}),
        ...(back ? { decidedBy: null, decidedAt: null, decisionReason: null } : {}),
        updatedAt: ctx.now(),
      });
      if (!row) throw stale(ctx, b);
      if (moved) await replaceHolds(tx, row, p.holds);
      if (moved || back) await scheduleExpiry(tx, row, p.expiresAt);
      await audit(tx, ctx, {
        action: 'booking.updated',
        entityType: 'booking',
        entityId: id,
        propertyId: b.propertyId,
        before: snapshot(b),
        after: snapshot(row),
        meta: {
          ...(p.override ? { leadTimeOverride: p.override } : {}),
          ...(back ? { backToRequested: true } : {}),
          ...(input.correctionReason ? { correctionReason: input.correctionReason } : {}),
        },
      });
      await announce(tx, ctx, actor, row, 'updated', p.timeZone);
      return row;
    }),
  );
}
