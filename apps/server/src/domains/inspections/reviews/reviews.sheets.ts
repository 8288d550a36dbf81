/** The .xlsx of the two forms: 《周报修项目统计分析表》 and 巡检问题报修统计单 (Chinese headers, local times). */
import type { PatrolRepairStats, PatrolWeeklySummary } from '@hy/contracts';
import { workbook } from '../../../lib/xlsx.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';

const local = (iso: string | null, tz: string) => (iso ? dayjs(iso).tz(tz).format('YYYY-MM-DD HH:mm') : '');
const WO_STATUS: Record<string, string> = {
  issued: '已派工',
  accepted: '已接单',
  on_site: '已到场',
  completed: '已完工',
  signed: '已签字',
  returned: '已回单',
};
const STATE: Record<string, string> = { open: '待处理', fixed: '待复查', in_repair: '维修中', closed: '已关闭' };

export async function weeklySheet(w: PatrolWeeklySummary, tz: string) {
  const buf = await workbook([
    {
      name: '周报修项目统计分析表',
      title: `周报修项目统计分析表（${w.from} 至 ${w.friday}）`,
      columns: [
        { header: '巡检人', key: 'name', width: 12 },
        { header: '本周发现报修', key: 'found' },
        { header: '本周完成', key: 'done' },
        { header: '未完成', key: 'open' },
        { header: `超过 ${w.longOpenDays} 天未完成`, key: 'long', width: 18 },
      ],
      rows: w.inspectors.map((i) => ({ name: i.inspectorName, found: i.found, done: i.done, open: i.open, long: i.longOpen.length })),
    },
    {
      name: '长期未完成项目',
      columns: [
        { header: '巡检人', key: 'name', width: 12 },
        { header: '巡检点', key: 'checkpoint', width: 18 },
        { header: '问题', key: 'title', width: 24 },
        { header: '发现时间', key: 'foundAt', width: 18 },
        { header: '报修单号', key: 'caseNumber', width: 16 },
        { header: '派工单号', key: 'wo', width: 16 },
        { header: '未完成天数', key: 'days' },
        { header: '限期完成', key: 'fixBy', width: 12 },
      ],
      rows: w.inspectors.flatMap((i) =>
        i.longOpen.map((f) => ({
          name: i.inspectorName,
          checkpoint: f.checkpointName,
          title: f.title,
          foundAt: local(f.foundAt, tz),
          caseNumber: f.caseNumber,
          wo: f.workOrderNumber,
          days: f.daysOpen,
          fixBy: f.fixBy ?? '',
        })),
      ),
    },
  ]);
  return { filename: `周报修项目统计分析表-${w.friday}.xlsx`, buf };
}

export async function repairStatsSheet(s: PatrolRepairStats, tz: string) {
  const buf = await workbook([
    {
      name: '巡检问题报修统计单',
      title: `巡检问题报修统计单（${s.from} 至 ${s.to}）`,
      columns: [
        { header: '序号', key: 'n', width: 6 },
        { header: '发现时间', key: 'foundAt', width: 18 },
        { header: '巡检人', key: 'by', width: 10 },
        { header: '巡检计划', key: 'plan', width: 18 },
        { header: '巡检点', key: 'checkpoint', width: 18 },
        { header: '问题', key: 'title', width: 24 },
        { header: '说明', key: 'note', width: 24 },
        { header: '紧急', key: 'urgent', width: 6 },
        { header: '报修单号', key: 'caseNumber', width: 16 },
        { header: '派工单号', key: 'wo', width: 16 },
        { header: '维修状态', key: 'woStatus', width: 10 },
        { header: '报修时间', key: 'sentAt', width: 18 },
        { header: '验收时间', key: 'verifiedAt', width: 18 },
        { header: '状态', key: 'state', width: 10 },
      ],
      rows: s.rows.map((r, i) => ({
        n: i + 1,
        foundAt: local(r.foundAt, tz),
        by: r.foundByName,
        plan: r.planName,
        checkpoint: r.checkpointName,
        title: r.title,
        note: r.note ?? '',
        urgent: r.urgent,
        caseNumber: r.caseNumber ?? '',
        wo: r.workOrderNumber ?? '',
        woStatus: r.workOrderStatus ? (WO_STATUS[r.workOrderStatus] ?? r.workOrderStatus) : '',
        sentAt: local(r.sentAt, tz),
        verifiedAt: local(r.verifiedAt, tz),
        state: STATE[r.state] ?? r.state,
      })),
    },
  ]);
  return { filename: `巡检问题报修统计单-${s.from}-${s.to}.xlsx`, buf };
}
