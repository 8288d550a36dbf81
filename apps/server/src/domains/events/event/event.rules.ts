/**
 * Pure rules of an event (M13): its number, its dates, the status steps, and the 会务组 the company's rules set up by
 * default — 文秘信息组, 后勤保障组, 车辆运输组 — each with its duties before, during and after the meeting.
 */
import type { DefaultEventGroup, EventStatus } from '@hy/contracts';

/** HD-2026-007 */
export const eventNumber = (year: string, seq: number) => `HD-${year}-${String(seq).padStart(3, '0')}`;

/** The refusal code of a date range, or null when it is fine (one day to 31). */
export function datesProblem(startsOn: string, endsOn: string): 'event_dates_reversed' | 'event_too_long' | null {
  if (endsOn < startsOn) return 'event_dates_reversed';
  const days = (Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000 + 1;
  return days > 31 ? 'event_too_long' : null;
}

/** Status steps: planning → ready → running → closed, back from ready to planning; cancelled from anything not closed. */
const STEPS: Record<EventStatus, EventStatus[]> = {
  planning: ['ready', 'cancelled'],
  ready: ['planning', 'running', 'cancelled'],
  running: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};
export const canStep = (from: EventStatus, to: EventStatus) => from === to || STEPS[from].includes(to);

/** The default groups in order, with their names and duties in both languages. */
export const DEFAULT_GROUPS: { code: DefaultEventGroup; zh: string; en: string; duties: { zh: string; en: string }[] }[] = [
  {
    code: 'secretariat',
    zh: '文秘信息组',
    en: 'Secretariat and information',
    duties: [
      {
        zh: '明确主办单位、会议名称、内容、召开时间、地点、参会人员范围和人数',
        en: 'Settle the host, name, content, dates, place, attendee scope and number',
      },
      { zh: '编制会议各类时间安排表及会议文件', en: 'Draw up the schedules and the meeting documents' },
      { zh: '编制会务服务预算表', en: 'Draw up the event budget' },
      {
        zh: '预定酒店，编制宾客入住计划，配合后勤保障组安排宾客入住',
        en: 'Book hotels, draw up the guest accommodation plan, check guests in with logistics',
      },
      { zh: '提前将相关信息告知其他小组负责人', en: 'Pass the information on to the other groups’ leaders in time' },
      {
        zh: '明确会务物资清单及摆放位置，备齐U盘、文具、医药箱等会务物资',
        en: 'List the materials and where each goes; get U-disks, stationery, the medical kit ready',
      },
      {
        zh: '布置会场：设置主席台座次、发言席，调试话筒、音响、录音、录像、投影，设置笔记本电脑插座',
        en: 'Set up the hall: rostrum seating, lectern, microphones, sound, recording, projection, laptop power',
      },
      {
        zh: '检查会场照明、通风、录音、空调等设施，异常及时报告',
        en: 'Check lighting, ventilation, recording and air conditioning; report faults',
      },
      { zh: '邀请主办部门领导检查会前准备情况，查漏补缺', en: 'Invite the host’s leader to inspect the preparations and close the gaps' },
      { zh: '会中提前到达会场做好准备，协助维持秩序、配合茶水服务', en: 'During the meeting: arrive early, help keep order and serve tea' },
      { zh: '做好会议记录，包括拍照、录音、录像', en: 'Keep the record: minutes, photos, audio, video' },
      { zh: '会后收集、整理、存档各类数据，做好会务工作总结', en: 'Afterwards: collect and file the data; write the work summary' },
      { zh: '清点、回收会务物资，协助清理会场', en: 'Count and collect the materials; help clear the hall' },
    ],
  },
  {
    code: 'logistics',
    zh: '后勤保障组',
    en: 'Logistics',
    duties: [
      { zh: '协助文秘信息组布置会场，配齐全部会务物资', en: 'Help the secretariat set up the hall and complete the materials' },
      { zh: '摆放会议桌椅，合理划分会场区域，摆放适量花卉', en: 'Place tables and chairs, divide the hall into areas, place flowers' },
      { zh: '安排宾客入住及茶歇、午餐、晚餐', en: 'Check guests in; arrange tea breaks, lunches and dinners' },
      { zh: '会中维持会场秩序，做好茶水服务', en: 'Keep order and serve tea during the meeting' },
      { zh: '会后清理会场', en: 'Clear the hall afterwards' },
    ],
  },
  {
    code: 'transport',
    zh: '车辆运输组',
    en: 'Transport',
    duties: [
      {
        zh: '落实会议用车（自有或租用），登记车牌、座位数、司机及电话',
        en: 'Secure the vehicles (own or hired): plate, seats, driver and phone',
      },
      { zh: '按抵达时间安排接站、接机', en: 'Meet arrivals at the station and airport by arrival time' },
      { zh: '安排酒店与会场之间的往返及参观用车', en: 'Run the shuttles between hotels and the venue, and the visits' },
      { zh: '向司机发出派车单，变更及时通知', en: 'Give each driver a dispatch sheet; tell them every change' },
      { zh: '会后送站、送机', en: 'Take guests to the station and airport afterwards' },
    ],
  },
];
