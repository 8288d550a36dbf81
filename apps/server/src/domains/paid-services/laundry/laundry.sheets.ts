/** The month statement and supplier settlement of laundry or meals as a workbook in the reader's language; audited. */
import type { Ctx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { monthStatement } from './suppliers.service.ts';

export async function exportStatement(ctx: Ctx, kind: 'laundry' | 'meals', q: { propertyId: string; month: string }) {
  const s = await monthStatement(ctx, kind, q);
  await audit(ctx.db, ctx, {
    action: `${kind}_statement.exported`,
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { month: q.month },
  });
  const en = ctx.locale === 'en-US';
  const h = (zh: string, e: string) => (en ? e : zh);
  const title =
    kind === 'laundry' ? h('洗衣服务确定单月汇总', 'Laundry month statement') : h('送餐服务确定单月汇总', 'Meal month statement');
  const yuan = (f: number) => (f / 100).toFixed(2);
  const buf = await workbook([
    {
      name: h('用户明细', 'Per tenant'),
      title: `${title} ${q.month}`,
      columns: [
        { header: h('单位', 'Company'), key: 'company', width: 24 },
        { header: h('日期', 'Day'), key: 'day', width: 12 },
        { header: h('内容', 'Items'), key: 'description', width: 40 },
        { header: h('金额（元）', 'Amount (yuan)'), key: 'amount', width: 12 },
      ],
      rows: s.tenants.flatMap((t) => [
        ...t.items.map((i) => ({ company: t.organizationName, day: i.day, description: i.description, amount: yuan(i.amountFen) })),
        { company: t.organizationName, day: '', description: h('小计', 'Subtotal'), amount: yuan(t.totalFen) },
      ]),
    },
    {
      name: h('供应商结算', 'Supplier settlement'),
      title: `${h('服务单位结算', 'Supplier settlement')} ${q.month}`,
      columns: [
        { header: h('服务单位', 'Supplier'), key: 'supplier', width: 28 },
        { header: h('单数', 'Count'), key: 'count', width: 8 },
        { header: h('金额（元）', 'Amount (yuan)'), key: 'amount', width: 12 },
      ],
      rows: s.suppliers.map((x) => ({ supplier: x.supplierName, count: x.count, amount: yuan(x.totalFen) })),
    },
  ]);
  return { filename: `${title} ${q.month}.xlsx`, buf };
}
