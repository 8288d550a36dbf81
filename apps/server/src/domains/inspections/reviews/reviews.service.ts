/**
 * Patrol reviews (T2): the manager reviews one day's patrol records (rounds, visits, findings) and signs them
 * off once (409 review_already_signed); every Friday each inspector's weekly summary of repair findings — found,
 * done, long open with the fix-by date the manager sets (《周报修项目统计分析表》); the findings sent to repair in
 * a period (巡检问题报修统计单).
 */
import { REVIEWS_ERROR_CODES } from '@hy/contracts';
import { sqlState } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { dayPeriod, localDate } from '../../../lib/periods.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as findingsRepo from '../findings/findings.repository.ts';
import { presentSummary } from '../findings/findings.presenter.ts';
import { daysBetween, fridayWeek, weeklyLines } from '../findings/findings.rules.ts';
import * as repo from './reviews.repository.ts';

/** A repair finding still open after this many days is "long open" on the Friday summary. */
export const LONG_OPEN_DAYS = 7;

const refused = (ctx: Ctx, code: keyof typeof REVIEWS_ERROR_CODES) => {
  const e = REVIEWS_ERROR_CODES[code]!;
  return new AppError(code, e.status, say(ctx, e.zh, e.en));
};
const tzOf = async (ctx: Ctx, propertyId: string) => (await loadWorkCalendar(ctx.db, propertyId)).timeZone;

export async function dailyReview(ctx: Ctx, q: { propertyId: string; day: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'inspections.review');
  const tz = await tzOf(ctx, q.propertyId);
  const p = dayPeriod(q.day, tz)!;
  const [rounds, findings, s] = await Promise.all([
    repo.roundsOfDay(ctx.db, q.propertyId, q.day),
    findingsRepo.listViews(ctx.db, { propertyId: q.propertyId, from: p.from, to: p.to, limit: 500 }),
    repo.signOffOf(ctx.db, q.propertyId, q.day),
  ]);
  return {
    propertyId: q.propertyId,
    day: q.day,
    rounds: rounds.map((r) => ({
      ...r,
      windowStart: r.windowStart.toISOString(),
      windowEnd: r.windowEnd.toISOString(),
      completedAt: r.completedAt?.toISOString() ?? null,
    })),
    findings: findings.reverse().map((f) => presentSummary(actor, f)),
    signedOff: s
      ? { signedAt: s.signedAt.toISOString(), signedByName: s.signedByName, note: s.note, rounds: s.rounds, findings: s.findings }
      : null,
    policies: { signOff: !s && q.day <= localDate(ctx.now(), tz) },
  };
}

/** The manager signs the day off, once: the counts reviewed are kept with the signature. */
export async function signDaily(ctx: Ctx, b: { propertyId: string; day: string; note?: string | null }) {
  const actor = requireActor(ctx);
  authorize(actor, b.propertyId, 'inspections.review');
  const tz = await tzOf(ctx, b.propertyId);
  if (b.day > localDate(ctx.now(), tz)) throw refused(ctx, 'review_day_future');
  const before = await dailyReview(ctx, b);
  if (before.signedOff) throw refused(ctx, 'review_already_signed');
  try {
    await ctx.db.transaction(async (tx) => {
      const r = await repo.insertSignOff(tx, {
        propertyId: b.propertyId,
        day: b.day,
        note: b.note ?? null,
        rounds: before.rounds.length,
        findings: before.findings.length,
        signedAt: ctx.now(),
        signedBy: actor.id,
        signedByName: actor.displayName,
      });
      if (!r) throw refused(ctx, 'review_already_signed');
      await audit(tx, ctx, {
        action: 'inspection_review.signed',
        entityType: 'inspection_daily_review',
        entityId: r.id,
        propertyId: b.propertyId,
        before: null,
        after: r,
      });
    });
  } catch (e) {
    throw sqlState(e) === '23505' ? refused(ctx, 'review_already_signed') : e;
  }
  return dailyReview(ctx, b);
}

export async function weeklySummary(ctx: Ctx, q: { propertyId: string; friday: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'inspections.review');
  const week = fridayWeek(q.friday);
  if (!week) throw refused(ctx, 'review_not_friday');
  const tz = await tzOf(ctx, q.propertyId);
  const end = dayPeriod(q.friday, tz)!.to;
  const found = await repo.repairFindingsUpTo(ctx.db, q.propertyId, end, tz);
  const lines = weeklyLines(found, week.from, week.to, LONG_OPEN_DAYS);
  return {
    propertyId: q.propertyId,
    friday: q.friday,
    from: week.from,
    longOpenDays: LONG_OPEN_DAYS,
    inspectors: lines.map((l) => ({
      inspectorId: l.inspectorId,
      inspectorName: l.inspectorName,
      found: l.found,
      done: l.done,
      open: l.open,
      longOpen: l.longOpen.map((f) => ({
        findingId: f.id,
        title: f.title,
        checkpointName: f.checkpointName,
        foundAt: new Date(f.foundAt as unknown as string).toISOString(),
        caseNumber: f.caseNumber,
        workOrderNumber: f.workOrderNumber,
        daysOpen: f.daysOpen,
        fixBy: f.fixBy,
      })),
    })),
    policies: { setFixBy: true },
  };
}

/** The manager sets the date a long-open repair finding must be fixed by (kept as a step of the finding). */
export async function setFixBy(ctx: Ctx, id: string, b: { fixBy: string; note?: string | null }) {
  const actor = requireActor(ctx);
  const f = await findingsRepo.findFinding(ctx.db, id);
  if (!f || !memberProperties(actor).includes(f.propertyId) || !can(actor, f.propertyId, 'inspections.read'))
    throw errors.notFound('finding');
  if (!can(actor, f.propertyId, 'inspections.review')) throw errors.forbidden();
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const u = await repo.setFixBy(tx, id, b.fixBy, actor.id, now);
    if (!u) throw refused(ctx, 'fix_by_not_long_open');
    await findingsRepo.insertStep(tx, {
      findingId: id,
      propertyId: f.propertyId,
      kind: 'fix_by',
      note: b.note ? `${b.fixBy} ${b.note}` : b.fixBy,
      at: now,
      byUser: actor.id,
      byName: actor.displayName,
    });
    await audit(tx, ctx, {
      action: 'inspection_finding.fix_by',
      entityType: 'inspection_finding',
      entityId: id,
      propertyId: f.propertyId,
      before: { fixBy: f.fixBy },
      after: { fixBy: b.fixBy },
    });
  });
  return { ok: true as const };
}

export async function repairStats(ctx: Ctx, q: { propertyId: string; from: string; to: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'inspections.review');
  const span = daysBetween(q.from, q.to);
  if (span < 0 || span > 366) throw refused(ctx, 'review_period_invalid');
  const tz = await tzOf(ctx, q.propertyId);
  const rows = await repo.sentToRepair(ctx.db, q.propertyId, dayPeriod(q.from, tz)!.from, dayPeriod(q.to, tz)!.to);
  return {
    propertyId: q.propertyId,
    from: q.from,
    to: q.to,
    rows: rows.map((r) => ({
      ...r,
      foundAt: r.foundAt.toISOString(),
      sentAt: r.sentAt?.toISOString() ?? null,
      verifiedAt: r.verifiedAt?.toISOString() ?? null,
    })),
  };
}
