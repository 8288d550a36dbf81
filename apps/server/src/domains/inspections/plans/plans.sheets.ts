/** 客服部巡检计划 (the plans) and 各区域巡视检验表 (a plan's checklist, blank, to fill by hand) as workbooks; audited. */
import { ROLE_LABELS, type Role } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { describeSchedule } from './plans.describe.ts';
import { getPlan, listPlans } from './plans.service.ts';

const CATEGORY = {
  cleaning: ['保洁', 'Cleaning'],
  greenery: ['绿化', 'Greenery'],
  pest: ['虫害', 'Pest control'],
  repair: ['维修', 'Repair'],
  safety: ['安全', 'Safety'],
  other: ['其他', 'Other'],
} as const;

export async function exportPlans(ctx: Ctx, q: { propertyId: string; active: 'true' | 'false' | 'all' }) {
  const { data } = await listPlans(ctx, q);
  const en = ctx.locale === 'en-US';
  const h = (zh: string, e: string) => (en ? e : zh);
  await audit(ctx.db, ctx, {
    action: 'inspection_plans.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: data.length },
  });
  const buf = await workbook([
    {
      name: h('巡检计划', 'Plans'),
      title: h('客服部巡检计划', 'Customer service inspection plans'),
      columns: [
        { header: h('计划', 'Plan'), key: 'name', width: 22 },
        { header: h('区域', 'Area'), key: 'area', width: 16 },
        { header: h('周期', 'Schedule'), key: 'schedule', width: 18 },
        { header: h('时段', 'Window'), key: 'window', width: 13 },
        { header: h('仅工作日', 'Workdays only'), key: 'workdaysOnly', width: 9 },
        { header: h('巡检人/岗位', 'Inspector / role'), key: 'who', width: 16 },
        { header: h('巡检点数', 'Checkpoints'), key: 'checkpointCount', width: 9 },
        { header: h('检查项数', 'Items'), key: 'itemCount', width: 9 },
        { header: h('备注', 'Notes'), key: 'notes', width: 30 },
      ],
      rows: data.map((p) => ({
        ...p,
        schedule: describeSchedule(p.rrule, ctx.locale),
        window: `${p.windowStart}–${p.windowEnd}`,
        who: p.assigneeName ?? (p.assigneeRole ? ROLE_LABELS[p.assigneeRole as Role]?.[en ? 'en' : 'zh'] : ''),
      })),
    },
  ]);
  return { filename: `${h('客服部巡检计划', 'inspection-plans')}.xlsx`, buf };
}

export async function exportChecklist(ctx: Ctx, id: string) {
  const p = await getPlan(ctx, id);
  const en = ctx.locale === 'en-US';
  const h = (zh: string, e: string) => (en ? e : zh);
  await audit(ctx.db, ctx, {
    action: 'inspection_checklist.exported',
    entityType: 'inspection_plan',
    entityId: id,
    propertyId: p.propertyId,
  });
  const rows = p.checkpoints.flatMap((c) =>
    c.items.map((i, n) => ({
      checkpoint: n === 0 ? `${c.position + 1}. ${c.name}` : '',
      location: n === 0 ? (c.location ?? '') : '',
      item: i.label,
      category: CATEGORY[i.category][en ? 1 : 0],
      standard:
        i.kind === 'number'
          ? `${i.minValue ?? ''}–${i.maxValue ?? ''} ${i.unit ?? ''}`.trim()
          : i.kind === 'pass_fail'
            ? h('□合格 □不合格', '□ pass □ fail')
            : i.kind === 'photo'
              ? h('拍照', 'Photo')
              : '',
      result: '',
      note: '',
    })),
  );
  const buf = await workbook([
    {
      name: h('巡视检验表', 'Checklist'),
      title: `${h('各区域巡视检验表', 'Area inspection checklist')} — ${p.name}（${p.area}）  ${h('日期', 'Date')}：______  ${h('巡检人', 'Inspector')}：______`,
      columns: [
        { header: h('巡检点', 'Checkpoint'), key: 'checkpoint', width: 20 },
        { header: h('位置', 'Location'), key: 'location', width: 16 },
        { header: h('检查项目', 'Item'), key: 'item', width: 26 },
        { header: h('类别', 'Category'), key: 'category', width: 8 },
        { header: h('标准', 'Standard'), key: 'standard', width: 14 },
        { header: h('检查结果', 'Result'), key: 'result', width: 12 },
        { header: h('备注', 'Notes'), key: 'note', width: 20 },
      ],
      rows,
    },
  ]);
  return { filename: `${h('各区域巡视检验表', 'checklist')}-${p.name}.xlsx`, buf };
}
