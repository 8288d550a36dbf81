/** The 实收表 and 应欠表 as workbooks in the reader's language; audited. */
import { yuan } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { arrearsReport, receivedReport } from './arrears.service.ts';

const h = (ctx: Ctx, zh: string, en: string) => (ctx.locale === 'en-US' ? en : zh);

export async function exportReceived(ctx: Ctx, q: { propertyId: string; month: string }) {
  const r = await receivedReport(ctx, q);
  await audit(ctx.db, ctx, {
    action: 'billing_received.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { month: q.month },
  });
  const title = `${q.month} ${h(ctx, '物业管理费实收表', 'Fees received')}`;
  const buf = await workbook([
    {
      name: h(ctx, '实收表', 'Received'),
      title,
      columns: [
        { header: h(ctx, '缴费单号', 'Notice'), key: 'number', width: 16 },
        { header: h(ctx, '单位', 'Company'), key: 'company', width: 28 },
        { header: h(ctx, '应收（元）', 'Receivable (¥)'), key: 'amount', width: 14 },
        { header: h(ctx, '实收（元）', 'Received (¥)'), key: 'paid', width: 14 },
        { header: h(ctx, '欠费（元）', 'Outstanding (¥)'), key: 'outstanding', width: 14 },
        { header: h(ctx, '收据号', 'Receipts'), key: 'receipts', width: 40 },
      ],
      rows: r.rows.map((x) => ({
        number: x.noticeNumber,
        company: x.organizationName,
        amount: yuan(x.amountFen),
        paid: yuan(x.paidFen),
        outstanding: yuan(x.outstandingFen),
        receipts: x.receipts.map((p) => p.number).join('、'),
      })),
    },
  ]);
  return { filename: `${title}.xlsx`, buf };
}

export async function exportArrears(ctx: Ctx, q: { propertyId: string; month?: string }) {
  const r = await arrearsReport(ctx, q);
  await audit(ctx.db, ctx, {
    action: 'billing_arrears.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { month: q.month ?? null },
  });
  const title = `${q.month ?? r.asOf} ${h(ctx, '物业管理费应欠表', 'Arrears')}`;
  const buf = await workbook([
    {
      name: h(ctx, '应欠表', 'Arrears'),
      title,
      columns: [
        { header: h(ctx, '单位', 'Company'), key: 'company', width: 28 },
        { header: h(ctx, '0-30天', '0-30 days'), key: 'd0', width: 12 },
        { header: h(ctx, '31-60天', '31-60 days'), key: 'd31', width: 12 },
        { header: h(ctx, '61-90天', '61-90 days'), key: 'd61', width: 12 },
        { header: h(ctx, '90天以上', '90+ days'), key: 'd90', width: 12 },
        { header: h(ctx, '合计（元）', 'Total (¥)'), key: 'total', width: 14 },
        { header: h(ctx, '缴费单', 'Notices'), key: 'notices', width: 36 },
      ],
      rows: r.rows.map((x) => ({
        company: x.organizationName,
        d0: yuan(x.buckets.d0_30),
        d31: yuan(x.buckets.d31_60),
        d61: yuan(x.buckets.d61_90),
        d90: yuan(x.buckets.d90_plus),
        total: yuan(x.totalFen),
        notices: x.notices.map((n) => n.number).join('、'),
      })),
    },
  ]);
  return { filename: `${title}.xlsx`, buf };
}
