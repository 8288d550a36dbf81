/**
 * The collection rate (T4): 收费率 = received ÷ receivable and 户收费率 = households paid ÷ households charged of a
 * month's notices, computed every day from the notice day (collection.jobs.ts: one snapshot row per property,
 * month and day) and shown against billing.collectionTargetPercent.
 */
import type { CollectionSeries } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { effectiveSettings } from '../../places/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as repo from './collection.repository.ts';
import { collectionRates, snapshotDays } from './collection.rules.ts';

/** The instant a local day ends. */
export const endOfDay = (day: string, tz: string) => dayjs.tz(`${day} 00:00`, tz).add(1, 'day').toDate();

/** Computes and stores the snapshot of each day from `from` to `to` (the demo's backfill; the job does one day). */
export async function snapshotDaysOf(db: DbOrTx, propertyId: string, month: string, from: string, to: string, now: Date, tz: string) {
  for (const day of snapshotDays(from, to)) {
    const f = await repo.figuresAsOf(db, propertyId, month, endOfDay(day, tz));
    await repo.upsertSnapshot(db, { propertyId, month, day, ...f, computedAt: now });
  }
}

const point = (s: repo.SnapshotRow) => ({
  day: s.day,
  receivableFen: s.receivableFen,
  receivedFen: s.receivedFen,
  householdsCharged: s.householdsCharged,
  householdsPaid: s.householdsPaid,
  ...collectionRates(s),
});

export async function collectionSeries(ctx: Ctx, q: { propertyId: string; month?: string }): Promise<CollectionSeries> {
  authorize(requireActor(ctx), q.propertyId, 'billing.read');
  const [months, settings, latest] = await Promise.all([
    repo.monthsOf(ctx.db, q.propertyId),
    effectiveSettings(ctx.db, q.propertyId),
    repo.latestPerMonth(ctx.db, q.propertyId),
  ]);
  const month = q.month ?? months[0] ?? null;
  const points = month ? (await repo.snapshotsOf(ctx.db, q.propertyId, month)).map(point) : [];
  return {
    months,
    month,
    targetPercent: settings['billing.collectionTargetPercent'],
    points,
    latest: latest.map((s) => ({ month: s.month, ...point(s) })),
  };
}

/** The cockpit tile: the latest month's rate against the target. */
export async function collectionTile(db: DbOrTx, propertyId: string) {
  const latest = await repo.latestPerMonth(db, propertyId);
  const last = latest[latest.length - 1];
  const target = (await effectiveSettings(db, propertyId))['billing.collectionTargetPercent'];
  return last ? { month: last.month, day: last.day, targetPercent: target, ...collectionRates(last) } : null;
}

export { loadWorkCalendar };

/** The cockpit's fee counts on `today` (a local day), for the whole property or one company (a tenant's own). */
export const feeCounts = (db: DbOrTx, propertyId: string, today: string, organizationId: string | null = null) =>
  repo.financeCounts(db, propertyId, today, organizationId);
