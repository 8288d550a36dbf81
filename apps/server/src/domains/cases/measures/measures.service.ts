/**
 * Measures (S10): the complaint rate (valid complaints ÷ households, below the target setting each month) per
 * quarter with the corrective-action report when exceeded, the "three equalities" (三个相等) of repair
 * items and work orders with the mismatches, SLA attainment and satisfaction.
 */
import { quarterMonths, settingsOf } from '@hy/contracts';
import { propertySettings } from '../case/case.repository.ts';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { findReport } from '../supervision/supervision.repository.ts';
import { saveReportNote } from '../supervision/supervision.service.ts';
import { monthPeriod, openingPeriodsAt } from '../../../lib/periods.ts';
import { LIST_LIMIT, openReport } from '../supervision/reports.ts';
import * as repo from './measures.repository.ts';
import { complaintRate, equalityShare, percent } from './measures.rules.ts';

/** The month (and quarter) the case reports open on: the current one once a case came in, else the last complete one. */
export async function openingPeriodsOf(ctx: Ctx, propertyId: string) {
  const env = await openReport(ctx, propertyId, 'cases.reports');
  return openingPeriodsAt(env.now, env.cal.timeZone, (r) => repo.anyCaseIn(ctx.db, propertyId, r));
}

export async function complaintRateReport(ctx: Ctx, q: { propertyId: string; quarter: string }) {
  const env = await openReport(ctx, q.propertyId, 'cases.reports');
  const months = quarterMonths(q.quarter);
  const range = { from: monthPeriod(months[0]!, env.cal.timeZone)!.from, to: monthPeriod(months[2]!, env.cal.timeZone)!.to };
  const [counts, homes, r, settings] = await Promise.all([
    repo.monthlyKinds(ctx.db, q.propertyId, range, env.cal.timeZone),
    repo.households(ctx.db, q.propertyId),
    findReport(ctx.db, 'complaint_rate', q.propertyId, q.quarter),
    propertySettings(ctx.db, q.propertyId),
  ]);
  const target = settingsOf(settings)['measures.complaintRateTargetPercent'] / 100;
  const rows = months.map((m) => {
    const c = counts.find((x) => x.month === m);
    return { ...complaintRate(m, c?.valid ?? 0, homes, target), complaints: c?.complaints ?? 0, repairs: c?.repairs ?? 0 };
  });
  const over = rows.some((x) => x.overTarget);
  return {
    propertyId: q.propertyId,
    quarter: q.quarter,
    households: homes,
    target,
    months: rows,
    totals: {
      validComplaints: rows.reduce((a, x) => a + x.validComplaints, 0),
      complaints: rows.reduce((a, x) => a + x.complaints, 0),
      repairs: rows.reduce((a, x) => a + x.repairs, 0),
    },
    overTarget: over,
    reportDueBy: `${months[2]}-05`,
    correctiveActionRequired: over && !r?.note,
    correctiveAction: r?.note ? { note: r.note, by: r.noteBy, at: r.noteAt?.toISOString() ?? null } : null,
  };
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

export async function saveCorrectiveAction(ctx: Ctx, b: { propertyId: string; quarter: string; note: string }) {
  const rep = await complaintRateReport(ctx, b);
  if (!rep.overTarget)
    throw errors.rule(
      'complaint_rate_not_exceeded',
      say(ctx, `本季度各月投诉率均低于 ${pct(rep.target)}，无需整改报告`, `No month of the quarter reached ${pct(rep.target)}`),
    );
  await saveReportNote(ctx, 'complaint_rate', b.propertyId, b.quarter, b.note);
  return complaintRateReport(ctx, b);
}

export async function threeEqualities(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await openReport(ctx, q.propertyId, 'cases.reports');
  const d = await repo.threeEqualities(ctx.db, q.propertyId, monthPeriod(q.month, env.cal.timeZone)!, LIST_LIMIT);
  return {
    propertyId: q.propertyId,
    month: q.month,
    logged: d.items.logged,
    dispatched: d.items.dispatched,
    issued: d.wos.issued,
    returned: d.wos.returned,
    voided: d.wos.voided,
    equal: {
      loggedEqualsDispatched: d.items.logged === d.items.dispatched,
      issuedEqualsDispatched: d.wos.issued === d.items.dispatched,
      returnedEqualsIssued: d.wos.returned === d.wos.issued,
    },
    mismatches: {
      notDispatched: d.notDispatched,
      dispatchedWithoutWorkOrder: d.withoutWo,
      severalWorkOrders: d.several,
      notReturned: d.notReturned,
    },
  };
}

export async function slaReport(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await openReport(ctx, q.propertyId, 'cases.reports');
  const r = monthPeriod(q.month, env.cal.timeZone)!;
  const [rows, sat] = await Promise.all([repo.slaAttainment(ctx.db, q.propertyId, r, env.now), repo.satisfaction(ctx.db, q.propertyId, r)]);
  const withPct = <T extends { respondMeasured: number; respondOnTime: number; resolveMeasured: number; resolveOnTime: number }>(x: T) => ({
    ...x,
    respondPct: percent(x.respondOnTime, x.respondMeasured),
    resolvePct: percent(x.resolveOnTime, x.resolveMeasured),
  });
  const sum = (k: 'total' | 'respondMeasured' | 'respondOnTime' | 'resolveMeasured' | 'resolveOnTime') =>
    rows.reduce((a, x) => a + x[k], 0);
  const cb = sat.reduce((a, x) => a + x.callbacks, 0);
  const ok = sat.reduce((a, x) => a + x.satisfied, 0);
  return {
    propertyId: q.propertyId,
    month: q.month,
    rows: rows.map(withPct),
    overall: withPct({
      total: sum('total'),
      respondMeasured: sum('respondMeasured'),
      respondOnTime: sum('respondOnTime'),
      resolveMeasured: sum('resolveMeasured'),
      resolveOnTime: sum('resolveOnTime'),
    }),
    satisfaction: {
      rows: sat.map((x) => ({ ...x, satisfiedPct: percent(x.satisfied, x.callbacks) })),
      callbacks: cb,
      satisfied: ok,
      satisfiedPct: percent(ok, cb),
    },
  };
}

/**
 * The measures of consecutive months (the managers' cockpit trend): complaint rate (%), SLA attainment
 * of resolution (%), satisfied callbacks (%), and the three equalities as returned ÷ the largest of
 * logged, dispatched and issued (%; 100 when all are equal). Null where nothing was measured.
 */
export async function measuresByMonth(ctx: Ctx, q: { propertyId: string; months: string[] }) {
  const env = await openReport(ctx, q.propertyId, 'cases.reports');
  const tz = env.cal.timeZone;
  const range = { from: monthPeriod(q.months[0]!, tz)!.from, to: monthPeriod(q.months[q.months.length - 1]!, tz)!.to };
  const [kinds, homes, d, settings] = await Promise.all([
    repo.monthlyKinds(ctx.db, q.propertyId, range, tz),
    repo.households(ctx.db, q.propertyId),
    repo.monthlyTrend(ctx.db, q.propertyId, range, tz, env.now),
    propertySettings(ctx.db, q.propertyId),
  ]);
  const target = settingsOf(settings)['measures.complaintRateTargetPercent'] / 100;
  const of = <T extends { month: string }>(list: T[], m: string) => list.find((x) => x.month === m);
  return q.months.map((m) => {
    const rate = complaintRate(m, of(kinds, m)?.valid ?? 0, homes, target).rate;
    const sla = of(d.sla, m);
    const sat = of(d.sat, m);
    const rep = of(d.repairs, m);
    const wo = of(d.wos, m);
    return {
      month: m,
      complaintRate: rate === null ? null : Math.round(rate * 1000) / 10,
      slaAttainment: percent(sla?.onTime ?? 0, sla?.measured ?? 0),
      satisfaction: percent(sat?.satisfied ?? 0, sat?.callbacks ?? 0),
      threeEqualities: equalityShare(rep?.logged ?? 0, rep?.dispatched ?? 0, wo?.issued ?? 0, wo?.returned ?? 0),
    };
  });
}
