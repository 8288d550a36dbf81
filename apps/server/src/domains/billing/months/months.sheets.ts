/** The whole month as a workbook: the receivables 《物业管理费用应收表》 and one worksheet per sub-table (audited). */
import { rmbInWords, yuan } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { say } from '../../../lib/messages.ts';
import { type Sheet, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { getMonth } from './months.service.ts';

export const SHEET_TITLES: Record<string, [string, string]> = {
  management: ['物业管理费统计表', 'Management fees'],
  water: ['用户水费应收表', 'Water fees'],
  phone: ['电话费统计表', 'Phone fees'],
  parking: ['车位费统计表', 'Parking fees'],
  engineering: ['工程费统计表', 'Engineering fees'],
  other_services: ['其它服务统计表', 'Other services'],
};

export async function exportMonth(ctx: Ctx, id: string) {
  const m = await getMonth(ctx, id);
  const h = (pair: readonly [string, string]) => say(ctx, pair[0], pair[1]);
  const money = (f: number) => Number(yuan(f));
  const sheets: Sheet[] = [
    {
      name: h(['物业管理费用应收表', 'Receivables']),
      title: `${m.month} ${h(['物业管理费用应收表', 'Receivables'])}`,
      columns: [
        { header: h(['用户', 'Company']), key: 'org', width: 30 },
        ...Object.keys(SHEET_TITLES).map((s) => ({ header: h(SHEET_TITLES[s]!), key: s, width: 14 })),
        { header: h(['合计（元）', 'Total (¥)']), key: 'total', width: 14 },
      ],
      rows: [
        ...m.receivables.map((r) => ({
          org: r.organizationName,
          ...Object.fromEntries(Object.keys(SHEET_TITLES).map((s) => [s, money(r.bySheet[s] ?? 0)])),
          total: money(r.totalFen),
        })),
        {
          org: h(['合计', 'Total']),
          ...Object.fromEntries(Object.keys(SHEET_TITLES).map((s) => [s, money(m.sheetTotals[s] ?? 0)])),
          total: money(m.totalFen),
        },
        { org: `${h(['大写', 'In words'])}：${rmbInWords(m.totalFen)}` },
      ],
    },
    ...Object.keys(SHEET_TITLES).map((s) => ({
      name: h(SHEET_TITLES[s]!),
      title: `${m.month} ${h(SHEET_TITLES[s]!)}`,
      columns: [
        { header: h(['用户', 'Company']), key: 'org', width: 30 },
        { header: h(['单元', 'Unit']), key: 'unit', width: 10 },
        { header: h(['项目', 'Item']), key: 'desc', width: 36 },
        { header: h(['数量', 'Quantity']), key: 'qty', width: 10 },
        { header: h(['单价（元）', 'Price (¥)']), key: 'price', width: 12 },
        { header: h(['金额（元）', 'Amount (¥)']), key: 'amount', width: 12 },
      ],
      rows: [
        ...m.lines
          .filter((l) => l.sheet === s)
          .map((l) => ({
            org: l.organizationName,
            unit: l.unitCode ?? '',
            desc: l.description,
            qty: l.quantity ?? '',
            price: l.unitPriceFen === null ? '' : money(l.unitPriceFen),
            amount: money(l.amountFen),
          })),
        { org: h(['合计', 'Total']), amount: money(m.sheetTotals[s] ?? 0) },
      ],
    })),
  ];
  await audit(ctx.db, ctx, { propertyId: m.propertyId, entityType: 'billing_month', entityId: id, action: 'billing_month.exported' });
  return { filename: `${m.month} ${h(['物业管理费用应收表', 'receivables'])}.xlsx`, buf: await workbook(sheets) };
}
