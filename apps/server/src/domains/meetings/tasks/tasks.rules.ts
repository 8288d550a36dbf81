/**
 * Pure rules of a meeting's tasks (SPEC M4, M5): the default task templates of seed 004, planning a
 * meeting's tasks from templates, the per-department diff of a re-issue, the tasks a department
 * must have done to report ready. No I/O.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { CUP_TYPES, DEPARTMENTS, type BookingServiceItem, type Department, type Importance, type QuantityRule } from '@hy/contracts';
import { localDate, previousWorkingDay, type WorkCalendar } from '../../calendar/index.ts';

export interface TemplateLike {
  code: string;
  department: Department;
  title: string;
  instructions: string | null;
  venueTypes: string[];
  venueClasses: string[];
  excludeVenueTypes: string[];
  services: string[];
  offsetMinutes: number | null;
  dayBeforeAt: string | null;
  quantity: QuantityRule;
  repeatMinutes: number | null;
  sort: number;
  active?: boolean;
}

/** The conference building's halls (seed 004 篇2 §4); its notices go out 2 days ahead, departments ready 1 day before. */
export const CONFERENCE_TYPES = ['main_hall', 'report_hall', 'presidium_hall', 'press_hall', 'group_room'];
export const DEFAULT_CONFERENCE_BUILDINGS = ['HYDS'];
const HALLS_C = ['C'];
const DAY_BEFORE = '16:00';

type Def = Omit<
  TemplateLike,
  | 'venueTypes'
  | 'venueClasses'
  | 'excludeVenueTypes'
  | 'services'
  | 'instructions'
  | 'offsetMinutes'
  | 'dayBeforeAt'
  | 'quantity'
  | 'repeatMinutes'
  | 'sort'
> &
  Partial<TemplateLike>;
const t = (d: Def): Def => d;

/**
 * Seed 004 §6.2–6.4 (C-class halls of the administrative center), 篇2 §5.2–5.5 (the conference
 * building), seed 000 (meeting staff, AV). Every number is a template field an admin can change.
 */
const DEFAULTS: Def[] = [
  // ---- 技术保障部 / 工程部 (§6.2, 篇2 §5.2) ----
  t({
    code: 'av.ac_service_day_before',
    department: 'engineering_av',
    title: '空调设备检修',
    dayBeforeAt: DAY_BEFORE,
    venueTypes: CONFERENCE_TYPES,
    instructions: '会议前1天作好空调设备的检修工作，确保空调设备能够正常运行', // 篇2 §5.2.2-1a
  }),
  t({
    code: 'av.lighting_check_day_before',
    department: 'engineering_av',
    title: '检查会场照明',
    dayBeforeAt: DAY_BEFORE,
    venueTypes: CONFERENCE_TYPES,
    instructions: '检查会场入口、出口、场内、过道、天顶等区域照明是否正常', // 篇2 §5.2.2-2a
  }),
  t({
    code: 'av.sound_check_day_before',
    department: 'engineering_av',
    title: '调试灯光及音响设备',
    dayBeforeAt: DAY_BEFORE,
    venueTypes: CONFERENCE_TYPES,
    instructions: '会议前1天调试好所有灯光及音响设备，发现故障及时排除或更换；注意灯光方向，避免烤焦幕布', // 篇2 §5.2.2-3a/b
  }),
  t({
    code: 'av.ac_fans',
    department: 'engineering_av',
    title: '开启会议室空调风柜',
    offsetMinutes: -120,
    venueClasses: HALLS_C,
    instructions: 'C类会议：会议前两小时开启相关会议室空调风柜', // §6.2-1
  }),
  t({
    code: 'av.ac_on',
    department: 'engineering_av',
    title: '开启空调设备',
    offsetMinutes: -60,
    instructions: '会议前一小时开启空调设备，视会场人数和温度加开主机和水泵，提前开启其他必要区域的通道', // §6.2-1，篇2 §5.2.2-1b
  }),
  t({
    code: 'av.lights_on',
    department: 'engineering_av',
    title: '开启所有场地灯',
    offsetMinutes: -60,
    instructions: '会议开始前一小时开启所有相关区域灯光', // §6.2-2，篇2 §5.2.2-2b
  }),
  t({
    code: 'av.mics',
    department: 'engineering_av',
    title: '摆放并调试麦克风',
    offsetMinutes: -60,
    quantity: { rule: 'service_qty', service: 'microphones', fallback: 2, unit: '支' },
    instructions:
      '按主办方要求稳固摆放麦克风，按开机程序开启音响，逐一调试每个麦克风音量，力求均衡无反馈声和嘈杂音；装满电电池并备好备用电池', // §6.2-3B，seed 000
  }),
  t({
    code: 'av.recording',
    department: 'engineering_av',
    title: '准备录音设备',
    offsetMinutes: -60,
    services: ['recording'],
    instructions: '按主办方要求准备好录音带和录音设备，全程录音并做好标识；会后按要求保存或移交', // §6.2-3C
  }),
  t({
    code: 'av.projection',
    department: 'engineering_av',
    title: '调试投影/视频设备',
    offsetMinutes: -60,
    services: ['projector', 'video'],
    instructions: '提前一小时对投影、视频、网络视频终端等设备试机，调至最佳效果', // seed 000 音控师职责4–5
  }),
  // ---- 安全部 (§6.3, 篇2 §5.3) ----
  t({
    code: 'sec.unlock',
    department: 'security',
    title: '开启相关区域门锁及电源',
    offsetMinutes: -60,
    instructions: '提前一小时开启相关区域门锁及责任范围内电源，包括大堂、电梯厅、会场', // §6.3，篇2 §5.3.1
  }),
  t({
    code: 'sec.posts',
    department: 'security',
    title: '增设警卫岗位',
    offsetMinutes: -30,
    venueClasses: HALLS_C,
    quantity: { rule: 'fixed', qty: 7, unit: '岗' },
    instructions: '在原有岗位基础上至少提前半小时增设：正门岗、东门岗、会场口岗、会场机动岗、巡查岗、地下车库岗、地下车库指引岗', // 篇2 §5.3.1-1
  }),
  t({
    code: 'sec.signage',
    department: 'security',
    title: '摆放指引标识和车位导向标识',
    offsetMinutes: -60,
    venueClasses: HALLS_C,
    instructions: '协助客服负责人摆放人员指引标识和车位导向标识；如外围无交警须提供车辆指引', // §6.3-2，篇2 §3.4
  }),
  t({
    code: 'sec.site_control',
    department: 'security',
    title: '现场控制与巡查',
    offsetMinutes: 0,
    instructions: '按主办方要求控制人员出入及岗位查验，巡查会议区域，及时制止噪音及闲杂人员进出，全面监控现场消防安全', // §6.3-3
  }),
  // ---- 会务部 (§6.4, 篇2 §5.4, seed 000) ----
  t({
    code: 'ms.materials',
    department: 'meeting_staff',
    title: '到仓库领取会议物资',
    dayBeforeAt: DAY_BEFORE,
    venueTypes: CONFERENCE_TYPES,
    instructions: '接到通知后到仓库领取相关会议需使用物资', // 篇2 §5.4.1
  }),
  t({
    code: 'ms.setup_c',
    department: 'meeting_staff',
    title: '清洁相关区域并布置会场',
    dayBeforeAt: DAY_BEFORE,
    venueClasses: HALLS_C,
    instructions: '根据通知要求提前组织人员清洁相关区域，并按主办方要求提前布置会场', // §6.4-1
  }),
  t({
    code: 'ms.setup',
    department: 'meeting_staff',
    title: '清洁并布置会场',
    offsetMinutes: -60,
    venueClasses: ['A', 'B'],
    instructions: '桌面及地面整洁干净，照明正常，用品干净齐全；台签、鲜花、水果、文具摆放整洁划一，会前30分钟准备完毕', // seed 000
  }),
  t({
    code: 'ms.sign_in',
    department: 'meeting_staff',
    title: '摆放会议签到台',
    dayBeforeAt: DAY_BEFORE,
    services: ['sign_in_desk'],
    instructions: '会议前一天摆放好签到台（布置桌布及围裙），位置按会议组织方要求', // 篇2 §5.4.1
  }),
  t({
    code: 'ms.bottled_water',
    department: 'meeting_staff',
    title: '会议席摆放矿泉水',
    dayBeforeAt: DAY_BEFORE,
    services: ['water'],
    quantity: { rule: 'per_attendee', factor: 1, unit: '瓶' },
    instructions: '会议前一天按实际参会人数摆放矿泉水，楼座放于座椅扶手处；主席台使用过滤茶水', // 篇2 §5.4.1
  }),
  t({
    code: 'ms.thermos',
    department: 'meeting_staff',
    title: '准备热水瓶',
    offsetMinutes: -60,
    quantity: { rule: 'per_attendee', factor: 0.1, min: 2, unit: '个' },
    instructions: '根据会议人数准备热水瓶，加好开水', // §6.4-2
    sort: 1,
  }),
  t({
    code: 'ms.teapots',
    department: 'meeting_staff',
    title: '准备茶壶',
    offsetMinutes: -60,
    quantity: { rule: 'fixed', qty: 2, unit: '把' },
    instructions: '茶壶两个', // §6.4-2
    sort: 2,
  }),
  t({
    code: 'ms.tea',
    department: 'meeting_staff',
    title: '准备茶叶',
    offsetMinutes: -60,
    quantity: { rule: 'per_attendee', factor: 1, unit: '份' },
    instructions: '茶叶准备充足，会前水杯放好茶叶', // seed 000
    sort: 3,
  }),
  t({
    code: 'ms.ashtrays',
    department: 'meeting_staff',
    title: '准备烟灰盅',
    offsetMinutes: -60,
    quantity: { rule: 'per_attendee', factor: 0.05, min: 3, unit: '个' },
    instructions: '公共区域用活动长条桌摆放，每张长条桌三个，会中及时更换', // 篇2 §5.4.1
    sort: 4,
  }),
  t({
    code: 'ms.tissues',
    department: 'meeting_staff',
    title: '准备纸巾',
    offsetMinutes: -60,
    quantity: { rule: 'per_attendee', factor: 0.1, min: 1, unit: '盒' },
    instructions: '并检查会议区域洗手间纸巾准备情况', // 篇2 §5.4.1
    sort: 5,
  }),
  t({
    code: 'ms.cups',
    department: 'meeting_staff',
    title: '准备{cup}',
    offsetMinutes: -60,
    quantity: { rule: 'by_importance', factors: { ordinary: 1.1, important: 1.1, internal: 0 }, unit: '个' },
    instructions: '按会议人数配放并准备备用杯子；杯子摆放在客人右上方，杯柄朝右约45度，同排成一直线；检查有无破损及茶垢', // seed 000
    sort: 6,
  }),
  t({
    code: 'ms.trays',
    department: 'meeting_staff',
    title: '准备托盘',
    offsetMinutes: -60,
    quantity: { rule: 'per_attendee', factor: 0.02, min: 2, unit: '个' },
    instructions: '按参会人数准备托盘，用于上茶和撤换杯具', // §6.4-2
    sort: 7,
  }),
  t({
    code: 'ms.towels',
    department: 'meeting_staff',
    title: '准备毛巾',
    offsetMinutes: -60,
    quantity: { rule: 'fixed', qty: 2, unit: '条' },
    instructions: '毛巾两条，大、小各一', // §6.4-2
    sort: 8,
  }),
  t({
    code: 'ms.presidium_thermos',
    department: 'meeting_staff',
    title: '每座摆放小保温瓶（过滤茶水）',
    offsetMinutes: -60,
    venueTypes: ['presidium_hall'],
    quantity: { rule: 'per_attendee', factor: 1, unit: '个' },
    instructions: '主席团会议厅全部使用过滤好的茶水，每个座位摆放一个装满茶水的小保温瓶；秘书室备5张折叠椅', // 篇2 §5.4.1-C
  }),
  t({
    code: 'ms.room_22c',
    department: 'meeting_staff',
    title: '空调调至22℃左右，打开会场门、灯',
    offsetMinutes: -60,
    venueTypes: CONFERENCE_TYPES,
    instructions: '提前一个小时将空调调至合适温度（22度左右），将会场门、灯打开', // 篇2 §5.4.1
  }),
  t({
    code: 'ms.on_site_c',
    department: 'meeting_staff',
    title: '会务人员、礼仪及引导人员到岗',
    offsetMinutes: -60,
    venueClasses: HALLS_C,
    instructions: '会议前1小时到场准备茶水、摆好杯子，礼仪岗及引导人员上岗', // §6.4-3，篇2 §5.4.1-9
  }),
  t({
    code: 'ms.on_site',
    department: 'meeting_staff',
    title: '会务人员到岗',
    offsetMinutes: -30,
    venueClasses: ['A', 'B'],
    instructions: '穿好工作服、戴好工作牌，提前30分钟到岗，检查灯光、空调、音响', // seed 003 日常会务
  }),
  t({
    code: 'ms.tea_brew',
    department: 'meeting_staff',
    title: '泡茶',
    offsetMinutes: -15,
    instructions: '会议开始前十五分钟开始泡茶：茶叶放入茶壶清洗滤水后加入适量白开水浸泡', // 篇2 §5.4.1-10
  }),
  t({
    code: 'ms.tea_pour',
    department: 'meeting_staff',
    title: '倒茶（八分满）',
    offsetMinutes: -5,
    instructions: '会议开始前五分钟开始倒茶，装八分杯；茶水过浓加白开水稀释；自带杯子的换壶加白开水。上茶顺序见通知单', // 篇2 §5.4.1-11、§5.4.2
  }),
  t({
    code: 'ms.dnd',
    department: 'meeting_staff',
    title: '会议室门口挂“请勿打扰”牌',
    offsetMinutes: 0,
    instructions: '会议开始后在会议室门口挂上“请勿打扰”牌子', // seed 000 会议中1
  }),
  t({
    code: 'ms.refill',
    department: 'meeting_staff',
    title: '会中续茶',
    offsetMinutes: 0,
    repeatMinutes: 30,
    excludeVenueTypes: ['presidium_hall'],
    instructions: '一般30分钟加一次，根据现场实际情况灵活掌握；右边上水，左边添水；主席团会议厅不加茶', // 篇2 §5.4.1-12
  }),
  // ---- 环境管理部 / 清洁分包方 (§3.7, 篇2 §5.5) ----
  t({
    code: 'cl.route',
    department: 'cleaning',
    title: '清洁大厅至会场沿途路线',
    dayBeforeAt: DAY_BEFORE,
    venueClasses: HALLS_C,
    instructions: '会议前1天清洁大厅、大厅至会场沿途路线：地面、门窗、地毯、扶手、花盆、垃圾筒', // 篇2 §5.5.1–5.5.2
  }),
  t({
    code: 'cl.venue',
    department: 'cleaning',
    title: '清洁会场及主席台',
    dayBeforeAt: DAY_BEFORE,
    venueClasses: HALLS_C,
    instructions: '会场地面、地板、地毯、桌椅、主席台、茶几等加以清理', // 篇2 §5.5.2
  }),
  t({
    code: 'cl.lounges',
    department: 'cleaning',
    title: '清洁休息室、贵宾室',
    dayBeforeAt: DAY_BEFORE,
    venueClasses: HALLS_C,
    instructions: '休息室、贵宾室的茶几、沙发、地面清洁', // 篇2 §5.5.2
  }),
  t({
    code: 'cl.washrooms',
    department: 'cleaning',
    title: '清洁洗手间并补充纸巾',
    dayBeforeAt: DAY_BEFORE,
    venueClasses: HALLS_C,
    instructions: '会议区域洗手间清洁，纸巾补充到位', // 篇2 §5.5.2
  }),
];

/** The default templates of seed 004, complete (sort within a department follows the list). */
export function defaultTemplates(): TemplateLike[] {
  return DEFAULTS.map((d, i) => ({
    venueTypes: [],
    venueClasses: [],
    excludeVenueTypes: [],
    services: [],
    instructions: null,
    offsetMinutes: null,
    dayBeforeAt: null,
    quantity: { rule: 'none' },
    repeatMinutes: null,
    active: true,
    ...d,
    sort: i * 10 + (d.sort ?? 0),
  }));
}

export interface MeetingFacts {
  start: Date;
  end: Date;
  venueType: string;
  venueClass: string;
  attendees: number;
  importance: Importance;
  services: BookingServiceItem[];
}
export interface PlannedTask {
  key: string;
  department: Department;
  title: string;
  instructions: string | null;
  dueAt: Date;
  quantity: number | null;
  unit: string | null;
  sort: number;
}

export function applies(tpl: TemplateLike, m: MeetingFacts): boolean {
  if (tpl.active === false) return false;
  if (tpl.venueTypes.length && !tpl.venueTypes.includes(m.venueType)) return false;
  if (tpl.venueClasses.length && !tpl.venueClasses.includes(m.venueClass)) return false;
  if (tpl.excludeVenueTypes.includes(m.venueType)) return false;
  if (tpl.services.length && !m.services.some((s) => tpl.services.includes(s.code))) return false;
  return true;
}

/** The quantity a rule gives for a meeting; 0 means the task is not needed (leaders' own cups). */
export function quantityOf(q: QuantityRule, m: MeetingFacts): { quantity: number | null; unit: string | null } {
  switch (q.rule) {
    case 'per_attendee':
      return { quantity: Math.max(q.min ?? 0, Math.ceil(m.attendees * q.factor - 1e-9)), unit: q.unit };
    case 'fixed':
      return { quantity: q.qty, unit: q.unit };
    case 'by_importance':
      return { quantity: Math.ceil(m.attendees * (q.factors[m.importance] ?? 0) - 1e-9), unit: q.unit };
    case 'service_qty':
      return { quantity: m.services.find((s) => s.code === q.service)?.qty ?? q.fallback, unit: q.unit };
    default:
      return { quantity: null, unit: null };
  }
}

/** Local HH:mm on a local date, as an instant. */
export const zonedAt = (timeZone: string, date: string, hhmm: string) => dayjs.tz(`${date} ${hhmm}`, 'YYYY-MM-DD HH:mm', timeZone).toDate();

/**
 * 'day before' means the previous *working* day at the template's local time: staff rest on
 * weekends and holidays (seed 000), so a Monday meeting is prepared on Friday.
 */
export function dayBeforeDue(cal: WorkCalendar, start: Date, hhmm: string): Date {
  return zonedAt(cal.timeZone, previousWorkingDay(cal, localDate(cal, start)), hhmm);
}

const MAX_REPEATS = 48;
const CUP_ZH = { own_cups: '领导专用水杯（开水）', porcelain: '统一瓷杯', paper: '纸杯' } as const;

/** Every task a meeting needs, in due order. */
export function planTasks(templates: TemplateLike[], m: MeetingFacts, cal: WorkCalendar): PlannedTask[] {
  const out: PlannedTask[] = [];
  for (const tpl of templates) {
    if (!applies(tpl, m)) continue;
    const q = quantityOf(tpl.quantity, m);
    if (q.quantity === 0) continue;
    const title = tpl.title.replace('{cup}', CUP_ZH[CUP_TYPES[m.importance].code]);
    const base = { department: tpl.department, title, instructions: tpl.instructions, ...q, sort: tpl.sort };
    if (tpl.dayBeforeAt) {
      out.push({ ...base, key: tpl.code, dueAt: dayBeforeDue(cal, m.start, tpl.dayBeforeAt) });
    } else if (tpl.repeatMinutes) {
      const first = m.start.getTime() + (tpl.offsetMinutes ?? 0) * 60_000;
      for (let n = 1; n <= MAX_REPEATS; n++) {
        const due = first + n * tpl.repeatMinutes * 60_000;
        if (due >= m.end.getTime()) break;
        out.push({ ...base, key: `${tpl.code}#${n}`, title: `${title}（第${n}次）`, dueAt: new Date(due) });
      }
    } else {
      out.push({ ...base, key: tpl.code, dueAt: new Date(m.start.getTime() + (tpl.offsetMinutes ?? 0) * 60_000) });
    }
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.sort - b.sort);
}

export interface ExistingTask {
  id: string;
  key: string;
  department: Department;
  title: string;
  dueAt: Date;
  quantity: number | null;
  status: string;
}
export interface DepartmentDiff {
  added: { key: string; title: string; dueAt: string; quantity: number | null }[];
  removed: { key: string; title: string; dueAt: string }[];
  moved: { key: string; title: string; from: string; to: string }[];
  quantityChanged: { key: string; title: string; from: number | null; to: number | null }[];
}
export const emptyDiff = (): DepartmentDiff => ({ added: [], removed: [], moved: [], quantityChanged: [] });
export const diffSize = (d: DepartmentDiff) => d.added.length + d.removed.length + d.moved.length + d.quantityChanged.length;

/** What a re-issue changes for each department: tasks added, removed, moved, quantity changed (by task key). */
export function diffTasks(existing: ExistingTask[], planned: PlannedTask[]): Record<Department, DepartmentDiff> {
  const out = Object.fromEntries(DEPARTMENTS.map((d) => [d, emptyDiff()])) as Record<Department, DepartmentDiff>;
  const live = new Map(existing.filter((e) => e.status !== 'cancelled').map((e) => [e.key, e]));
  const next = new Map(planned.map((p) => [p.key, p]));
  for (const p of planned) {
    const e = live.get(p.key);
    if (!e) {
      out[p.department].added.push({ key: p.key, title: p.title, dueAt: p.dueAt.toISOString(), quantity: p.quantity });
      continue;
    }
    if (e.dueAt.getTime() !== p.dueAt.getTime())
      out[p.department].moved.push({ key: p.key, title: p.title, from: e.dueAt.toISOString(), to: p.dueAt.toISOString() });
    if (e.quantity !== p.quantity) out[p.department].quantityChanged.push({ key: p.key, title: p.title, from: e.quantity, to: p.quantity });
  }
  for (const e of live.values())
    if (!next.has(e.key)) out[e.department].removed.push({ key: e.key, title: e.title, dueAt: e.dueAt.toISOString() });
  return out;
}

/** One line per change, for the department's notification. */
export function describeDiff(d: DepartmentDiff, fmt: (iso: string) => string): string[] {
  return [
    ...d.added.map((x) => `新增：${x.title}${x.quantity !== null ? ` ×${x.quantity}` : ''}（${fmt(x.dueAt)}前）`),
    ...d.removed.map((x) => `取消：${x.title}`),
    ...d.moved.map((x) => `时间变更：${x.title} ${fmt(x.from)} → ${fmt(x.to)}`),
    ...d.quantityChanged.map((x) => `数量变更：${x.title} ${x.from ?? '-'} → ${x.to ?? '-'}`),
  ];
}

/** Tasks a department must have done to report ready: those due before the start (refills and the like come later). */
export const beforeStart = (task: { dueAt: Date }, start: Date) => task.dueAt.getTime() < start.getTime();
