/**
 * Large events (SPEC M13): a conference the company runs end to end — the event, its 会务组 (meeting team) split
 * into groups with members, a leader and duties as a checklist, and the briefs one group passes to the others.
 */
import { z } from 'zod';
import { CONFIDENTIALITY_LEVELS } from '../bookings.ts';
import { day, instant, nullableInstant, optPhone, optText, realDay, reqText, uuid } from '../fields.ts';

export const EVENT_STATUSES = ['planning', 'ready', 'running', 'closed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** The three groups the company's rules set up by default (文秘信息组, 后勤保障组, 车辆运输组); more may be added. */
export const DEFAULT_EVENT_GROUPS = ['secretariat', 'logistics', 'transport'] as const;
export type DefaultEventGroup = (typeof DEFAULT_EVENT_GROUPS)[number];

/** The lines of the 会务服务预算表 and of the actual costs the sub-features record. */
export const EVENT_COST_CATEGORIES = [
  'venue',
  'accommodation',
  'transport',
  'catering',
  'materials',
  'printing',
  'gifts',
  'overtime',
  'equipment',
  'other',
] as const;
export type EventCostCategory = (typeof EVENT_COST_CATEGORIES)[number];

/** What the actor may do with an event (sent with it, so the UI hides what it may not). */
export const eventPolicies = z.object({
  /** edit the event, its team and groups */
  manage: z.boolean(),
  /** work on it (guests, rooming, transport, catering, materials, documents): a team member or a manager */
  work: z.boolean(),
  /** approve the budget and the summary */
  approve: z.boolean(),
  /** read confidential documents and guests' identity numbers */
  inner: z.boolean(),
  /** the host unit's organizer reading its own event */
  asOrganizer: z.boolean(),
});
export type EventPolicies = z.infer<typeof eventPolicies>;

export const eventSummary = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  name: z.string(),
  hostUnit: z.string(),
  organizationId: z.string().nullable(),
  startsOn: day,
  endsOn: day,
  expectedCount: z.number().int(),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
  status: z.enum(EVENT_STATUSES),
  ownerName: z.string(),
  /** guests registered / invited so far */
  registered: z.number().int(),
  invited: z.number().int(),
});
export type EventSummary = z.infer<typeof eventSummary>;
export const eventList = z.object({ data: z.array(eventSummary) });

export const duty = z.object({
  id: z.string(),
  text: z.string(),
  done: z.boolean(),
  doneByName: z.string().nullable(),
  doneAt: nullableInstant,
  /** the brief this duty came from (information passed by another group) */
  briefId: z.string().nullable(),
});
export type Duty = z.infer<typeof duty>;

export const eventMember = z.object({
  userId: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  roleLabel: z.string().nullable(),
});
export const staffOptions = z.object({ data: z.array(eventMember) });
export const eventGroup = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  leaderId: z.string().nullable(),
  leaderName: z.string().nullable(),
  members: z.array(eventMember),
  duties: z.array(duty),
  sort: z.number().int(),
});
export type EventGroup = z.infer<typeof eventGroup>;

export const eventBrief = z.object({
  id: z.string(),
  fromGroupId: z.string(),
  fromGroupName: z.string(),
  toGroupIds: z.array(z.string()),
  toGroupNames: z.array(z.string()),
  title: z.string(),
  body: z.string().nullable(),
  dueAt: nullableInstant,
  createdByName: z.string(),
  createdAt: instant,
});
export type EventBrief = z.infer<typeof eventBrief>;

export const eventDetail = eventSummary.extend({
  content: z.string().nullable(),
  scope: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  ownerId: z.string(),
  supervisorId: z.string().nullable(),
  supervisorName: z.string().nullable(),
  /** the plenary session whose service notice carries the fee statement */
  mainSessionId: z.string().nullable(),
  version: z.number().int(),
  createdAt: instant,
  groups: z.array(eventGroup),
  policies: eventPolicies,
});
export type EventDetail = z.infer<typeof eventDetail>;

const eventFields = {
  name: reqText(120),
  hostUnit: reqText(120),
  organizationId: uuid.nullish(),
  content: optText(2000),
  startsOn: realDay('不是有效日期 / not a real day'),
  endsOn: realDay('不是有效日期 / not a real day'),
  scope: optText(500),
  expectedCount: z.number().int().min(1).max(20_000),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS).default('public'),
  contactName: optText(40),
  contactPhone: optPhone,
  ownerId: uuid.nullish(),
  supervisorId: uuid.nullish(),
};
export const eventCreate = z.object({ propertyId: uuid, ...eventFields }).strict();
export type EventCreate = z.input<typeof eventCreate>;
export const eventPatch = z
  .object({
    name: reqText(120).optional(),
    hostUnit: reqText(120).optional(),
    organizationId: uuid.nullish(),
    content: optText(2000).optional(),
    startsOn: eventFields.startsOn.optional(),
    endsOn: eventFields.endsOn.optional(),
    scope: optText(500).optional(),
    expectedCount: eventFields.expectedCount.optional(),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS).optional(),
    contactName: optText(40).optional(),
    contactPhone: optPhone.optional(),
    supervisorId: uuid.nullish(),
    status: z.enum(EVENT_STATUSES).optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type EventPatch = z.input<typeof eventPatch>;
export const eventListQuery = z.object({ propertyId: uuid, status: z.enum(EVENT_STATUSES).optional() });

export const groupCreate = z
  .object({
    name: reqText(40),
    leaderId: uuid.nullish(),
    memberIds: z.array(uuid).max(60).default([]),
    duties: z.array(reqText(200)).max(60).default([]),
  })
  .strict();
export type GroupCreate = z.input<typeof groupCreate>;
export const groupPatch = z
  .object({
    name: reqText(40).optional(),
    leaderId: uuid.nullish(),
    memberIds: z.array(uuid).max(60).optional(),
    addDuties: z.array(reqText(200)).max(60).optional(),
    removeDutyIds: z.array(z.string().max(40)).max(60).optional(),
  })
  .strict();
export type GroupPatch = z.input<typeof groupPatch>;
export const dutyToggle = z.object({ done: z.boolean() }).strict();
export const groupDutyParams = z.object({ id: uuid, groupId: uuid, dutyId: z.string().min(1).max(40) });
export const eventGroupParams = z.object({ id: uuid, groupId: uuid });

export const briefCreate = z
  .object({
    fromGroupId: uuid,
    toGroupIds: z.array(uuid).min(1).max(20),
    title: reqText(200),
    body: optText(2000),
    dueAt: z.string().datetime({ offset: true }).nullish(),
  })
  .strict();
export type BriefCreate = z.input<typeof briefCreate>;
export const briefList = z.object({ data: z.array(eventBrief) });

export const EVENT_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  event_dates_reversed: { status: 422, zh: '结束日期不能早于开始日期', en: 'The last day cannot be before the first' },
  event_too_long: { status: 422, zh: '一次会务最长 31 天', en: 'An event lasts 31 days at most' },
  event_closed: { status: 409, zh: '会务已结束或取消，不能再修改', en: 'The event is closed or cancelled' },
  event_owner_not_lead: {
    status: 422,
    zh: '会务负责人须为本物业的常务副总或经理',
    en: 'The owner must be an event lead or manager of this property',
  },
  event_member_unknown: { status: 422, zh: '成员不是本物业的员工', en: 'A member is not staff of this property' },
  event_group_exists: { status: 409, zh: '同名小组已存在', en: 'A group of that name exists' },
  event_group_not_empty: { status: 409, zh: '小组还有未完成的职责，不能删除', en: 'The group has open duties' },
  event_brief_same_group: { status: 422, zh: '不能向本组通报', en: 'A brief goes to other groups' },
  event_status_step: { status: 409, zh: '会务状态不能这样变更', en: 'The event cannot move to that status' },
};
