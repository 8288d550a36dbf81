/**
 * Tenants contract: tenant visits (用户走访, T3). The tenant representative arranges a visit 1–2 days ahead with
 * the company's responsible person and lists the topics; the visit is recorded in the 住户访问统计表 (met whom,
 * opinions, satisfaction); each issue raised becomes one linked case, followed until the tenant is told; holiday
 * greetings at 元旦, 春节, 中秋, 圣诞 and 国庆 are planned per occasion and year (who gives what, ticked when done).
 */
import { z } from 'zod';
import { CASE_KINDS, CASE_STATUSES } from '../cases.ts';
import { day, instant, nullableInstant, optPhone, optText, page, pageQuery, realDay, reqText, requestDate, uuid } from '../fields.ts';

export const VISIT_STATES = ['planned', 'done', 'cancelled'] as const;
export type VisitState = (typeof VISIT_STATES)[number];
export const VISIT_SATISFACTIONS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
export type VisitSatisfaction = (typeof VISIT_SATISFACTIONS)[number];

/** The five occasions of the year a small gift or a card goes to every tenant. */
export const GREETING_OCCASIONS = ['new_year', 'spring_festival', 'mid_autumn', 'christmas', 'national_day'] as const;
export type GreetingOccasion = (typeof GREETING_OCCASIONS)[number];
export const GREETING_GIFT_KINDS = ['gift', 'card', 'visit'] as const;
export type GreetingGiftKind = (typeof GREETING_GIFT_KINDS)[number];

export const visitIssue = z.object({
  id: z.string(),
  position: z.number().int(),
  content: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  caseStatus: z.enum(CASE_STATUSES).nullable(),
  caseOpenedAt: nullableInstant,
  /** The tenant has been told: the case had its callback or was closed. */
  informed: z.boolean(),
  informedAt: nullableInstant,
});
export type VisitIssue = z.infer<typeof visitIssue>;

export const tenantVisit = z.object({
  id: z.string(),
  propertyId: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  unitId: z.string().nullable(),
  unitCode: z.string().nullable(),
  state: z.enum(VISIT_STATES),
  plannedAt: instant,
  place: z.string().nullable(),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  topics: z.array(z.string()),
  visitors: z.array(z.object({ id: z.string(), name: z.string() })),
  visitedAt: nullableInstant,
  metNames: z.string().nullable(),
  opinions: z.string().nullable(),
  satisfaction: z.enum(VISIT_SATISFACTIONS).nullable(),
  cancelReason: z.string().nullable(),
  createdByName: z.string(),
  issues: z.array(visitIssue),
  policies: z.object({ record: z.boolean(), cancel: z.boolean(), openCase: z.boolean() }),
});
export type TenantVisit = z.infer<typeof tenantVisit>;
export const tenantVisitPage = page(tenantVisit);

/** GET /tenant-visits/register: the 住户访问统计表 of a period (visits done, oldest first). */
export const visitRegister = z.object({ from: day, to: day, data: z.array(tenantVisit) });
export type VisitRegister = z.infer<typeof visitRegister>;

/** GET /tenant-visits/by-tenant: visits per tenant company in a year (every company of the property). */
export const visitsByTenant = z.object({
  year: z.number().int(),
  data: z.array(
    z.object({
      organizationId: z.string(),
      name: z.string(),
      units: z.array(z.string()),
      visits: z.number().int(),
      lastVisitAt: nullableInstant,
      planned: z.number().int(),
      openIssues: z.number().int(),
    }),
  ),
});
export type VisitsByTenant = z.infer<typeof visitsByTenant>;

/** The staff who may be named as visitors (holders of tenants.visits in the property). */
export const visitStaff = z.object({ data: z.array(z.object({ id: z.string(), name: z.string() })) });

// ---------- greetings ----------

/** GET /tenant-greetings/occasions: the year's five occasions from the work calendar, each with its plan if made. */
export const greetingOccasions = z.object({
  year: z.number().int(),
  data: z.array(
    z.object({
      occasion: z.enum(GREETING_OCCASIONS),
      date: day,
      /** The public holiday around it in the work calendar (null: not a public holiday, e.g. 圣诞). */
      holidayFrom: day.nullable(),
      holidayTo: day.nullable(),
      /** The last working day before it: gifts and cards go out by then. */
      deliverBy: day,
      planId: z.string().nullable(),
      items: z.number().int(),
      done: z.number().int(),
    }),
  ),
});
export type GreetingOccasions = z.infer<typeof greetingOccasions>;

export const greetingItem = z.object({
  id: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  units: z.array(z.string()),
  giftKind: z.enum(GREETING_GIFT_KINDS),
  gift: z.string().nullable(),
  giverName: z.string().nullable(),
  doneAt: nullableInstant,
  doneByName: z.string().nullable(),
});
export type GreetingItem = z.infer<typeof greetingItem>;
export const greetingPlan = z.object({
  id: z.string(),
  propertyId: z.string(),
  occasion: z.enum(GREETING_OCCASIONS),
  year: z.number().int(),
  occasionDate: day,
  deliverBy: day,
  note: z.string().nullable(),
  items: z.array(greetingItem),
  policies: z.object({ edit: z.boolean() }),
});
export type GreetingPlan = z.infer<typeof greetingPlan>;

// ---------- requests ----------

export const visitCreate = z
  .object({
    propertyId: uuid,
    organizationId: uuid,
    unitId: uuid.nullish(),
    plannedAt: requestDate,
    place: optText(100),
    contactName: reqText(64),
    contactPhone: optPhone,
    topics: z.array(reqText(200)).min(1).max(10),
    /** Colleagues going along (the writer always goes). */
    visitorIds: z.array(uuid).max(5).default([]),
  })
  .strict();
export type VisitCreate = z.input<typeof visitCreate>;

export const visitRecord = z
  .object({
    /** When the visit took place (default now; not in the future, not before it was planned a week back). */
    visitedAt: requestDate.optional(),
    metNames: reqText(200),
    opinions: optText(2000),
    satisfaction: z.enum(VISIT_SATISFACTIONS),
    /** Issues the tenant raised: each may become a case. */
    issues: z.array(reqText(500)).max(20).default([]),
  })
  .strict();
export type VisitRecord = z.input<typeof visitRecord>;
export const visitCancel = z.object({ reason: reqText(300) }).strict();
export type VisitCancel = z.input<typeof visitCancel>;
/** POST /tenant-visits/{id}/issues/{issueId}/case: open the issue as a case (repair or complaint). */
export const visitIssueCase = z.object({ kind: z.enum(CASE_KINDS) }).strict();
export type VisitIssueCase = z.input<typeof visitIssueCase>;

export const visitQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  state: z.enum(VISIT_STATES).optional(),
  organizationId: uuid.optional(),
});
export type VisitQuery = z.infer<typeof visitQuery>;
export const visitRegisterQuery = z.object({
  propertyId: uuid,
  from: realDay('invalid date'),
  to: realDay('invalid date'),
});
export type VisitRegisterQuery = z.infer<typeof visitRegisterQuery>;
export const yearQuery = z.object({ propertyId: uuid, year: z.coerce.number().int().min(2000).max(2100) });
export type YearQuery = z.infer<typeof yearQuery>;

export const greetingCreate = z
  .object({
    propertyId: uuid,
    occasion: z.enum(GREETING_OCCASIONS),
    year: z.number().int().min(2000).max(2100),
    note: optText(500),
    /** What every tenant gets unless a line is changed. */
    giftKind: z.enum(GREETING_GIFT_KINDS).default('card'),
    gift: optText(100),
    giverName: optText(64),
  })
  .strict();
export type GreetingCreate = z.input<typeof greetingCreate>;
export const greetingItemUpdate = z
  .object({ giftKind: z.enum(GREETING_GIFT_KINDS).optional(), gift: optText(100), giverName: optText(64) })
  .strict();
export type GreetingItemUpdate = z.input<typeof greetingItemUpdate>;

export const VISITS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  visit_in_past: { status: 422, zh: '走访时间不能早于现在', en: 'The visit cannot be planned in the past' },
  visit_unit_not_of_tenant: { status: 422, zh: '该单元不属于该单位', en: 'The unit is not the company’s' },
  visit_visitor_not_allowed: { status: 422, zh: '该人员不能参加走访', en: 'This person cannot be named as a visitor' },
  visit_not_planned: { status: 409, zh: '该走访已完成或已取消', en: 'The visit was recorded or cancelled already' },
  visit_not_done: { status: 422, zh: '走访记录后才能把问题转为案件', en: 'Record the visit before opening its issues as cases' },
  visit_visited_at_invalid: { status: 422, zh: '走访时间不能晚于现在', en: 'The visit time cannot be in the future' },
  visit_issue_case_exists: { status: 409, zh: '该问题已转为案件', en: 'The issue has a case already' },
  visit_register_range: {
    status: 422,
    zh: '统计期间须在一年以内且结束不早于开始',
    en: 'The period must end after it starts and span at most a year',
  },
  greeting_plan_exists: { status: 409, zh: '该节日的问候计划已制定', en: 'A greeting plan for this occasion exists already' },
  greeting_item_done: { status: 409, zh: '该项已完成', en: 'This line is done already' },
};
