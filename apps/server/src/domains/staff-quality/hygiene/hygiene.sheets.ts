/** The hygiene inspection sheets (卫生检验表) as a workbook in the reader's language; audited. */
import { HYGIENE_AREAS, HYGIENE_ITEMS, HYGIENE_LEVEL_LABELS, type HygieneLevel } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { listInspections } from './hygiene.service.ts';
import type { HygieneQuery } from '@hy/contracts';

export async function exportInspections(ctx: Ctx, q: Omit<HygieneQuery, 'limit' | 'cursor'>) {
  const { data } = await listInspections(ctx, { ...q, limit: 200 });
  let rows = data;
  let cursor: string | null = null;
  // A month or a filter is a few hundred sheets at most; read them page by page.
  for (let n = 0; n < 25 && rows.length % 200 === 0 && rows.length; n++) {
    const more: Awaited<ReturnType<typeof listInspections>> = await listInspections(ctx, { ...q, limit: 200, cursor: cursor ?? undefined });
    if (!more.nextCursor) break;
    cursor = more.nextCursor;
    rows = rows.concat(more.data);
  }
  await audit(ctx.db, ctx, {
    action: 'hygiene_inspections.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: rows.length, month: q.month ?? null },
  });
  const en = ctx.locale === 'en-US';
  const h = (zh: string, e: string) => (en ? e : zh);
  const lvl = (l: HygieneLevel) => (en ? HYGIENE_LEVEL_LABELS[l].en : HYGIENE_LEVEL_LABELS[l].zh);
  const area = (a: string) => {
    const x = HYGIENE_AREAS.find((i) => i.code === a);
    return x ? (en ? x.en : x.zh) : a;
  };
  const item = (c: string) => {
    const x = HYGIENE_ITEMS.find((i) => i.code === c);
    return x ? (en ? x.en : x.zh) : c;
  };
  const buf = await workbook([
    {
      name: h('卫生检验表', 'Hygiene inspections'),
      title: h('客服部卫生检验表', 'Hygiene inspection sheets'),
      columns: [
        { header: h('检验日期', 'Date'), key: 'inspectedOn', width: 12 },
        { header: h('级别', 'Level'), key: 'level', width: 12 },
        { header: h('区域', 'Area'), key: 'area', width: 20 },
        { header: h('检验周期', 'Period'), key: 'period', width: 24 },
        { header: h('得分', 'Score'), key: 'score', width: 8 },
        { header: h('扣分项目', 'Deductions'), key: 'deductions', width: 40 },
        { header: h('检验人', 'Inspector'), key: 'inspector', width: 10 },
        { header: h('备注', 'Remarks'), key: 'remarks', width: 30 },
      ],
      rows: rows.map((r) => ({
        inspectedOn: r.inspectedOn,
        level: lvl(r.level),
        area: area(r.area),
        period: `${r.periodStart} ~ ${r.periodEnd}`,
        score: r.score,
        deductions: r.items
          .filter((i) => i.deduction > 0)
          .map((i) => `${item(i.code)} -${i.deduction}${i.note ? `（${i.note}）` : ''}`)
          .join('；'),
        inspector: r.inspectorName,
        remarks: r.remarks,
      })),
    },
  ]);
  return { filename: `${h('卫生检验表', 'hygiene-inspections')}${q.month ? `-${q.month}` : ''}.xlsx`, buf };
}
