/** The 住户访问统计表 of a period as a workbook in the reader's language: one row per visit, one per issue; audited. */
import type { Ctx } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { register } from './visits.service.ts';

const SATISFACTION = {
  very_satisfied: ['非常满意', 'Very satisfied'],
  satisfied: ['满意', 'Satisfied'],
  neutral: ['一般', 'Neutral'],
  dissatisfied: ['不满意', 'Dissatisfied'],
} as const;

export async function exportRegister(ctx: Ctx, q: { propertyId: string; from: string; to: string }) {
  const r = await register(ctx, q);
  await audit(ctx.db, ctx, {
    action: 'tenant_visit_register.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { from: q.from, to: q.to, rows: r.data.length },
  });
  const en = ctx.locale === 'en-US';
  const h = (pair: readonly [string, string]) => (en ? pair[1] : pair[0]);
  const at = (d: string | null) => (d ? dayjs(d).tz(r.tz).format('YYYY-MM-DD HH:mm') : '');
  const buf = await workbook([
    {
      name: h(['住户访问统计表', 'Visit register']),
      title: `${h(['住户访问统计表', 'Tenant visit register'])} ${q.from} – ${q.to}`,
      columns: [
        { header: h(['走访时间', 'Visited']), key: 'visitedAt', width: 17 },
        { header: h(['单位', 'Company']), key: 'company', width: 24 },
        { header: h(['单元', 'Unit']), key: 'unit', width: 8 },
        { header: h(['接待人', 'Met']), key: 'met', width: 16 },
        { header: h(['走访人', 'Our visitors']), key: 'visitors', width: 16 },
        { header: h(['走访内容', 'Topics']), key: 'topics', width: 36 },
        { header: h(['意见和建议', 'Opinions and suggestions']), key: 'opinions', width: 40 },
        { header: h(['满意度', 'Satisfaction']), key: 'satisfaction', width: 10 },
        { header: h(['问题数', 'Issues']), key: 'issues', width: 8 },
      ],
      rows: r.data.map((v) => ({
        visitedAt: at(v.visitedAt),
        company: v.organizationName,
        unit: v.unitCode,
        met: v.metNames,
        visitors: v.visitors.map((p) => p.name),
        topics: v.topics,
        opinions: v.opinions,
        satisfaction: v.satisfaction ? h(SATISFACTION[v.satisfaction]) : '',
        issues: v.issues.length,
      })),
    },
    {
      name: h(['问题跟进', 'Issues']),
      columns: [
        { header: h(['走访时间', 'Visited']), key: 'visitedAt', width: 17 },
        { header: h(['单位', 'Company']), key: 'company', width: 24 },
        { header: h(['问题', 'Issue']), key: 'content', width: 40 },
        { header: h(['案件编号', 'Case']), key: 'caseNumber', width: 16 },
        { header: h(['已告知用户', 'Tenant told']), key: 'informed', width: 12 },
        { header: h(['告知时间', 'Told at']), key: 'informedAt', width: 17 },
      ],
      rows: r.data.flatMap((v) =>
        v.issues.map((i) => ({
          visitedAt: at(v.visitedAt),
          company: v.organizationName,
          content: i.content,
          caseNumber: i.caseNumber ?? h(['（未立案）', '(no case)']),
          informed: i.informed ? h(['是', 'Yes']) : h(['否', 'No']),
          informedAt: at(i.informedAt),
        })),
      ),
    },
  ]);
  return { filename: `${h(['住户访问统计表', 'tenant-visits'])} ${q.from}–${q.to}.xlsx`, buf };
}
