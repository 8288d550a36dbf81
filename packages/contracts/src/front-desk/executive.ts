/**
 * The executive floor (领导层服务, F6): requests from the executives' offices (hot water, tea, a visitor to
 * pre-register, a meeting to prepare, cleaning once the executive has left, a repair while they are out)
 * become work for the department that does it; the morning thermos change is made every working day.
 */
import { z } from 'zod';
import { instant, nullableInstant } from '../fields.ts';
import { DEPARTMENT_ROLES, type Department } from '../meetings.ts';
import type { Role } from '../roles.ts';

export const EXEC_REQUEST_KINDS = ['hot_water', 'tea', 'visitor', 'meeting_prep', 'cleaning', 'repair', 'other'] as const;
export type ExecRequestKind = (typeof EXEC_REQUEST_KINDS)[number];

/** Who does the work: a meeting-services department, or the front desk (visitors). */
export const EXEC_DEPARTMENTS = ['meeting_staff', 'cleaning', 'engineering_av', 'security', 'front_desk'] as const;
export type ExecDepartment = (typeof EXEC_DEPARTMENTS)[number];

/** The department a kind of request goes to (the desk may send it elsewhere). */
export const EXEC_KIND_DEPARTMENT: Record<ExecRequestKind, ExecDepartment> = {
  hot_water: 'meeting_staff',
  tea: 'meeting_staff',
  visitor: 'front_desk',
  meeting_prep: 'meeting_staff',
  cleaning: 'cleaning',
  repair: 'engineering_av',
  other: 'meeting_staff',
};

/** The roles that work a department's requests. */
export const execDepartmentRoles = (d: ExecDepartment): readonly Role[] =>
  d === 'front_desk' ? ['front_desk'] : DEPARTMENT_ROLES[d as Department];

export const EXEC_REQUEST_STATUSES = ['open', 'accepted', 'done', 'cancelled'] as const;
export type ExecRequestStatus = (typeof EXEC_REQUEST_STATUSES)[number];

export const executiveRequest = z.object({
  id: z.string(),
  propertyId: z.string(),
  executiveId: z.string(),
  executiveName: z.string(),
  executiveTitle: z.string().nullable(),
  location: z.string().nullable(),
  kind: z.enum(EXEC_REQUEST_KINDS),
  department: z.enum(EXEC_DEPARTMENTS),
  detail: z.string().nullable(),
  /** Do it only while the executive is out (cleaning, repairs), within the window when one is given. */
  whenOut: z.boolean(),
  windowFrom: nullableInstant,
  windowTo: nullableInstant,
  dueAt: instant,
  via: z.enum(['phone', 'in_person', 'recurring']),
  status: z.enum(EXEC_REQUEST_STATUSES),
  overdue: z.boolean(),
  requestedByName: z.string().nullable(),
  createdAt: instant,
  acceptedByName: z.string().nullable(),
  acceptedAt: nullableInstant,
  doneByName: z.string().nullable(),
  doneAt: nullableInstant,
  note: z.string().nullable(),
  policies: z.object({ accept: z.boolean(), complete: z.boolean(), cancel: z.boolean() }),
});
export type ExecutiveRequest = z.infer<typeof executiveRequest>;
export const executiveRequestList = z.object({ data: z.array(executiveRequest) });

export const EXEC_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  not_an_executive: { status: 422, zh: '所选人员不是领导层人员', en: 'The person chosen is not on the executive floor' },
  exec_window_invalid: { status: 422, zh: '时间窗口的结束须晚于开始', en: 'The window must end after it starts' },
  exec_request_state: { status: 409, zh: '该服务请求当前状态不允许此操作', en: 'The request is not in a state that allows this' },
};
