/** The .xlsx layouts of the supervision reports (S9): one workbook, a sheet per table, Chinese headers. */
import { kv, type Json, type SheetLayout } from './reports.ts';

const CASE_COLS = [
  { header: '编号', key: 'number', width: 18 },
  { header: '类别', key: 'kind' },
  { header: '严重程度', key: 'severity' },
  { header: '状态', key: 'status' },
  { header: '联系人', key: 'contactName' },
  { header: '地点', key: 'location', width: 20 },
  { header: '内容', key: 'content', width: 40 },
  { header: '立项时间', key: 'createdAt', width: 24 },
  { header: '处理时限', key: 'resolveDueAt', width: 24 },
  { header: '销项时间', key: 'closedAt', width: 24 },
];
const caseSheet = (name: string, rows: unknown) => ({ name, columns: CASE_COLS, rows: rows as Json[] });
const dimRows = (label: string, o: Record<string, unknown>) =>
  Object.entries(o).map(([k, v]) => [`${label}：${k}`, v] as [string, unknown]);

export const SUPERVISION_SHEETS: Record<'daily' | 'weekly' | 'monthly' | 'complaints', SheetLayout> = {
  daily: {
    file: (r) => `报修投诉日清-${r.date}`,
    sheets: (r) => [
      kv('汇总', `报修投诉日清表 ${r.date}`, [
        ['新立项', r.counts.new],
        ['已销项', r.counts.closed],
        ['超时', r.counts.overdue],
        ['升级', r.counts.escalated],
        ['主管签字时间', r.signoff?.signedAt ?? '未签字'],
      ]),
      caseSheet('新立项', r.new),
      caseSheet('已销项', r.closed),
      caseSheet('超时', r.overdue),
      caseSheet('升级', r.escalated),
    ],
  },
  weekly: {
    file: (r) => `报修投诉周汇总-${r.week}`,
    sheets: (r) => [
      kv('汇总', `报修投诉周汇总 ${r.from} 至 ${r.to}`, Object.entries(r.counts)),
      caseSheet('本周案件', r.cases),
      caseSheet('无法处理事项', r.cannotProceed),
    ],
  },
  monthly: {
    file: (r) => `项目经理月度检查-${r.month}`,
    sheets: (r) => [
      kv('汇总', `报修投诉月度检查 ${r.month}`, [
        ...Object.entries(r.counts),
        ['检查期限', r.deadline],
        ['签字时间', r.signoff?.signedAt ?? '未签字'],
        ['逾期', r.late],
      ]),
      caseSheet('已销项', r.closed),
      caseSheet('升级', r.escalated),
      caseSheet('无法处理事项', r.cannotProceed),
    ],
  },
  complaints: {
    file: (r) => `客户投诉月统计表-${r.month}`,
    sheets: (r) => [
      kv('客户投诉月统计表', `客户投诉月统计表 ${r.month}`, [
        ['投诉总数', r.total],
        ...dimRows('性质', r.byNature),
        ...dimRows('沟通性类型', r.byNatureType),
        ...dimRows('内容', r.byCategory),
        ...dimRows('严重程度', r.bySeverity),
        ...dimRows('渠道', r.byChannel),
        ['按时处理', r.handling.onTime],
        ['超时处理', r.handling.late],
        ['未完成', r.handling.open],
        ['按时率(%)', r.handling.onTimePct],
        ['回访数', r.satisfaction.callbacks],
        ['满意数', r.satisfaction.satisfied],
        ['满意率(%)', r.satisfaction.satisfiedPct],
        ['分析', r.analysis ?? ''],
      ]),
    ],
  },
};
