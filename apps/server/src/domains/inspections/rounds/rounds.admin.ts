/**
 * The managers' side of rounds: create a day's rounds now (a plan's rounds for a date, as the job would,
 * e.g. for a plan added today) and the month's 巡视统计表 (JSON and .xlsx).
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar, localDate } from '../../calendar/index.ts';
import * as plans from '../plans/plans.repository.ts';
import { planDueOn } from '../plans/plans.rules.ts';
import { createRound } from './rounds.jobs.ts';
import * as repo from './rounds.repository.ts';

/** Creates the rounds due on a date (today by default; at most a week ahead, not in the past). */
export async function generateDay(ctx: Ctx, input: { propertyId: string; date?: string }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'inspections.plans.manage');
  const cal = await loadWorkCalendar(ctx.db, input.propertyId);
  const today = localDate(cal, ctx.now());
  const date = input.date ?? today;
  if (date < today || dayjs.utc(date).diff(dayjs.utc(today), 'day') > 7)
    throw errors.field('date', say(ctx, '只能生成今天起 7 天内的巡检任务', 'Only today or up to 7 days ahead'), 'range');
  let created = 0;
  for (const p of await plans.listPlans(ctx.db, input.propertyId, 'true'))
    if (planDueOn(p, cal, date) && (await createRound(ctx.db, p, cal, date, ctx.now()))) created++;
  await audit(ctx.db, ctx, {
    action: 'inspection_rounds.generated',
    entityType: 'property',
    entityId: input.propertyId,
    propertyId: input.propertyId,
    meta: { date, created },
  });
  return { created };
}

export async function monthStats(ctx: Ctx, q: { propertyId: string; month: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'inspections.read');
  const from = `${q.month}-01`;
  const to = dayjs.utc(from).endOf('month').format('YYYY-MM-DD');
  return { month: q.month, data: await repo.stats(ctx.db, q.propertyId, from, to) };
}

export async function exportStats(ctx: Ctx, q: { propertyId: string; month: string }) {
  const s = await monthStats(ctx, q);
  const en = ctx.locale === 'en-US';
  const h = (zh: string, e: string) => (en ? e : zh);
  await audit(ctx.db, ctx, {
    action: 'inspection_stats.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { month: q.month },
  });
  const total = s.data.reduce(
    (a, r) => ({
      due: a.due + r.due,
      done: a.done + r.done,
      late: a.late + r.late,
      missed: a.missed + r.missed,
      picked: a.picked + r.picked,
      failed: a.failed + r.failed,
    }),
    { due: 0, done: 0, late: 0, missed: 0, picked: 0, failed: 0 },
  );
  const buf = await workbook([
    {
      name: h('巡视统计', 'Statistics'),
      title: `${h('巡视统计表', 'Inspection statistics')} ${q.month}`,
      columns: [
        { header: h('区域', 'Area'), key: 'area', width: 16 },
        { header: h('巡检人', 'Inspector'), key: 'inspector', width: 12 },
        { header: h('应巡', 'Due'), key: 'due', width: 8 },
        { header: h('已巡', 'Done'), key: 'done', width: 8 },
        { header: h('超时', 'Late'), key: 'late', width: 8 },
        { header: h('漏检', 'Missed'), key: 'missed', width: 8 },
        { header: h('手选巡检点', 'Picked, not scanned'), key: 'picked', width: 12 },
        { header: h('不合格项', 'Items failed'), key: 'failed', width: 10 },
      ],
      rows: [
        ...s.data.map((r) => ({ ...r, inspector: r.inspector || h('未指派', 'Unassigned') })),
        { area: h('合计', 'Total'), inspector: '', ...total },
      ],
    },
  ]);
  return { filename: `${h('巡视统计表', 'inspection-statistics')}-${q.month}.xlsx`, buf };
}
