/**
 * Supervision (S9): the CS supervisor reviews and signs the day's cases; the Monday summary of last
 * week; the project manager's review of the previous month by the 5th; the monthly complaint
 * statistics with their analysis. Sign-offs freeze the snapshot in case_reports and are audited.
 */
import type { CaseReportKind } from '../../../db/schema/index.ts';
import type { Ctx } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { localDate } from '../../calendar/index.ts';
import * as repo from './supervision.repository.ts';
import { startOfLocalDay } from '../../../lib/periods.ts';
import { monthlyReviewDeadline } from './supervision.rules.ts';
import { BUILDERS, complaintsMonthlyData, type ReportData } from './supervision.data.ts';
import { presentSignoff } from './supervision.presenter.ts';
import { openReport, type ReportEnv } from './reports.ts';

/** The signed snapshot if signed, else live data; with the sign-off. */
async function withSignoff<K extends 'daily_review' | 'weekly_summary' | 'monthly_review'>(env: ReportEnv, kind: K, period: string) {
  const r = await repo.findReport(env.db, kind, env.pid, period);
  const data = (r?.signedAt && r.data ? r.data : await BUILDERS[kind](env, period)) as ReportData<K>;
  return { ...data, signoff: presentSignoff(r) };
}

export async function daily(ctx: Ctx, q: { propertyId: string; date: string }) {
  return withSignoff(await openReport(ctx, q.propertyId, 'cases.review.read'), 'daily_review', q.date);
}

async function sign<K extends 'daily_review' | 'monthly_review'>(
  ctx: Ctx,
  env: ReportEnv & { actorId: string },
  kind: K,
  period: string,
  note: string | null,
  late: boolean,
) {
  return ctx.db.transaction(async (tx) => {
    const data = (await BUILDERS[kind]({ ...env, db: tx }, period)) as ReportData<K>;
    const snap = await repo.saveSnapshot(tx, kind, env.pid, period, data, env.now);
    const r = await repo.signReport(tx, snap.id, { userId: env.actorId, now: env.now, note, late });
    if (!r)
      throw new AppError('already_signed', 409, say(ctx, '该期间已签字确认', 'Already signed'), undefined, {
        signedBy: snap.signedBy,
        signedAt: snap.signedAt?.toISOString(),
      });
    await audit(tx, ctx, {
      action: `case_report.${kind}.signed`,
      entityType: 'case_report',
      entityId: r.id,
      propertyId: env.pid,
      before: null,
      after: { period, signedAt: r.signedAt, note, late },
    });
    return { ...data, signoff: presentSignoff(r) };
  });
}

export async function signDaily(ctx: Ctx, b: { propertyId: string; date: string; note?: string | null }) {
  const env = await openReport(ctx, b.propertyId, 'cases.review.sign_daily');
  if (b.date > localDate(env.cal, env.now)) throw errors.field('date', say(ctx, '不能签署未来日期', 'Cannot sign a future day'));
  return sign(ctx, env, 'daily_review', b.date, b.note ?? null, false);
}

export async function weekly(ctx: Ctx, q: { propertyId: string; week: string }) {
  return withSignoff(await openReport(ctx, q.propertyId, 'cases.review.read'), 'weekly_summary', q.week);
}

export async function monthlyReview(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await openReport(ctx, q.propertyId, 'cases.reports');
  const r = await withSignoff(env, 'monthly_review', q.month);
  const deadline = monthlyReviewDeadline(env.cal.timeZone, q.month);
  return { ...r, late: r.signoff?.signedAt ? r.signoff.late : env.now >= deadline };
}

export async function signMonthly(ctx: Ctx, b: { propertyId: string; month: string; note?: string | null }) {
  const env = await openReport(ctx, b.propertyId, 'cases.review.sign_monthly');
  if (env.now < startOfLocalDay(`${b.month}-01`, env.cal.timeZone))
    throw errors.field('month', say(ctx, '不能审阅未开始的月份', 'The month has not begun'));
  const late = env.now >= monthlyReviewDeadline(env.cal.timeZone, b.month);
  return { ...(await sign(ctx, env, 'monthly_review', b.month, b.note ?? null, late)), late };
}

export async function complaintsMonthly(ctx: Ctx, q: { propertyId: string; month: string }) {
  const env = await openReport(ctx, q.propertyId, 'cases.reports');
  const [data, r] = await Promise.all([
    complaintsMonthlyData(env, q.month),
    repo.findReport(ctx.db, 'complaints_monthly', q.propertyId, q.month),
  ]);
  return { ...data, analysis: r?.note ?? null, analysisBy: r?.noteBy ?? null, analysisAt: r?.noteAt?.toISOString() ?? null };
}

/** A supervisor's note on a report of a period (the complaint analysis, the corrective action), audited. */
export async function saveReportNote(ctx: Ctx, kind: CaseReportKind, propertyId: string, period: string, note: string) {
  const env = await openReport(ctx, propertyId, 'cases.supervise');
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findReport(tx, kind, propertyId, period);
    const r = await repo.saveNote(tx, kind, propertyId, period, note, env.actorId, env.now);
    await audit(tx, ctx, {
      action: `case_report.${kind}.note`,
      entityType: 'case_report',
      entityId: r.id,
      propertyId,
      before: { note: before?.note ?? null },
      after: { note },
    });
  });
}

export async function saveAnalysis(ctx: Ctx, b: { propertyId: string; month: string; analysis: string }) {
  await saveReportNote(ctx, 'complaints_monthly', b.propertyId, b.month, b.analysis);
  return complaintsMonthly(ctx, b);
}
