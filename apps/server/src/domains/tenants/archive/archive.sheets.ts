/** The register 《年月档案存档记录表》 and its loans as a workbook in the reader's language (audited). */
import { ARCHIVE_CATEGORIES } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { listEntries } from './archive.service.ts';

export const CATEGORY_LABELS: Record<(typeof ARCHIVE_CATEGORIES)[number], [string, string]> = {
  contract: ['合同协议', 'Contracts'],
  move_in: ['入住资料', 'Move-in'],
  fit_out: ['装修资料', 'Fit-out'],
  move_out: ['退租资料', 'Move-out'],
  correspondence: ['往来函件', 'Correspondence'],
  visit: ['走访记录', 'Visits'],
  other: ['其他', 'Other'],
};

export async function exportRegister(ctx: Ctx, q: { propertyId: string; month?: string }) {
  const { data } = await listEntries(ctx, q);
  await audit(ctx.db, ctx, {
    action: 'tenant_archive.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: data.length, month: q.month ?? null },
  });
  const en = ctx.locale === 'en-US';
  const h = (pair: readonly [string, string]) => (en ? pair[1] : pair[0]);
  const title = q.month
    ? en
      ? `Archive register ${q.month}`
      : `${q.month.slice(0, 4)} 年 ${Number(q.month.slice(5))} 月档案存档记录表`
    : h(['档案存档记录表', 'Archive register']);
  const buf = await workbook([
    {
      name: h(['存档记录', 'Register']),
      title,
      columns: [
        { header: h(['文件编号', 'File no.']), key: 'fileNo', width: 16 },
        { header: h(['文件名称及内容', 'Title and content']), key: 'title', width: 40 },
        { header: h(['用户', 'Tenant']), key: 'org', width: 24 },
        { header: h(['页数', 'Pages']), key: 'pages', width: 7 },
        { header: h(['存档日期', 'Filed on']), key: 'filedOn', width: 12 },
        { header: h(['存档人', 'Filed by']), key: 'filedBy', width: 10 },
        { header: h(['归属档类', 'Category']), key: 'category', width: 12 },
        { header: h(['借阅情况', 'Loan']), key: 'loan', width: 24 },
        { header: h(['备注', 'Remarks']), key: 'remark', width: 14 },
      ],
      rows: data.map((e) => ({
        fileNo: e.fileNo,
        title: e.title,
        org: e.organizationName,
        pages: e.pages,
        filedOn: e.filedOn,
        filedBy: e.filedByName,
        category: h(CATEGORY_LABELS[e.category]),
        loan: e.loan ? `${e.loan.borrowerName} ${e.loan.lentAt.slice(0, 10)} → ${e.loan.dueOn}` : '',
        remark: e.cancelledAt ? h(['已注销', 'Cancelled']) : e.toBind ? h(['待装订', 'To bind']) : '',
      })),
    },
  ]);
  return { filename: `${title}.xlsx`, buf };
}
