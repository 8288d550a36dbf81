/**
 * The managers' cockpit (CS supervisor, project manager, general manager): this month's figures
 * against their targets with six months of trend, the emergencies pinned until signed off, what
 * waits for their signature, breached cases and fees unpaid.
 */
import type { CockpitFigure, CockpitTile, CockpitTrendMonth } from '@hy/contracts';
import { type Actor, type Ctx, can } from '../../../lib/context.ts';
import { monthPeriod } from '../../../lib/periods.ts';
import { localMonth } from '../../../lib/periods.ts';
import { measuresByMonth, pinnedCases } from '../../cases/index.ts';
import { listStatements, meetingsIn } from '../../meetings/index.ts';
import { lastMonths, meets, shareOf, tile } from '../overview/overview.rules.ts';
import { cockpitTargets } from '../overview/overview.targets.ts';
import type { CockpitWindow } from '../overview/overview.window.ts';
import { slaCounts } from '../desk/desk.service.ts';
import { collectionTile } from '../../billing/index.ts';
import * as repo from './manager.repository.ts';

const TREND_MONTHS = 6;

/** Statements issued or confirmed and not fully paid (what 会议费用 lists with "unpaid"): how many, how much is open. */
export async function feesUnpaid(ctx: Ctx, propertyId: string) {
  const { data } = await listStatements(ctx, { propertyId, unpaid: true, limit: 1000 });
  return { count: data.length, fen: data.reduce((a, s) => a + (s.totalFen - s.paidFen), 0) };
}

/** The share of active meetings ready on time, per month of their start. */
async function readinessByMonth(ctx: Ctx, actor: Actor, propertyId: string, months: string[], tz: string) {
  const from = monthPeriod(months[0]!, tz)!.from;
  const to = monthPeriod(months[months.length - 1]!, tz)!.to;
  const rows = await meetingsIn(ctx, actor, propertyId, { from, to, label: '', days: [] });
  return new Map(months.map((m) => [m, shareOf(rows.filter((r) => localMonth(r.n.startAt, tz) === m).map((r) => r.readyOnTime))]));
}

export async function managerSection(ctx: Ctx, actor: Actor, propertyId: string, w: CockpitWindow) {
  const months = lastMonths(w.month, TREND_MONTHS);
  const reports = can(actor, propertyId, 'cases.reports');
  const signKinds = [
    ...(can(actor, propertyId, 'cases.review.sign_daily') ? (['daily_review'] as const) : []),
    ...(can(actor, propertyId, 'cases.review.sign_monthly') ? (['monthly_review'] as const) : []),
  ];
  const collection = can(actor, propertyId, 'billing.read') ? await collectionTile(ctx.db, propertyId) : null;
  const [measures, readiness, targets, pinned, unsigned, fees, sla] = await Promise.all([
    reports ? measuresByMonth(ctx, { propertyId, months }) : null,
    can(actor, propertyId, 'meetings.read') ? readinessByMonth(ctx, actor, propertyId, months, w.tz) : null,
    cockpitTargets(ctx.db, propertyId),
    pinnedCases(ctx, { propertyId }),
    repo.unsignedReviews(ctx.db, propertyId, [...signKinds]),
    can(actor, propertyId, 'meetings.fees.read') ? feesUnpaid(ctx, propertyId) : null,
    slaCounts(ctx, propertyId),
  ]);
  const trend: CockpitTrendMonth[] = months.map((m) => {
    const x = measures?.find((r) => r.month === m);
    return {
      month: m,
      complaintRate: x?.complaintRate ?? null,
      slaAttainment: x?.slaAttainment ?? null,
      satisfaction: x?.satisfaction ?? null,
      threeEqualities: x?.threeEqualities ?? null,
      readinessOnTime: readiness?.get(m) ?? null,
    };
  });
  const now = trend[trend.length - 1]!;
  const figure = (
    id: Exclude<CockpitFigure['id'], 'feesUnpaid' | 'collectionRate'>,
    better: 'lower' | 'higher',
    path: string,
  ): CockpitFigure => ({
    id,
    value: now[id],
    target: targets[id],
    better,
    unit: 'percent',
    met: meets(now[id], targets[id], better),
    path,
    query: {},
  });
  const figures: CockpitFigure[] = [
    ...(reports
      ? [
          figure('complaintRate', 'lower', '/reports/cases'),
          figure('slaAttainment', 'higher', '/reports/cases'),
          figure('satisfaction', 'higher', '/reports/cases'),
          figure('threeEqualities', 'higher', '/reports/cases'),
        ]
      : []),
    ...(readiness ? [figure('readinessOnTime', 'higher', '/reports/meetings')] : []),
    ...(fees
      ? [
          {
            id: 'feesUnpaid' as const,
            value: fees.fen,
            target: 0,
            better: 'lower' as const,
            unit: 'fen' as const,
            met: fees.fen === 0,
            path: '/my/fees',
            query: { unpaid: '1' },
          },
        ]
      : []),
    ...(collection
      ? [
          {
            id: 'collectionRate' as const,
            value: collection.ratePercent,
            target: collection.targetPercent,
            better: 'higher' as const,
            unit: 'percent' as const,
            met: meets(collection.ratePercent, collection.targetPercent, 'higher'),
            path: '/billing/collection',
            query: { month: collection.month },
          },
        ]
      : []),
  ];
  const signDaily = unsigned.find((u) => u.kind === 'daily_review')?.n ?? 0;
  const signMonthly = unsigned.find((u) => u.kind === 'monthly_review')?.n ?? 0;
  const tiles: CockpitTile[] = [
    tile('manager', 'emergencies_pinned', pinned.data.length, '/cases', {}, 'danger'),
    tile('manager', 'cases_breached', sla.breached, '/cases', { sla: 'breached' }, 'danger'),
    ...(signKinds.includes('daily_review') ? [tile('manager', 'sign_daily', signDaily, '/supervision', { tab: 'daily' }, 'warning')] : []),
    ...(signKinds.includes('monthly_review')
      ? [tile('manager', 'sign_monthly', signMonthly, '/supervision', { tab: 'monthly' }, 'warning')]
      : []),
    ...(fees ? [tile('manager', 'fees_unpaid', fees.count, '/my/fees', { unpaid: '1' }, 'warning', fees.fen)] : []),
  ];
  const emergencies = pinned.data.map((c) => ({
    id: c.id,
    number: c.number,
    content: c.content,
    status: c.status,
    createdAt: c.createdAt,
  }));
  return { tiles, sla, month: w.month, figures, trend, emergencies };
}
