/**
 * Recurring bookings (SPEC M3): a series is an RRULE over a template booking. Every occurrence is
 * checked by the booking core's own rules (check() of create/create.planning.ts) and against the holds;
 * the preview reports each one, and creation writes exactly the chosen occurrences in one
 * transaction or nothing — a conflicting occurrence is reported, never silently dropped. Each
 * occurrence is an ordinary booking (series_id, occurrence_date): PATCH and cancel work on it.
 */
import { settingsOf } from '@hy/contracts';
import { type Ctx, type Actor, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { transactionRetrying } from '../../../lib/transactions.ts';
import { audit } from '../../audit/index.ts';
import * as repo from '../booking/booking.repository.ts';
import { canRead, policies } from '../booking/booking.policy.ts';
import { counterKey } from '../booking/booking.rules.ts';
import { present } from '../booking/booking.presenter.ts';
import { announce } from '../booking/booking.notices.ts';
import { snapshot } from '../booking/booking.audit.ts';
import { propertyOf } from '../booking/booking.settings.ts';
import { visibleOf } from '../confidentiality/confidentiality.service.ts';
import { releaseHolds } from '../holds/holds.repository.ts';
import { conflictError, conflictsOf, isHoldClash, type Conflicts } from '../holds/holds.service.ts';
import { check, planEnv, type Intent, type Plan } from '../create/create.planning.ts';
import { timeErrors } from '../create/create.rules.ts';
import { bookingParty, insertPlanned } from '../create/create.service.ts';
import * as seriesRepo from './series.repository.ts';
import type { SeriesRow } from './series.repository.ts';
import type { SeriesInput } from './series.schema.ts';
import { expandSeries, type Occurrence } from './series.rules.ts';
import { presentItem, presentSeries } from './series.presenter.ts';

interface Item extends Occurrence {
  status: string;
  plan?: Plan;
  detail?: string;
  conflicts?: Conflicts;
}

/** Expands and checks every occurrence; template-level problems (fields, venue, capacity …) throw as for one booking. */
async function prepare(ctx: Ctx, input: SeriesInput) {
  const actor = requireActor(ctx);
  const organizationId = bookingParty(ctx, actor, input.propertyId, input.organizationId);
  const start = new Date(input.startAt);
  const end = new Date(input.endAt);
  const base: Intent = { ...input, start, end, organizationId, setupPlan: input.setupPlan ?? null };
  const env = await planEnv(ctx, base);
  const maxHours = settingsOf(env.settings)['bookings.maxDurationHours'];
  const duration = timeErrors(start, end, new Date(0), maxHours, ctx.locale);
  if (duration.length) throw errors.validation(duration, duration.map((f) => `${f.path}: ${f.message}`).join('; '));
  check(ctx, actor, env, base, false);
  const exp = expandSeries({ ...input, start, end, timeZone: env.timeZone }, ctx.locale);
  if (Array.isArray(exp)) throw errors.validation(exp, exp.map((f) => `${f.path}: ${f.message}`).join('; '));
  const items: Item[] = [];
  for (const o of exp.occurrences) {
    if (exp.excluded.has(o.date) || exp.skipped.has(o.date)) {
      items.push({ ...o, status: exp.excluded.has(o.date) ? 'excluded' : 'skipped' });
      continue;
    }
    try {
      const plan = check(ctx, actor, env, { ...base, start: o.start, end: o.end }, true);
      const conflicts = await conflictsOf(ctx, actor, input.propertyId, plan.holds);
      const clash = conflicts.conflicts.length ? 'booking_conflict' : conflicts.closures.length ? 'venue_closed' : null;
      items.push(clash ? { ...o, status: clash, conflicts, detail: conflictError(ctx, conflicts).detail } : { ...o, status: 'ok', plan });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      items.push({ ...o, status: e.code, detail: e.detail });
    }
  }
  return { actor, organizationId, env, exp, items };
}

export async function previewSeries(ctx: Ctx, input: SeriesInput) {
  const { items } = await prepare(ctx, input);
  const count = (s: string) => items.filter((i) => i.status === s).length;
  return {
    occurrences: items.map(presentItem),
    summary: {
      total: items.length,
      ok: count('ok'),
      skipped: count('skipped'),
      excluded: count('excluded'),
      problems: items.filter((i) => !i.plan && i.status !== 'skipped' && i.status !== 'excluded').length,
    },
  };
}

export async function createSeries(ctx: Ctx, input: SeriesInput) {
  const { actor, organizationId, env, exp, items } = await prepare(ctx, input);
  const problems = items.filter((i) => !i.plan && i.status !== 'skipped' && i.status !== 'excluded');
  const clashing = problems.filter((i) => i.conflicts);
  if (clashing.length) throw occurrenceConflict(ctx, clashing);
  if (problems.length) {
    throw new AppError('series_occurrence_invalid', 422, problems.map((i) => `${i.date}: ${i.detail ?? i.status}`).join('; '), undefined, {
      occurrences: problems.map(presentItem),
    });
  }
  const chosen = items.filter((i) => i.plan);
  if (!chosen.length) throw errors.field('skipDates', say(ctx, '没有可预订的场次', 'No occurrence left to book'), 'nothing_left');
  const now = ctx.now();
  const start = new Date(input.startAt);
  const firstSeq = await repo.reserveNumbers(ctx.db, input.propertyId, counterKey(env.timeZone, now), chosen.length);
  try {
    const { series, rows } = await transactionRetrying(ctx.db, async (tx) => {
      const series = await seriesRepo.insertSeries(tx, {
        propertyId: input.propertyId,
        venueId: input.venueId,
        rrule: input.rrule,
        dtstart: start,
        untilAt: exp.until,
        count: exp.count,
        durationMinutes: Math.round((new Date(input.endAt).getTime() - start.getTime()) / 60_000),
        exdates: [...exp.excluded, ...exp.skipped].sort(),
        template: { ...input, organizationId, exdates: undefined, skipDates: undefined },
        createdBy: actor.id,
        createdAt: now,
      });
      const rows: repo.BookingRow[] = [];
      for (const [k, i] of chosen.entries())
        rows.push(
          await insertPlanned(tx, ctx, actor, input, organizationId, i.plan!, {
            start: i.start,
            end: i.end,
            seq: firstSeq + k,
            seriesId: series.id,
            occurrenceDate: i.date,
          }),
        );
      await audit(tx, ctx, {
        action: 'booking_series.created',
        entityType: 'booking_series',
        entityId: series.id,
        propertyId: series.propertyId,
        before: null,
        after: { ...series },
        meta: { occurrences: rows.length },
      });
      await announce(
        tx,
        ctx,
        actor,
        rows[0]!,
        'created',
        env.timeZone,
        say(ctx, `系列会议共 ${rows.length} 场`, `series of ${rows.length}`),
      );
      return { series, rows };
    });
    return { series: presentSeries(series), bookings: await present(ctx, actor, rows) };
  } catch (e) {
    if (!isHoldClash(e)) throw e;
    // Someone took a slot meanwhile: report every occurrence that clashes now.
    const now2: Item[] = [];
    for (const i of chosen) {
      const c = await conflictsOf(ctx, actor, input.propertyId, i.plan!.holds);
      if (c.conflicts.length || c.closures.length)
        now2.push({ ...i, status: c.conflicts.length ? 'booking_conflict' : 'venue_closed', conflicts: c });
    }
    throw occurrenceConflict(ctx, now2);
  }
}

function occurrenceConflict(ctx: Ctx, clashing: Item[]) {
  const first = clashing[0];
  const e = first?.conflicts ? conflictError(ctx, first.conflicts) : null;
  return new AppError(
    'booking_conflict',
    409,
    say(
      ctx,
      `${clashing.length} 个场次与已有预订或场地关闭冲突：${clashing.map((i) => i.date).join('、')}`,
      `${clashing.length} occurrence(s) clash: ${clashing.map((i) => i.date).join(', ')}`,
    ) + (e?.detail ? `（${e.detail}）` : ''),
    undefined,
    { occurrences: clashing.map(presentItem) },
  );
}

async function loadSeries(ctx: Ctx, id: string): Promise<{ actor: Actor; s: SeriesRow }> {
  const actor = requireActor(ctx);
  const s = await seriesRepo.findSeries(ctx.db, id);
  const organizationId = (s?.template.organizationId as string | null | undefined) ?? null;
  // M12: a closed series by role only (an assigned member of staff opens its occurrences one by one).
  const confidentiality = String(s?.template.confidentiality ?? 'public') as repo.BookingRow['confidentiality'];
  if (!s || !canRead(actor, { propertyId: s.propertyId, organizationId, confidentiality })) throw errors.notFound('series');
  return { actor, s };
}

export async function getSeries(ctx: Ctx, id: string) {
  const { actor, s } = await loadSeries(ctx, id);
  const rows = await seriesRepo.seriesBookings(ctx.db, id);
  const visible = await visibleOf(
    ctx.db,
    actor,
    rows.map((b) => ({ ...b, bookingId: b.id })),
  );
  return {
    series: presentSeries(s),
    bookings: await present(
      ctx,
      actor,
      rows.filter((b) => visible.has(b.id)),
    ),
  };
}

/** Cancels every future occurrence that still holds its venue, in one transaction; past ones stay as they were. */
export async function cancelSeries(ctx: Ctx, id: string, reason: string) {
  const { actor, s } = await loadSeries(ctx, id);
  const now = ctx.now();
  const future = (await seriesRepo.seriesBookings(ctx.db, id, now)).filter((b) => b.status === 'requested' || b.status === 'confirmed');
  if (future.some((b) => !policies(actor, b, ctx.now()).cancel)) throw errors.forbidden();
  const { timeZone } = await propertyOf(ctx, s.propertyId);
  const rows = await ctx.db.transaction(async (tx) => {
    const out: repo.BookingRow[] = [];
    for (const b of future) {
      const row = await repo.updateIfStatus(tx, b.id, ['requested', 'confirmed'], {
        status: 'cancelled',
        cancelledBy: actor.id,
        cancelledAt: now,
        cancelReason: reason,
        updatedAt: now,
      });
      if (!row) continue; // cancelled meanwhile by someone else
      await releaseHolds(tx, b.id);
      await audit(tx, ctx, {
        action: 'booking.cancelled',
        entityType: 'booking',
        entityId: b.id,
        propertyId: b.propertyId,
        before: snapshot(b),
        after: snapshot(row),
        meta: { reason, seriesId: id },
      });
      out.push(row);
    }
    await seriesRepo.markSeriesCancelled(tx, id, actor.id, now, reason);
    await audit(tx, ctx, {
      action: 'booking_series.cancelled',
      entityType: 'booking_series',
      entityId: id,
      propertyId: s.propertyId,
      meta: { reason, cancelled: out.length },
    });
    if (out[0])
      await announce(
        tx,
        ctx,
        actor,
        out[0],
        'cancelled',
        timeZone,
        say(ctx, `系列会议取消 ${out.length} 场：${reason}`, `series: ${out.length} cancelled: ${reason}`),
      );
    return out;
  });
  return { cancelled: rows.length, bookings: await present(ctx, actor, rows) };
}
