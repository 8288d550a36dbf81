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
  internal: { code: 'own_cups', zh: '内部会议：领导使用自己的专用水杯', en: "Internal meeting: leaders use their own cups" },
  important: { code: 'porcelain', zh: '有重要来宾：使用统一的瓷杯', en: 'Important guests: uniform porcelain cups' },
  ordinary: { code: 'paper', zh: '中层干部、一般员工及一般客人会议：使用纸杯', en: 'Middle management, staff and ordinary guests: paper cups' },
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
  { level: 1, offsetMinutes: 120, roles: ['meeting_staff'], zh: '会务服务组长一级检查（确认会议安排是否调整）' },
  { level: 2, offsetMinutes: 60, roles: ['lobby_manager', 'cs_supervisor'], zh: '环境主管二级检查（核实一级确认、工作安排及准备情况）' },
  { level: 3, offsetMinutes: 30, roles: ['dispatcher', 'cs_assistant'], zh: '服务热线三级检查（核实前两级确认及各部门协调配合）' },
] as const satisfies readonly { level: number; offsetMinutes: number; roles: readonly Role[]; zh: string }[];
export const CHECK_STATUSES = ['pending', 'ok', 'problem', 'missed'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const INCIDENT_KINDS = ['equipment_failure', 'noise', 'unauthorized_people', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_SEVERITIES = ['normal', 'serious'] as const;
/** Seed 000 (音控师岗位职责 7–8) and seed 004 §6.2: what an equipment failure calls for. */
export const AV_EMERGENCY_PLAN_ZH =
  '音控师突发故障处理预案：会议期间如遇设备故障，应及时启动故障处理预案程序并灵活机动处理——立即切换备用设备（备用话筒、备用电池、备用音源），' +
  '保持音控岗位不离岗；会前无法修复的，立即联系工程部配合并报告项目部，安排可用会议室做好准备；处理结束后登记故障并报请领导处理。';

export interface NoticePolicies { issue: boolean; verify: boolean; start: boolean; end: boolean; reportIncident: boolean; readiness: Department[]; checks: number[] }

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
  meeting_state: { status: 422, zh: '会议当前状态不允许此操作', en: 'Not possible in the meeting\'s current state' },
  incident_already_resolved: { status: 409, zh: '该事件已处理完毕', en: 'The incident is already resolved' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
export type MeetingErrorCode = keyof typeof MEETING_ERROR_CODES;
