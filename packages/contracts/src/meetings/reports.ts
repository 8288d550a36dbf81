/**
 * Response schemas of the meeting reports (SPEC M10: 每日服务通知, 每周业务简报, the monthly usage report;
 * each also ?format=xlsx, a workbook) and of the organizer's satisfaction survey.
 */
import { z } from 'zod';
import { formatQuery, instant, nullableInstant, optText, uuid } from '../fields.ts';
import { CHECK_STATUSES, DEPARTMENTS, INCIDENT_KINDS, INCIDENT_SEVERITIES, LIVE_STATUSES, NOTICE_STATUSES } from '../meetings.ts';

const rate = z.number().nullable();

export const dailyDepartment = z.object({
  department: z.enum(DEPARTMENTS),
  label: z.string(),
  total: z.number(),
  done: z.number(),
  readyAt: nullableInstant,
  verifiedAt: nullableInstant,
  readyBy: instant,
  readyLate: z.boolean(),
});
export type DailyDepartment = z.infer<typeof dailyDepartment>;
export const dailyRow = z.object({
  id: z.string(),
  number: z.string(),
  version: z.number(),
  status: z.enum(NOTICE_STATUSES),
  liveStatus: z.enum(LIVE_STATUSES),
  liveStatusLabel: z.string(),
  startAt: instant,
  endAt: instant,
  time: z.string(),
  meetingName: z.string().nullable(),
  venue: z.string(),
  venueClass: z.string(),
  organizerUnit: z.string(),
  contact: z.string(),
  attendeeCount: z.number(),
  cupType: z.string(),
  confidentiality: z.string(),
  issuedLate: z.boolean(),
  readyDeadline: nullableInstant,
  tasks: z.object({ total: z.number(), done: z.number(), overdue: z.number() }),
  departments: z.array(dailyDepartment),
  allVerified: z.boolean(),
  readyOnTime: z.boolean().nullable(),
  checks: z.array(z.object({ level: z.number(), status: z.enum(CHECK_STATUSES), dueAt: instant, checkedAt: nullableInstant })),
  incidents: z.number(),
  openIncidents: z.number(),
});
export type DailyRow = z.infer<typeof dailyRow>;
export const dailyReport = z.object({
  report: z.literal('daily'),
  title: z.string(),
  propertyId: z.string(),
  date: z.string(),
  from: instant,
  to: instant,
  summary: z.object({
    meetings: z.number(),
    active: z.number(),
    cancelled: z.number(),
    onHold: z.number(),
    verified: z.number(),
    attendees: z.number(),
    tasks: z.number(),
    tasksDone: z.number(),
    tasksOverdue: z.number(),
    incidents: z.number(),
    issuedLate: z.number(),
  }),
  data: z.array(dailyRow),
});
export type DailyReport = z.infer<typeof dailyReport>;

/** Fee statements of the meetings of a period (issued or confirmed ones), in fen and as yuan text. */
export const meetingReportFees = z.object({
  statements: z.number(),
  confirmed: z.number(),
  paidInFull: z.number(),
  billedFen: z.number(),
  paidFen: z.number(),
  dueFen: z.number(),
  billed: z.string(),
  paid: z.string(),
  due: z.string(),
  currency: z.string(),
  withoutStatement: z.number(),
});
export type MeetingReportFees = z.infer<typeof meetingReportFees>;
/** Payments received in the period. */
export const meetingReportReceived = z.object({ count: z.number(), fen: z.number(), amount: z.string() });
export const surveyComment = z.object({
  noticeId: z.string(),
  number: z.string(),
  meetingName: z.string().nullable(),
  organizerUnit: z.string(),
  rating: z.number(),
  comment: z.string(),
  answeredAt: instant,
});
export type SurveyComment = z.infer<typeof surveyComment>;
export const meetingSatisfaction = z.object({
  invited: z.number(),
  answered: z.number(),
  responseRate: rate,
  averageRating: rate,
  satisfiedRate: rate,
  distribution: z.array(z.object({ rating: z.number(), label: z.string(), count: z.number() })),
});
export type MeetingSatisfaction = z.infer<typeof meetingSatisfaction>;

const usage = { meetings: z.number(), hours: z.number(), attendees: z.number() };
export const weeklyReport = z.object({
  report: z.literal('weekly'),
  title: z.string(),
  propertyId: z.string(),
  week: z.string(),
  from: instant,
  to: instant,
  days: z.array(z.string()),
  summary: z.object({
    meetings: z.number(),
    held: z.number(),
    upcoming: z.number(),
    cancelled: z.number(),
    attendees: z.number(),
    hours: z.number(),
    issuedLate: z.number(),
    incidents: z.number(),
  }),
  byClass: z.array(z.object({ venueClass: z.string(), label: z.string(), ...usage })),
  byVenue: z.array(z.object({ venue: z.string(), venueClass: z.string(), ...usage })),
  byDay: z.array(z.object({ date: z.string(), meetings: z.number() })),
  incidents: z.object({
    total: z.number(),
    serious: z.number(),
    unresolved: z.number(),
    byKind: z.array(z.object({ kind: z.enum(INCIDENT_KINDS), label: z.string(), count: z.number() })),
    list: z.array(
      z.object({
        id: z.string(),
        noticeId: z.string(),
        number: z.string(),
        meetingName: z.string().nullable(),
        venue: z.string(),
        kind: z.enum(INCIDENT_KINDS),
        kindLabel: z.string(),
        severity: z.enum(INCIDENT_SEVERITIES),
        description: z.string(),
        handling: z.string().nullable(),
        reportedAt: instant,
        resolvedAt: nullableInstant,
      }),
    ),
  }),
  readiness: z.object({
    meetings: z.number(),
    onTime: z.number(),
    onTimeRate: rate,
    byDepartment: z.array(
      z.object({
        department: z.enum(DEPARTMENTS),
        label: z.string(),
        meetings: z.number(),
        onTime: z.number(),
        onTimeRate: rate,
        verified: z.number(),
      }),
    ),
    tasks: z.object({ total: z.number(), done: z.number(), onTime: z.number(), onTimeRate: rate }),
    checks: z.array(
      z.object({
        level: z.number(),
        label: z.string(),
        total: z.number(),
        pending: z.number().optional(),
        ok: z.number().optional(),
        problem: z.number().optional(),
        missed: z.number().optional(),
      }),
    ),
  }),
  satisfaction: meetingSatisfaction.extend({ comments: z.array(surveyComment) }),
  fees: meetingReportFees.extend({ received: meetingReportReceived }),
});
export type WeeklyReport = z.infer<typeof weeklyReport>;

export const monthlyReport = z.object({
  report: z.literal('monthly'),
  title: z.string(),
  propertyId: z.string(),
  month: z.string(),
  from: instant,
  to: instant,
  summary: meetingReportFees.extend({
    bookings: z.number(),
    hoursBooked: z.number(),
    meetingsHeld: z.number(),
    hoursUsed: z.number(),
    utilisation: rate,
    cancelled: z.number(),
    received: meetingReportReceived,
    satisfaction: meetingSatisfaction,
    tasksDone: z.number(),
    asOf: instant,
  }),
  venues: z.array(
    z.object({
      venueId: z.string(),
      code: z.string(),
      venue: z.string(),
      venueClass: z.string(),
      bookings: z.number(),
      hoursBooked: z.number(),
      meetingsHeld: z.number(),
      hoursUsed: z.number(),
      utilisation: rate,
      attendees: z.number(),
      statements: z.number(),
      billedFen: z.number(),
      paidFen: z.number(),
      billed: z.string(),
      paid: z.string(),
    }),
  ),
  organizations: z.array(meetingReportFees.extend({ organizerUnit: z.string(), meetings: z.number() })),
  staff: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      roles: z.string(),
      tasksDone: z.number(),
      tasksOnTime: z.number(),
      tasksAssigned: z.number(),
      meetings: z.number(),
      meetingHours: z.number(),
      shiftHours: z.number(),
      overtimeHours: z.number(),
      onTimeRate: rate,
    }),
  ),
});
export type MonthlyReport = z.infer<typeof monthlyReport>;

/** The organizer's answer (or the invitation still open). */
export const surveyAnswer = z.object({
  noticeId: z.string(),
  invitedAt: nullableInstant,
  rating: z.number().nullable(),
  ratingLabel: z.string().nullable(),
  comment: z.string().nullable(),
  answeredAt: nullableInstant,
});
export type SurveyAnswer = z.infer<typeof surveyAnswer>;
export const surveyView = z.object({
  noticeId: z.string(),
  number: z.string(),
  meetingName: z.string(),
  venue: z.string(),
  startAt: instant,
  endAt: instant,
  open: z.boolean(),
  survey: surveyAnswer.nullable(),
  policies: z.object({ answer: z.boolean() }),
});
export type SurveyView = z.infer<typeof surveyView>;

/* Requests: the report of a day, an ISO week or a month (?format=xlsx for a workbook), the organizer's survey. */

/** A report's period (the current one when omitted). */
const period = (pattern: RegExp, format: string) => z.string().regex(pattern, format).optional();
/** GET /reports/meetings/daily */
export const meetingDailyQuery = z.object({ propertyId: uuid, date: period(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'), ...formatQuery });
export type MeetingDailyQuery = z.input<typeof meetingDailyQuery>;
/** GET /reports/meetings/weekly */
export const meetingWeeklyQuery = z.object({ propertyId: uuid, week: period(/^\d{4}-W\d{2}$/, 'YYYY-Www'), ...formatQuery });
export type MeetingWeeklyQuery = z.input<typeof meetingWeeklyQuery>;
/** GET /reports/meetings/monthly */
export const meetingMonthlyQuery = z.object({ propertyId: uuid, month: period(/^\d{4}-\d{2}$/, 'YYYY-MM'), ...formatQuery });
export type MeetingMonthlyQuery = z.input<typeof meetingMonthlyQuery>;
/** POST /service-notices/{id}/survey: the organizer's rating and comment. */
export const surveyAnswerBody = z.object({ rating: z.number().int().min(1).max(5), comment: optText(1000) }).strict();
export type SurveyAnswerBody = z.input<typeof surveyAnswerBody>;

/** GET /reports/{meetings|cases}/default-period: the periods a report page opens on (contracts' openingPeriods). */
export const reportOpeningQuery = z.object({ propertyId: uuid });
export const reportOpening = z.object({ day: z.string(), week: z.string(), month: z.string(), quarter: z.string() });
export type ReportOpening = z.infer<typeof reportOpening>;
