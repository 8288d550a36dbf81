import type { Role } from '@hy/contracts';
import type { VenueLayout, VenueEquipment } from '../db/schema/index.ts';

/** The demo property: 行政办事中心 with its conference building (seed 004). */
export const DEMO_PROPERTY = { code: 'XZZX', name: '行政办事中心', address: '市府大道 1 号' };
export const SECOND_PROPERTY = { code: 'SMZX', name: '市民服务中心', address: '民生路 88 号' };

export const DEMO_BUILDINGS = [
  { code: 'ZL', name: '主楼', floorsAbove: 20, floorsBelow: 2, sort: 1 },
  { code: 'DL', name: '东楼', floorsAbove: 12, floorsBelow: 1, sort: 2 },
  { code: 'XL', name: '西楼', floorsAbove: 12, floorsBelow: 1, sort: 3 },
  { code: 'BL', name: '北楼', floorsAbove: 8, floorsBelow: 1, sort: 4 },
  { code: 'HYDS', name: '会议大厦', floorsAbove: 4, floorsBelow: 1, sort: 5 },
];

/** Government units (organizations) that occupy the office buildings and book meetings. */
export const DEMO_ORGANIZATIONS: {
  name: string;
  shortName: string;
  kind: 'government' | 'company' | 'other';
  contactName: string;
  contactPhone: string;
  building: string;
  floors: number[];
  households: number;
}[] = [
  {
    name: '市人民政府办公厅',
    shortName: '市府办',
    kind: 'government',
    contactName: '李明华',
    contactPhone: '0755-28301001',
    building: 'ZL',
    floors: [18, 19, 20],
    households: 3,
  },
  {
    name: '市发展和改革委员会',
    shortName: '发改委',
    kind: 'government',
    contactName: '张晓东',
    contactPhone: '0755-28301102',
    building: 'ZL',
    floors: [15, 16],
    households: 2,
  },
  {
    name: '市财政局',
    shortName: '财政局',
    kind: 'government',
    contactName: '陈静',
    contactPhone: '0755-28301203',
    building: 'ZL',
    floors: [12, 13],
    households: 2,
  },
  {
    name: '市人力资源和社会保障局',
    shortName: '人社局',
    kind: 'government',
    contactName: '刘洋',
    contactPhone: '0755-28301304',
    building: 'ZL',
    floors: [9, 10],
    households: 2,
  },
  {
    name: '市机关事务管理局',
    shortName: '机关事务局',
    kind: 'government',
    contactName: '叶敏杰',
    contactPhone: '0755-28301405',
    building: 'ZL',
    floors: [6],
    households: 1,
  },
  {
    name: '市教育局',
    shortName: '教育局',
    kind: 'government',
    contactName: '王芳',
    contactPhone: '0755-28302101',
    building: 'DL',
    floors: [3, 4, 5],
    households: 3,
  },
  {
    name: '市卫生健康委员会',
    shortName: '卫健委',
    kind: 'government',
    contactName: '赵磊',
    contactPhone: '0755-28302202',
    building: 'DL',
    floors: [6, 7],
    households: 2,
  },
  {
    name: '市住房和建设局',
    shortName: '住建局',
    kind: 'government',
    contactName: '孙丽',
    contactPhone: '0755-28302303',
    building: 'DL',
    floors: [9, 10],
    households: 2,
  },
  {
    name: '市交通运输局',
    shortName: '交通局',
    kind: 'government',
    contactName: '周强',
    contactPhone: '0755-28303101',
    building: 'XL',
    floors: [2, 3],
    households: 2,
  },
  {
    name: '市生态环境局',
    shortName: '环境局',
    kind: 'government',
    contactName: '吴敏',
    contactPhone: '0755-28303202',
    building: 'XL',
    floors: [5, 6],
    households: 2,
  },
  {
    name: '市市场监督管理局',
    shortName: '市场监管局',
    kind: 'government',
    contactName: '郑伟',
    contactPhone: '0755-28303303',
    building: 'XL',
    floors: [8, 9],
    households: 2,
  },
  {
    name: '市统计局',
    shortName: '统计局',
    kind: 'government',
    contactName: '冯娟',
    contactPhone: '0755-28303404',
    building: 'XL',
    floors: [11],
    households: 1,
  },
  {
    name: '市人大常委会办公厅',
    shortName: '人大办',
    kind: 'government',
    contactName: '何志刚',
    contactPhone: '0755-28304101',
    building: 'BL',
    floors: [5, 6],
    households: 2,
  },
  {
    name: '市政协办公厅',
    shortName: '政协办',
    kind: 'government',
    contactName: '许文博',
    contactPhone: '0755-28304202',
    building: 'BL',
    floors: [7, 8],
    households: 2,
  },
  {
    name: '中国建设银行行政中心支行',
    shortName: '建行',
    kind: 'company',
    contactName: '林晓燕',
    contactPhone: '0755-28305001',
    building: 'ZL',
    floors: [1],
    households: 1,
  },
  {
    name: '深圳市鹏城餐饮服务有限公司',
    shortName: '鹏城餐饮',
    kind: 'company',
    contactName: '黄国栋',
    contactPhone: '0755-28305002',
    building: 'BL',
    floors: [1],
    households: 1,
  },
];

type Seat = { layout: string; capacity: number; setupMinutes?: number; cleanupMinutes?: number };
export interface DemoVenue {
  code: string;
  name: string;
  building: string;
  floor: number;
  type: string;
  cls: 'A' | 'B' | 'C';
  seats: number;
  min?: number;
  layouts: Seat[];
  equipment: VenueEquipment[];
  restricted?: boolean;
  allowed?: string[];
  links?: string[];
  description?: string;
  openFrom?: string;
  openTo?: string;
}

const mic = (n: number): VenueEquipment => ({ code: 'microphone', qty: n });
const one = (code: string): VenueEquipment => ({ code, qty: 1 });

/** Every venue seed 004 names (§5 classes A/B/C and 篇2 §4 the conference building), with their links. */
export const DEMO_VENUES: DemoVenue[] = [
  // A class: reception and discussion rooms under 40 seats
  {
    code: 'ZL-0301',
    name: '主楼第一接待室',
    building: 'ZL',
    floor: 3,
    type: 'reception_room',
    cls: 'A',
    seats: 16,
    layouts: [{ layout: 'discussion', capacity: 16, setupMinutes: 15, cleanupMinutes: 15 }],
    equipment: [one('tv')],
  },
  {
    code: 'ZL-0302',
    name: '主楼第二接待室',
    building: 'ZL',
    floor: 3,
    type: 'reception_room',
    cls: 'A',
    seats: 12,
    layouts: [{ layout: 'discussion', capacity: 12, setupMinutes: 15, cleanupMinutes: 15 }],
    equipment: [],
  },
  {
    code: 'ZL-0501',
    name: '主楼五楼座谈室',
    building: 'ZL',
    floor: 5,
    type: 'discussion_room',
    cls: 'A',
    seats: 30,
    layouts: [
      { layout: 'discussion', capacity: 30, setupMinutes: 20, cleanupMinutes: 15 },
      { layout: 'round_table', capacity: 24, setupMinutes: 30, cleanupMinutes: 20 },
    ],
    equipment: [mic(6), one('projector'), one('screen')],
  },
  {
    code: 'DL-0201',
    name: '东楼二楼座谈室',
    building: 'DL',
    floor: 2,
    type: 'discussion_room',
    cls: 'A',
    seats: 24,
    layouts: [{ layout: 'discussion', capacity: 24, setupMinutes: 20, cleanupMinutes: 15 }],
    equipment: [mic(4), one('projector')],
  },
  {
    code: 'XL-0201',
    name: '西楼二楼座谈室',
    building: 'XL',
    floor: 2,
    type: 'discussion_room',
    cls: 'A',
    seats: 36,
    layouts: [
      { layout: 'discussion', capacity: 36, setupMinutes: 20, cleanupMinutes: 15 },
      { layout: 'u_shape', capacity: 28, setupMinutes: 30, cleanupMinutes: 20 },
    ],
    equipment: [mic(8), one('projector'), one('screen')],
  },
  // B class: classroom rooms under 150 seats
  {
    code: 'ZL-0801',
    name: '主楼八楼会议室',
    building: 'ZL',
    floor: 8,
    type: 'classroom_room',
    cls: 'B',
    seats: 80,
    layouts: [
      { layout: 'classroom', capacity: 80, setupMinutes: 30, cleanupMinutes: 30 },
      { layout: 'theatre', capacity: 120, setupMinutes: 45, cleanupMinutes: 30 },
    ],
    equipment: [mic(4), one('projector'), one('screen'), one('sound_system')],
  },
  {
    code: 'DL-0801',
    name: '东楼八楼培训室',
    building: 'DL',
    floor: 8,
    type: 'classroom_room',
    cls: 'B',
    seats: 120,
    layouts: [{ layout: 'classroom', capacity: 120, setupMinutes: 45, cleanupMinutes: 30 }],
    equipment: [mic(4), one('projector'), one('screen'), one('sound_system')],
  },
  {
    code: 'XL-1001',
    name: '西楼十楼会议室',
    building: 'XL',
    floor: 10,
    type: 'classroom_room',
    cls: 'B',
    seats: 60,
    layouts: [
      { layout: 'classroom', capacity: 60, setupMinutes: 30, cleanupMinutes: 30 },
      { layout: 'round_table', capacity: 40, setupMinutes: 45, cleanupMinutes: 30 },
    ],
    equipment: [mic(6), one('projector'), one('screen')],
  },
  // C class: theatre halls (§5.2 C)
  {
    code: 'ZL-0201',
    name: '主楼203人会议厅',
    building: 'ZL',
    floor: 2,
    type: 'theatre_hall',
    cls: 'C',
    seats: 203,
    layouts: [{ layout: 'theatre', capacity: 203, setupMinutes: 60, cleanupMinutes: 45 }],
    equipment: [mic(12), one('projector'), one('led_screen'), one('sound_system'), one('recording'), one('stage_lighting')],
    links: ['ZL-0202'],
  },
  {
    code: 'ZL-0202',
    name: '主楼会议厅贵宾室',
    building: 'ZL',
    floor: 2,
    type: 'vip_room',
    cls: 'A',
    seats: 12,
    layouts: [{ layout: 'discussion', capacity: 12, setupMinutes: 20, cleanupMinutes: 15 }],
    equipment: [],
  },
  {
    code: 'ZL-0401',
    name: '电视电话会议室',
    building: 'ZL',
    floor: 4,
    type: 'video_conference_room',
    cls: 'C',
    seats: 120,
    layouts: [
      { layout: 'theatre', capacity: 120, setupMinutes: 60, cleanupMinutes: 30 },
      { layout: 'classroom', capacity: 90, setupMinutes: 60, cleanupMinutes: 30 },
    ],
    equipment: [mic(20), one('video_conference'), one('projector'), one('screen'), one('sound_system'), one('recording')],
  },
  {
    code: 'ZL-0101',
    name: '主楼一楼多功能厅',
    building: 'ZL',
    floor: 1,
    type: 'multi_function_hall',
    cls: 'C',
    seats: 300,
    layouts: [
      { layout: 'theatre', capacity: 300, setupMinutes: 90, cleanupMinutes: 60 },
      { layout: 'banquet', capacity: 200, setupMinutes: 120, cleanupMinutes: 90 },
      { layout: 'classroom', capacity: 180, setupMinutes: 90, cleanupMinutes: 60 },
    ],
    equipment: [mic(16), one('led_screen'), one('sound_system'), one('stage_lighting'), one('recording')],
  },
  {
    code: 'BL-0101',
    name: '北楼500人会议厅',
    building: 'BL',
    floor: 1,
    type: 'theatre_hall',
    cls: 'C',
    seats: 500,
    layouts: [{ layout: 'theatre', capacity: 500, setupMinutes: 90, cleanupMinutes: 60 }],
    equipment: [mic(20), one('led_screen'), one('projector'), one('sound_system'), one('stage_lighting'), one('recording')],
    links: ['BL-0102'],
  },
  {
    code: 'BL-0102',
    name: '北楼会议厅休息室',
    building: 'BL',
    floor: 1,
    type: 'lounge',
    cls: 'A',
    seats: 20,
    layouts: [{ layout: 'discussion', capacity: 20, setupMinutes: 20, cleanupMinutes: 15 }],
    equipment: [],
  },
  // 会议大厦 (篇2 §4)
  {
    code: 'HY-0101',
    name: '会议大厦主会场',
    building: 'HYDS',
    floor: 1,
    type: 'main_hall',
    cls: 'C',
    seats: 1200,
    min: 450,
    layouts: [{ layout: 'theatre', capacity: 1200, setupMinutes: 180, cleanupMinutes: 120 }],
    equipment: [
      mic(40),
      { code: 'wireless_microphone', qty: 8 },
      one('led_screen'),
      one('sound_system'),
      one('stage_lighting'),
      one('recording'),
      one('simultaneous_interpretation'),
      one('voting_system'),
    ],
    links: ['HY-0102', 'HY-0103'],
    description: '接待450—1200人的大型会议、晚会等；含楼座',
  },
  {
    code: 'HY-0102',
    name: '主会场贵宾室',
    building: 'HYDS',
    floor: 1,
    type: 'vip_room',
    cls: 'A',
    seats: 20,
    layouts: [{ layout: 'discussion', capacity: 20, setupMinutes: 30, cleanupMinutes: 20 }],
    equipment: [],
  },
  {
    code: 'HY-0103',
    name: '主会场休息室',
    building: 'HYDS',
    floor: 1,
    type: 'lounge',
    cls: 'A',
    seats: 24,
    layouts: [{ layout: 'discussion', capacity: 24, setupMinutes: 30, cleanupMinutes: 20 }],
    equipment: [],
  },
  {
    code: 'HY-0201',
    name: '会议大厦二楼报告厅',
    building: 'HYDS',
    floor: 2,
    type: 'report_hall',
    cls: 'C',
    seats: 450,
    min: 100,
    layouts: [{ layout: 'theatre', capacity: 450, setupMinutes: 120, cleanupMinutes: 60 }],
    equipment: [mic(20), one('projector'), one('led_screen'), one('sound_system'), one('recording')],
    links: ['HY-0202'],
    description: '接待100—450人的报告会议、学习会议、讨论会议等',
  },
  {
    code: 'HY-0202',
    name: '报告厅休息室',
    building: 'HYDS',
    floor: 2,
    type: 'lounge',
    cls: 'A',
    seats: 16,
    layouts: [{ layout: 'discussion', capacity: 16, setupMinutes: 20, cleanupMinutes: 15 }],
    equipment: [],
  },
  {
    code: 'HY-0203',
    name: '主席团会议厅',
    building: 'HYDS',
    floor: 2,
    type: 'presidium_hall',
    cls: 'C',
    seats: 80,
    layouts: [{ layout: 'round_table', capacity: 80, setupMinutes: 90, cleanupMinutes: 45 }],
    equipment: [mic(80), one('sound_system'), one('recording'), one('voting_system')],
    restricted: true,
    allowed: ['市人大常委会办公厅', '市政协办公厅'],
    links: ['HY-0204'],
    description: '定向接待政协、人大常委会议；不续茶，每座配小保温瓶',
  },
  {
    code: 'HY-0204',
    name: '主席团秘书室',
    building: 'HYDS',
    floor: 2,
    type: 'secretary_room',
    cls: 'A',
    seats: 8,
    layouts: [{ layout: 'discussion', capacity: 8, setupMinutes: 15, cleanupMinutes: 15 }],
    equipment: [],
  },
  {
    code: 'HY-0301',
    name: '新闻发布厅',
    building: 'HYDS',
    floor: 3,
    type: 'press_hall',
    cls: 'B',
    seats: 100,
    min: 30,
    layouts: [
      { layout: 'theatre', capacity: 100, setupMinutes: 60, cleanupMinutes: 30 },
      { layout: 'classroom', capacity: 60, setupMinutes: 60, cleanupMinutes: 30 },
    ],
    equipment: [mic(10), one('led_screen'), one('sound_system'), one('recording'), one('stage_lighting')],
    links: ['HY-0302'],
    description: '接待30—100人的中型会议、新闻发布会',
  },
  {
    code: 'HY-0302',
    name: '新闻发布厅秘书室',
    building: 'HYDS',
    floor: 3,
    type: 'secretary_room',
    cls: 'A',
    seats: 8,
    layouts: [{ layout: 'discussion', capacity: 8, setupMinutes: 15, cleanupMinutes: 15 }],
    equipment: [],
  },
  ...[1, 2, 3, 4, 5, 6].map((n): DemoVenue => ({
    code: `HY-03${String(10 + n)}`,
    name: `第${'一二三四五六'[n - 1]}分组讨论厅`,
    building: 'HYDS',
    floor: 3,
    type: 'group_room',
    cls: 'A',
    seats: n <= 2 ? 28 : 20,
    layouts: [
      { layout: 'discussion', capacity: n <= 2 ? 28 : 20, setupMinutes: 30, cleanupMinutes: 20 },
      { layout: 'round_table', capacity: 16, setupMinutes: 30, cleanupMinutes: 20 },
    ],
    equipment: [mic(n <= 2 ? 10 : 6), one('tv')],
  })),
  {
    code: 'HY-0401',
    name: '第一贵宾室',
    building: 'HYDS',
    floor: 4,
    type: 'vip_room',
    cls: 'A',
    seats: 18,
    layouts: [{ layout: 'discussion', capacity: 18, setupMinutes: 30, cleanupMinutes: 20 }],
    equipment: [],
  },
  {
    code: 'HY-0402',
    name: '第二贵宾室',
    building: 'HYDS',
    floor: 4,
    type: 'vip_room',
    cls: 'A',
    seats: 12,
    layouts: [{ layout: 'discussion', capacity: 12, setupMinutes: 30, cleanupMinutes: 20 }],
    equipment: [],
  },
  {
    code: 'HY-0403',
    name: '四楼休息室',
    building: 'HYDS',
    floor: 4,
    type: 'lounge',
    cls: 'A',
    seats: 20,
    layouts: [{ layout: 'discussion', capacity: 20, setupMinutes: 20, cleanupMinutes: 15 }],
    equipment: [],
  },
];

/** One demo user per role of SPEC §0: username = role code, password Demo@2026. */
export const DEMO_USERS: {
  role: Role;
  displayName: string;
  phone: string;
  email?: string;
  org?: string;
  unitOf?: string;
  extraRoles?: Role[];
}[] = [
  { role: 'admin', displayName: '王建国', phone: '13800000001' },
  { role: 'dispatcher', displayName: '林小雨', phone: '13800000002' },
  { role: 'cs_assistant', displayName: '陈思琪', phone: '13800000003' },
  { role: 'lobby_manager', displayName: '赵志明', phone: '13800000004' },
  { role: 'meeting_staff', displayName: '黄丽娟', phone: '13800000005' },
  { role: 'av_tech', displayName: '吴俊杰', phone: '13800000006' },
  { role: 'engineer', displayName: '郑海涛', phone: '13800000007' },
  { role: 'security', displayName: '孙国强', phone: '13800000008' },
  { role: 'cleaner', displayName: '周桂兰', phone: '13800000009' },
  { role: 'front_desk', displayName: '刘婷婷', phone: '13800000010' },
  { role: 'mail_clerk', displayName: '杨晓峰', phone: '13800000011' },
  { role: 'affairs_admin', displayName: '何美玲', phone: '13800000012' },
  { role: 'cs_supervisor', displayName: '马红梅', phone: '13800000013', email: 'cs-supervisor@huiwu.example' },
  { role: 'project_manager', displayName: '梁振华', phone: '13800000014', email: 'pm@huiwu.example' },
  { role: 'general_manager', displayName: '罗建平', phone: '13800000015', email: 'gm@huiwu.example' },
  { role: 'bureau_approver', displayName: '叶敏杰', phone: '13800000016', org: '市机关事务管理局' },
  { role: 'organizer', displayName: '张晓东', phone: '13800000017', org: '市发展和改革委员会' },
  { role: 'tenant', displayName: '陈静', phone: '13800000018', org: '市财政局', unitOf: '市财政局' },
  { role: 'housekeeping_supervisor', displayName: '许秀英', phone: '13800000019' },
  { role: 'tenant_rep', displayName: '宋文博', phone: '13800000020' },
  { role: 'finance_manager', displayName: '钱雅琴', phone: '13800000021', email: 'finance@huiwu.example' },
  { role: 'event_lead', displayName: '周立新', phone: '13800000022', email: 'events@huiwu.example' },
];

export const DEMO_PASSWORD = 'Demo@2026';
export type { VenueLayout };
