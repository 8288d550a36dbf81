/** The .xlsx layouts of the measures (S10): complaint rate, three equalities, SLA attainment. */
import { kv, type SheetLayout } from '../supervision/reports.ts';

export const MEASURES_SHEETS: Record<'rate' | 'equalities' | 'sla', SheetLayout> = {
  rate: {
    file: (r) => `投诉率-${r.quarter}`,
    sheets: (r) => [
      {
        name: '投诉率',
        title: `投诉率统计 ${r.quarter}（目标 < ${Math.round(r.target * 1000) / 10}%，住户数 ${r.households}）`,
        columns: [
          { header: '月份', key: 'month' },
          { header: '有效投诉', key: 'validComplaints' },
          { header: '投诉总数', key: 'complaints' },
          { header: '报修数', key: 'repairs' },
          { header: '住户数', key: 'households' },
          { header: '投诉率', key: 'rate' },
          { header: '超标', key: 'overTarget' },
        ],
        rows: r.months,
      },
      kv('整改措施', '整改措施', [
        ['需整改', r.overTarget],
        ['整改报告', r.correctiveAction?.note ?? ''],
      ]),
    ],
  },
  equalities: {
    file: (r) => `三个相等核查-${r.month}`,
    sheets: (r) => [
      kv('核查', `三个相等核查 ${r.month}`, [
        ['报修项目数', r.logged],
        ['调度项目数', r.dispatched],
        ['开出工作单数', r.issued],
        ['回收工作单数', r.returned],
        ['作废工作单数', r.voided],
        ['报修=调度', r.equal.loggedEqualsDispatched],
        ['开单=调度', r.equal.issuedEqualsDispatched],
        ['回收=开单', r.equal.returnedEqualsIssued],
      ]),
      { name: '未调度', columns: [{ header: '案件编号', key: 'caseNumber', width: 18 }], rows: r.mismatches.notDispatched },
      {
        name: '已调度未开单',
        columns: [{ header: '案件编号', key: 'caseNumber', width: 18 }],
        rows: r.mismatches.dispatchedWithoutWorkOrder,
      },
      {
        name: '一案多单',
        columns: [
          { header: '案件编号', key: 'caseNumber', width: 18 },
          { header: '工作单号', key: 'workOrders', width: 40 },
        ],
        rows: r.mismatches.severalWorkOrders,
      },
      {
        name: '未回收',
        columns: [
          { header: '工作单号', key: 'workOrderNumber', width: 18 },
          { header: '案件编号', key: 'caseNumber', width: 18 },
          { header: '状态', key: 'status' },
        ],
        rows: r.mismatches.notReturned,
      },
    ],
  },
  sla: {
    file: (r) => `时限达成率-${r.month}`,
    sheets: (r) => [
      {
        name: '时限达成率',
        title: `时限达成率 ${r.month}`,
        columns: [
          { header: '类别', key: 'kind' },
          { header: '严重程度', key: 'severity' },
          { header: '案件数', key: 'total' },
          { header: '响应按时', key: 'respondOnTime' },
          { header: '响应达成率(%)', key: 'respondPct' },
          { header: '处理按时', key: 'resolveOnTime' },
          { header: '处理达成率(%)', key: 'resolvePct' },
        ],
        rows: [...r.rows, { kind: '合计', ...r.overall }],
      },
      {
        name: '满意度',
        columns: [
          { header: '来源', key: 'source' },
          { header: '类别', key: 'kind' },
          { header: '回访数', key: 'callbacks' },
          { header: '满意数', key: 'satisfied' },
          { header: '满意率(%)', key: 'satisfiedPct' },
          { header: '礼貌平均分', key: 'avgCourtesy' },
          { header: '态度平均分', key: 'avgAttitude' },
        ],
        rows: r.satisfaction.rows,
      },
    ],
  },
};
