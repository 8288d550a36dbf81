/** Meeting services (SPEC M4, M5, M8, M12a): service notices, department tasks, checks, incidents. */
import type { Importance } from './bookings.ts';
import type { Role } from './roles.ts';

/** The departments of seed 004 §3.4–3.7 / 篇2 §3.3–3.6 that a service notice splits into. */
export const DEPARTMENTS = ['engineering_av', 'security', 'meeting_staff', 'cleaning'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const DEPARTMENT_LABELS: Record<Department, { zh: string; en: string }> = {
  engineering_av: { zh: '技术保障部（工程/音控）', en: 'Engineering & AV' },
  security: { zh: '安全管理部', en: 'Security' },
  meeting_staff: { zh: '会务部', en: 'Meeting staff' },
  cleaning: { zh: '环境管理部（保洁）', en: 'Cleaning' },
};

/** Who works a department's tasks (and hears of its notices and overdue alerts). */
export const DEPARTMENT_ROLES: Record<Department, readonly Role[]> = {
  engineering_av: ['av_tech', 'engineer'],
  security: ['security'],
  meeting_staff: ['meeting_staff'],
  cleaning: ['cleaner'],
};
/** The service center (客户服务中心): issues notices, verifies readiness, hears of every alert. */
export const SERVICE_CENTER_ROLES: readonly Role[] = ['dispatcher', 'cs_assistant'];
/** 部门经理 / 分管经理助理: serious incidents and missed final checks go to them (篇2 §5.1.7). */
export const MEETING_MANAGER_ROLES: readonly Role[] = ['cs_supervisor', 'project_manager'];

/** Quantity rules of a task template: none, per attendee (factor, rounded up), fixed, by importance, or a service's own quantity. */
export type QuantityRule =
  | { rule: 'none' }
  | { rule: 'per_attendee'; factor: number; min?: number; unit: string }
  | { rule: 'fixed'; qty: number; unit: string }
  | { rule: 'by_importance'; factors: Record<Importance, number>; unit: string }
  | { rule: 'service_qty'; service: string; fallback: number; unit: string };

export const NOTICE_STATUSES = ['active', 'on_hold', 'cancelled'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const LIVE_STATUSES = ['preparing', 'ready', 'in_progress', 'ended', 'cancelled', 'on_hold'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

/** M12a (seed 000): cup type by importance. */
export const CUP_TYPES: Record<Importance, { code: 'own_cups' | 'porcelain' | 'paper'; zh: string; en: string }> = {
  internal: { code: 'own_cups', zh: '内部会议：领导使用自己的专用水杯', en: 'Internal meeting: leaders use their own cups' },
  important: { code: 'porcelain', zh: '有重要来宾：使用统一的瓷杯', en: 'Important guests: uniform porcelain cups' },
  ordinary: {
    code: 'paper',
    zh: '中层干部、一般员工及一般客人会议：使用纸杯',
    en: 'Middle management, staff and ordinary guests: paper cups',
  },
};

/** Serving order (seed 000 §4, seed 004 篇2 §5.4.2), printed on every notice and meeting-staff sheet. */
export const SERVING_ORDER_ZH = [
  '正式大会（设主席台）：先主席台后会议席，由前排至后排上茶。',
  '来访单位会议：主宾分开时先客人再主人；主宾混坐时从级别最高的客人开始，按顺时针或逆时针方向上茶。',
  '内部会议：领导集中就座时先给领导上茶；无明显界限时从级别最高的领导开始，按顺时针或逆时针方向上茶。',
  '与分承包方会议：先甲方再乙方；混坐时从甲方级别最高领导开始。',
  '先宾后主，女士优先，顺序服务，右边上水，左边添水；茶水八分满。',
] as const;

/** M5 三级检查确认 (seed 003): level, default minutes before the start, who records it. */
export const CHECK_LEVELS = [
  { level: 1, roles: ['meeting_staff'], zh: '会务服务组长一级检查（确认会议安排是否调整）' },
  { level: 2, roles: ['lobby_manager', 'cs_supervisor'], zh: '环境主管二级检查（核实一级确认、工作安排及准备情况）' },
  { level: 3, roles: ['dispatcher', 'cs_assistant'], zh: '服务热线三级检查（核实前两级确认及各部门协调配合）' },
] as const satisfies readonly { level: number; roles: readonly Role[]; zh: string }[];
export const CHECK_STATUSES = ['pending', 'ok', 'problem', 'missed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const INCIDENT_KINDS = ['equipment_failure', 'noise', 'unauthorized_people', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_SEVERITIES = ['normal', 'serious'] as const;
/** Seed 000 (音控师岗位职责 7–8) and seed 004 §6.2: what an equipment failure calls for. */
export const AV_EMERGENCY_PLAN_ZH =
  '音控师突发故障处理预案：会议期间如遇设备故障，应及时启动故障处理预案程序并灵活机动处理——立即切换备用设备（备用话筒、备用电池、备用音源），' +
  '保持音控岗位不离岗；会前无法修复的，立即联系工程部配合并报告项目部，安排可用会议室做好准备；处理结束后登记故障并报请领导处理。';

export interface NoticePolicies {
  issue: boolean;
  verify: boolean;
  start: boolean;
  end: boolean;
  reportIncident: boolean;
  readiness: Department[];
  checks: number[];
}

export const MEETING_ERROR_CODES = {
  task_already_done: { status: 409, zh: '该任务已完成', en: 'The task is already done' },
  wrong_department: { status: 403, zh: '不是本部门的任务', en: 'This task belongs to another department' },
  notice_not_ready: { status: 422, zh: '本部门仍有未完成的会前任务', en: 'The department still has open tasks before the meeting' },
  department_not_ready: { status: 422, zh: '该部门尚未报告准备就绪', en: 'The department has not reported ready' },
  already_ready: { status: 409, zh: '该部门已报告准备就绪', en: 'The department reported ready already' },
  already_verified: { status: 409, zh: '该部门准备情况已核实', en: 'The department was verified already' },
  booking_not_confirmed: { status: 422, zh: '预订尚未确认，不能发出会议服务通知单', en: 'The booking is not confirmed' },
  notice_inactive: { status: 422, zh: '会议服务通知单已取消或暂停', en: 'The service notice is cancelled or on hold' },
  check_already_recorded: { status: 409, zh: '该级检查已记录', en: 'This check is already recorded' },
  meeting_state: { status: 422, zh: '会议当前状态不允许此操作', en: "Not possible in the meeting's current state" },
  incident_already_resolved: { status: 409, zh: '该事件已处理完毕', en: 'The incident is already resolved' },
  // after the meeting, fees, attendees, staffing, materials, survey (M6, M7, M9, M10, M11, M12)
  no_price_list: { status: 422, zh: '本项目尚未设置会议收费标准', en: 'The property has no meeting price list' },
  unknown_price_item: { status: 422, zh: '收费标准中没有该项目', en: 'The item is not on the price list' },
  fee_statement_state: { status: 409, zh: '费用确认单当前状态不允许此操作', en: "Not possible in the statement's current state" },
  overpayment: { status: 422, zh: '收款金额超过未付金额', en: 'The payment exceeds the amount due' },
  lost_item_state: { status: 409, zh: '拾遗物品当前状态不允许此操作', en: "Not possible in the item's current state" },
  import_rows_invalid: { status: 400, zh: '导入文件有错误，未导入任何记录', en: 'The file has errors; nothing was imported' },
  sign_in_token_invalid: { status: 404, zh: '签到二维码无效或已失效', en: 'The sign-in code is invalid or revoked' },
  sign_in_other_meeting: { status: 422, zh: '这是另一场会议的签到码', en: 'This code belongs to another meeting' },
  sign_in_code_not_personal: {
    status: 422,
    zh: '这是会议签到码，请扫描参会人员的个人签到码',
    en: "This is the meeting's code: scan the attendee's personal code",
  },
  purchase_state: { status: 409, zh: '采购通知单当前状态不允许此操作', en: "Not possible in the purchase notice's current state" },
  staff_wrong_department: { status: 422, zh: '该人员不属于此任务的部门', en: "The person does not work in the task's department" },
  staff_not_authorised: {
    status: 422,
    zh: '该人员未获授权上岗，不能安排到涉密会议',
    en: 'The person is not authorised for confidential meetings',
  },
  background_check_missing: {
    status: 422,
    zh: '敏感岗位须提供有效的无犯罪记录证明',
    en: 'A valid background-check certificate is required',
  },
  insufficient_stock: { status: 422, zh: '库存不足', en: 'Not enough stock' },
  return_exceeds_checkout: { status: 422, zh: '归还数量超过领用数量', en: 'More returned than checked out' },
  survey_exists: { status: 409, zh: '该会议已提交满意度调查', en: 'The survey was submitted already' },
  survey_not_open: { status: 422, zh: '会议结束后才能填写满意度调查', en: 'The survey opens when the meeting has ended' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
export type MeetingErrorCode = keyof typeof MEETING_ERROR_CODES;

// ---------- after the meeting, fees, attendees, staffing, materials (M6, M7, M9, M11, M12) ----------

/** Lines of a 《会议费用确认单》 (seed 004 §5.1.8, §5.2.3, §3.3D): venue fee, consumables, technical material losses, proxy purchases. */
export const FEE_LINE_KINDS = ['venue', 'consumable', 'technical_loss', 'purchase', 'other'] as const;
export type FeeLineKind = (typeof FEE_LINE_KINDS)[number];
export const FEE_LINE_LABELS: Record<FeeLineKind, string> = {
  venue: '场地费',
  consumable: '消耗品',
  technical_loss: '技术物资损耗',
  purchase: '代订代购',
  other: '其他',
};
export const FEE_STATUSES = ['draft', 'issued', 'confirmed', 'void'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];
export const PAYMENT_STATUSES = ['unpaid', 'partial', 'paid'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PRICE_ITEM_KINDS = ['consumable', 'technical', 'service'] as const;

export const LOST_ITEM_STATUSES = ['found', 'stored', 'returned'] as const;
export type LostItemStatus = (typeof LOST_ITEM_STATUSES)[number];
export const HANDOVER_KINDS = ['recording', 'document', 'photo', 'other'] as const;
export const HANDOVER_RECIPIENTS = ['organizer', 'bureau'] as const;
/** Seed 004 §5.2.2, §5.4, §5.5.3: what is checked after every meeting. */
export const DEFAULT_CLEANUP_ITEMS = [
  '会场地面、桌椅、主席台清理',
  '茶具、烟灰盅收回清洗',
  '休息室、洗手间清理',
  '检查遗留物品',
  '关闭空调系统',
  '关闭所有照明',
  '设备归位、门窗锁闭',
] as const;
export const PURCHASE_STATUSES = ['requested', 'purchased', 'cancelled'] as const;
/** 代订代购 (seed 004 §3.3C). */
export const PURCHASE_KINDS = [
  'bottled_water',
  'banner',
  'flowers',
  'recording_media',
  'signage',
  'copying',
  'batteries',
  'other',
] as const;

/** Seed 000 working hours per role (local time, Monday–Friday); work on rest days and holidays is overtime. */
export const WORKING_HOURS: Partial<Record<Role, { from: string; to: string }>> = {
  meeting_staff: { from: '08:00', to: '18:00' },
  av_tech: { from: '08:00', to: '18:00' },
  cleaner: { from: '07:30', to: '17:30' },
  front_desk: { from: '08:00', to: '17:00' },
  mail_clerk: { from: '08:00', to: '17:00' },
  affairs_admin: { from: '08:00', to: '17:00' },
  housekeeping_supervisor: { from: '07:30', to: '17:30' },
  tenant_rep: { from: '08:00', to: '17:00' },
  finance_manager: { from: '08:30', to: '17:30' },
  event_lead: { from: '08:00', to: '18:00' },
};
export const ASSIGNMENT_WARNINGS = ['double_assignment', 'outside_shift', 'overtime'] as const;
export type AssignmentWarning = (typeof ASSIGNMENT_WARNINGS)[number];

export const SIGN_IN_METHODS = ['qr', 'desk'] as const;

// ---------- reports (M10) ----------

/** Who reads the meeting reports (daily notice list, weekly briefing, monthly usage): managers and the service center. */
export const MEETING_REPORT_ROLES: readonly Role[] = [
  'admin',
  'cs_supervisor',
  'project_manager',
  'general_manager',
  'dispatcher',
  'cs_assistant',
];
/** Satisfaction rating of the organizer's survey: 1 (very dissatisfied) … 5 (very satisfied). */
export const SURVEY_RATING_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = { 1: '很不满意', 2: '不满意', 3: '一般', 4: '满意', 5: '非常满意' };
/** Organizers are invited this long after the meeting's end (it ended early: at once). */
export const SURVEY_INVITE_DELAY_MINUTES = 30;
/** Meetings that ended longer ago than this are not invited any more (e.g. right after an install). */
export const SURVEY_INVITE_MAX_AGE_DAYS = 14;
