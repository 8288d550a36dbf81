/** The .xlsx layout of the month's paid-repair charges (S6), for billing with the property fee. */
import type { SheetLayout } from '../supervision/reports.ts';
import { yuan } from '@hy/contracts';

export const PAID_REPAIRS_SHEET: SheetLayout = {
  file: (r) => `有偿维修收费明细-${r.month}`,
  sheets: (r) => [
    {
      name: '有偿维修收费',
      title: `有偿维修收费明细 ${r.month}（合计 ${yuan(r.totalFen)} 元，已收 ${yuan(r.paidFen)} 元）`,
      columns: [
        { header: '缴费通知书编号', key: 'noticeNumber', width: 18 },
        { header: '派工单号', key: 'workOrderNumber', width: 18 },
        { header: '案件编号', key: 'caseNumber', width: 18 },
        { header: '客户', key: 'customerName' },
        { header: '单元', key: 'unitCode' },
        { header: '单位', key: 'organizationName', width: 20 },
        { header: '维修内容', key: 'content', width: 30 },
        { header: '金额(元)', key: 'amountYuan' },
        { header: '状态', key: 'status' },
        { header: '缴费时间', key: 'paidAt', width: 24 },
        { header: '收据号', key: 'receiptNo' },
      ],
      rows: r.rows,
    },
  ],
};
