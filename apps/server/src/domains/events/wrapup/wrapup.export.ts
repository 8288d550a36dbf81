/** The 会务工作总结 as a workbook: the sections, registrations vs sign-ins per session, budget, incidents, findings, survey. */
import { SUMMARY_SECTIONS, SURVEY_ITEMS } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { sheetWords, workbook, type Sheet } from '../../../lib/xlsx.ts';
import { timeZoneOf } from '../events.shared.ts';
import { openEvent } from '../event/event.access.ts';
import { getSummary } from './wrapup.summary.ts';

const SECTION_ZH = { overview: '概况', practices: '主要做法', problems: '存在问题', improvements: '改进措施' };
const SECTION_EN = { overview: 'Overview', practices: 'What we did', problems: 'Problems', improvements: 'Improvements' };
const ITEM_ZH = { organization: '会务组织', venue: '会场服务', lodging: '住宿', transport: '交通接送', catering: '餐饮' };
const ITEM_EN = { organization: 'Organization', venue: 'Venue service', lodging: 'Lodging', transport: 'Transport', catering: 'Catering' };
const yuan = (fen: number) => (fen / 100).toFixed(2);
const pct = (r: number | null) => (r === null ? '' : `${Math.round(r * 1000) / 10}%`);

export async function summaryWorkbook(ctx: Ctx, eventId: string) {
  const s = await getSummary(ctx, eventId);
  const { event: e } = await openEvent(ctx, eventId);
  const { en, h, at } = sheetWords(ctx.locale === 'en-US' ? 'en-US' : 'zh-CN', await timeZoneOf(ctx.db, e.propertyId));
  const f = s.figures;
  const title = `${s.event.name} ${h('会务工作总结', 'work summary')}`;
  const kv = (rows: [string, unknown][]) => rows.map(([k, v]) => ({ k, v }));
  const kvCols = [
    { header: h('项目', 'Item'), key: 'k', width: 24 },
    { header: h('内容', 'Value'), key: 'v', width: 60 },
  ];
  const sheets: Sheet[] = [
    {
      name: h('总结', 'Summary'),
      title,
      columns: kvCols,
      rows: kv([
        [h('会务编号', 'Number'), s.event.number],
        [h('主办单位', 'Host'), s.event.hostUnit],
        [h('会期', 'Dates'), `${s.event.startsOn} ~ ${s.event.endsOn}`],
        [h('报名人数', 'Registered people'), f.people],
        [h('签到人数', 'Signed in'), f.signedIn],
        [h('到会率', 'Attendance'), pct(f.attendanceRate)],
        [h('预算（元）', 'Budget (yuan)'), yuan(f.budgetFen)],
        [h('实际（元）', 'Actual (yuan)'), yuan(f.actualFen)],
        [h('差异（元）', 'Variance (yuan)'), yuan(f.varianceFen)],
        [h('评价回收率', 'Survey response'), pct(f.survey.responseRate)],
        [h('综合评分', 'Overall rating'), f.survey.overall ?? ''],
        ...SUMMARY_SECTIONS.map((k): [string, unknown] => [(en ? SECTION_EN : SECTION_ZH)[k], s.sections[k] ?? '']),
        [h('状态', 'Status'), s.status === 'filed' ? h('已归档', 'Filed') : h('草稿', 'Draft')],
        [h('归档时间', 'Filed at'), s.filedAt ? at(new Date(s.filedAt)) : ''],
      ]),
    },
    {
      name: h('报名与签到', 'Attendance'),
      columns: [
        { header: h('场次', 'Session'), key: 'title', width: 30 },
        { header: h('时间', 'Starts'), key: 'at', width: 18 },
        { header: h('报名', 'Registered'), key: 'registered' },
        { header: h('签到', 'Signed in'), key: 'signedIn' },
      ],
      rows: f.sessions.map((x) => ({ ...x, at: at(new Date(x.startsAt)) })),
    },
    {
      name: h('预算与实际', 'Budget'),
      columns: [
        { header: h('类别', 'Category'), key: 'category', width: 20 },
        { header: h('预算（元）', 'Budget'), key: 'b' },
        { header: h('实际（元）', 'Actual'), key: 'a' },
      ],
      rows: f.budgetCategories.map((c) => ({ category: c.category, b: yuan(c.budgetFen), a: yuan(c.actualFen) })),
    },
    {
      name: h('突发事件', 'Incidents'),
      columns: [
        { header: h('时间', 'At'), key: 'at', width: 18 },
        { header: h('类别', 'Kind'), key: 'kind' },
        { header: h('描述', 'Description'), key: 'description', width: 50 },
        { header: h('已处理', 'Resolved'), key: 'resolved' },
      ],
      rows: f.incidents.map((i) => ({ ...i, at: at(new Date(i.at)) })),
    },
    {
      name: h('检查问题', 'Findings'),
      columns: [
        { header: h('检查项', 'Item'), key: 'label', width: 16 },
        { header: h('问题', 'Finding'), key: 'note', width: 40 },
        { header: h('责任小组', 'Group'), key: 'group', width: 16 },
        { header: h('已整改', 'Fixed'), key: 'fixed' },
      ],
      rows: f.findings,
    },
    {
      name: h('满意度', 'Survey'),
      columns: kvCols,
      rows: kv([
        [h('回收', 'Answered'), `${f.survey.answered}/${f.survey.registered}`],
        ...SURVEY_ITEMS.map((k): [string, unknown] => [(en ? ITEM_EN : ITEM_ZH)[k], f.survey.averages[k] ?? '']),
      ]),
    },
  ];
  return { filename: `${title}.xlsx`, buf: await workbook(sheets) };
}
