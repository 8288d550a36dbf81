/** The JSON shape of a booking (every field picked by name) with what the reader may do to it. */
import type { Layout } from '@hy/contracts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import * as repo from './booking.repository.ts';
import { policies } from './booking.policy.ts';
import { holdWindow } from './booking.rules.ts';

export async function present(ctx: Ctx, actor: Actor, rows: repo.BookingRow[], known?: Map<string, string>) {
  const ids = [...new Set(rows.flatMap((b) => [b.venueId, ...b.linkedVenueIds]))];
  const names = known && ids.every((id) => known.has(id)) ? known : await repo.venueNames(ctx.db, ids);
  const venue = (id: string) => ({ id, name: names.get(id) ?? null });
  // Only bookings the actor may read (M12 included) reach the presenter: they are shown whole.
  return rows.map((b) => {
    const window = holdWindow(b.startAt, b.endAt, b);
    return {
      id: b.id,
      propertyId: b.propertyId,
      number: b.number,
      status: b.status,
      venue: venue(b.venueId),
      linkedVenues: b.linkedVenueIds.map(venue),
      startAt: b.startAt.toISOString(),
      endAt: b.endAt.toISOString(),
      setupMinutes: b.setupMinutes,
      cleanupMinutes: b.cleanupMinutes,
      heldFrom: window.from.toISOString(),
      heldTo: window.to.toISOString(),
      organizationId: b.organizationId,
      organizerUnit: b.organizerUnit,
      contactName: b.contactName,
      contactPhone: b.contactPhone,
      topic: b.topic,
      notes: b.notes,
      setupPlan: b.setupPlan,
      application: b.application,
      attendeeCount: b.attendeeCount,
      layout: b.layout as Layout | null,
      services: b.services,
      confidentiality: b.confidentiality,
      importance: b.importance,
      channel: b.channel,
      specialSetup: b.specialSetup,
      leadTimeOverride: b.leadTimeOverrideReason ? { reason: b.leadTimeOverrideReason, by: b.leadTimeOverrideBy } : null,
      createdBy: b.createdBy,
      requestedAt: b.requestedAt.toISOString(),
      decidedBy: b.decidedBy,
      decidedAt: b.decidedAt?.toISOString() ?? null,
      decisionReason: b.decisionReason,
      cancelledBy: b.cancelledBy,
      cancelledAt: b.cancelledAt?.toISOString() ?? null,
      cancelReason: b.cancelReason,
      version: b.version,
      createdAt: b.createdAt.toISOString(),
      updatedAt: b.updatedAt.toISOString(),
      seriesId: b.seriesId,
      occurrenceDate: b.occurrenceDate,
      policies: policies(actor, b, ctx.now()),
    };
  });
}
export const presentOne = async (ctx: Ctx, actor: Actor, b: repo.BookingRow, known?: Map<string, string>) =>
  (await present(ctx, actor, [b], known))[0]!;
