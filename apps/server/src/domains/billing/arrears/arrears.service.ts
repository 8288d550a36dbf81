/**
 * The month's 实收表 (received: each company's notice, what it paid and its receipts) and 应欠表 (arrears per
 * company by age: 0-30 / 31-60 / 61-90 / 90+ days past due, with the dunning step reached) — live, and as
 * snapshotted on the last working day of the month after the billing month (arrears.jobs.ts).
 */
import type { ArrearsReport, ReceivedReport } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { loadWorkCalendar, localDate } from '../../calendar/index.ts';
import * as notices from '../notices/notices.repository.ts';
import { reachedStep } from '../dunning/dunning.rules.ts';
import * as repo from './arrears.repository.ts';
import { agingBucket, daysPastDue, emptyBuckets } from './arrears.rules.ts';

export async function buildReceived(db: DbOrTx, propertyId: string, month: string): Promise<Omit<ReceivedReport, 'snapshotOn'>> {
  const rows = await notices.listNotices(db, { propertyId, month });
  const pays = await notices.paymentsOfNotices(
    db,
    rows.map((r) => r.id),
  );
  const out = rows.map((n) => ({
    noticeId: n.id,
    noticeNumber: n.number,
    organizationName: n.organizationName,
    amountFen: n.amountFen,
    paidFen: n.paidFen,
    outstandingFen: n.amountFen - n.paidFen,
    receipts: pays
      .filter((p) => p.noticeId === n.id && !p.voidedAt)
      .map((p) => ({ number: p.receiptNumber, amountFen: p.amountFen, receivedAt: p.receivedAt.toISOString(), method: p.method })),
  }));
  const sum = (k: 'amountFen' | 'paidFen' | 'outstandingFen') => out.reduce((a, r) => a + r[k], 0);
  return { month, totalFen: sum('amountFen'), paidFen: sum('paidFen'), outstandingFen: sum('outstandingFen'), rows: out };
}

export async function buildArrears(db: DbOrTx, propertyId: string, month: string | null, today: string) {
  const rows = await notices.listNotices(db, { propertyId, month: month ?? undefined, unpaidOnly: true });
  const steps = await notices.stepsOfNotices(
    db,
    rows.map((r) => r.id),
  );
  const byOrg = new Map<string, ArrearsReport['rows'][number]>();
  const total = emptyBuckets();
  for (const n of rows) {
    const out = n.amountFen - n.paidFen;
    const days = daysPastDue(n.dueOn, today);
    const b = agingBucket(days);
    total[b] += out;
    const row = byOrg.get(n.organizationId) ?? {
      organizationId: n.organizationId,
      organizationName: n.organizationName,
      notices: [],
      buckets: emptyBuckets(),
      totalFen: 0,
      dunningStep: null,
    };
    row.notices.push({ id: n.id, number: n.number, month: n.month, dueOn: n.dueOn, outstandingFen: out, daysPastDue: days });
    row.buckets[b] += out;
    row.totalFen += out;
    const reached = reachedStep(steps.filter((s) => row.notices.some((x) => x.id === s.noticeId)));
    row.dunningStep = reached;
    byOrg.set(n.organizationId, row);
  }
  const list = [...byOrg.values()].sort((a, b) => b.totalFen - a.totalFen);
  return { month, asOf: today, buckets: total, totalFen: list.reduce((a, r) => a + r.totalFen, 0), rows: list };
}

export async function receivedReport(ctx: Ctx, q: { propertyId: string; month: string }): Promise<ReceivedReport> {
  authorize(requireActor(ctx), q.propertyId, 'billing.read');
  const snap = await repo.snapshotOf(ctx.db, q.propertyId, q.month, 'received');
  return { ...(await buildReceived(ctx.db, q.propertyId, q.month)), snapshotOn: snap?.takenOn ?? null };
}

export async function arrearsReport(ctx: Ctx, q: { propertyId: string; month?: string }): Promise<ArrearsReport> {
  authorize(requireActor(ctx), q.propertyId, 'billing.read');
  const today = localDate(await loadWorkCalendar(ctx.db, q.propertyId), ctx.now());
  const snap = q.month ? await repo.snapshotOf(ctx.db, q.propertyId, q.month, 'arrears') : null;
  return { ...(await buildArrears(ctx.db, q.propertyId, q.month ?? null, today)), snapshotOn: snap?.takenOn ?? null };
}
