/** Supervision (S9): the daily review, the weekly summary, the monthly review, the monthly complaint statistics. */
import { z } from 'zod';
import { CASE_CHANNELS, CASE_KINDS, CASE_STATUSES, CLOSE_RESULTS, SEVERITIES } from '../cases.ts';
import { formatQuery, instant, nullableInstant, optText, realDay, reqText, uuid } from '../fields.ts';
import { weekMonday } from '../periods.ts';

/** One case line of a report. */
export const caseBrief = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(CASE_KINDS),
  severity: z.enum(SEVERITIES),
  status: z.enum(CASE_STATUSES),
  channel: z.enum(CASE_CHANNELS),
  contactName: z.string().nullable(),
  location: z.string().nullable(),
  content: z.string(),
  createdAt: instant,
  respondDueAt: instant,
  resolveDueAt: instant,
  closedAt: nullableInstant,
  closeResult: z.enum(CLOSE_RESULTS).nullable(),
  escalationLevel: z.number(),
});

/** Who signed the report and when, the note, when it was generated; null when nothing was stored. */
export const caseReportSignoff = z
  .object({
    signedBy: z.string().nullable(),
    signedAt: nullableInstant,
    late: z.boolean(),
    note: z.string().nullable(),
    noteBy: z.string().nullable(),
    noteAt: nullableInstant,
    generatedAt: nullableInstant,
  })
  .nullable();

/** The cases of a period counted (weekly summary, monthly review). */
export const casePeriodCounts = z.object({
  total: z.number(),
  repairs: z.number(),
  complaints: z.number(),
  validComplaints: z.number(),
  closed: z.number(),
  open: z.number(),
  overdue: z.number(),
  unresolvable: z.number(),
  escalated: z.number(),
  major: z.number(),
  emergencies: z.number(),
});

export const dailyReview = z.object({
  propertyId: z.string(),
  date: z.string(),
  counts: z.object({ new: z.number(), closed: z.number(), overdue: z.number(), escalated: z.number() }),
  new: z.array(caseBrief),
  closed: z.array(caseBrief),
  overdue: z.array(caseBrief),
  escalated: z.array(caseBrief),
  signoff: caseReportSignoff,
});

export const weeklySummary = z.object({
  propertyId: z.string(),
  week: z.string(),
  from: z.string(),
  to: z.string(),
  counts: casePeriodCounts,
  cases: z.array(caseBrief),
  cannotProceed: z.array(caseBrief),
  signoff: caseReportSignoff,
});

export const monthlyReview = z.object({
  propertyId: z.string(),
  month: z.string(),
  deadline: instant,
  counts: casePeriodCounts,
  closed: z.array(caseBrief),
  escalated: z.array(caseBrief),
  cannotProceed: z.array(caseBrief),
  signoff: caseReportSignoff,
  late: z.boolean(),
});

/** 《客户投诉月统计表》: counts by each dimension (value → count), handling and satisfaction, the analysis. */
export const complaintsMonthly = z.object({
  propertyId: z.string(),
  month: z.string(),
  total: z.number(),
  byNature: z.record(z.number()),
  byNatureType: z.record(z.number()),
  byCategory: z.record(z.number()),
  bySeverity: z.record(z.number()),
  byChannel: z.record(z.number()),
  handling: z.object({ onTime: z.number(), late: z.number(), open: z.number(), finished: z.number(), onTimePct: z.number().nullable() }),
  satisfaction: z.object({
    callbacks: z.number(),
    satisfied: z.number(),
    satisfiedPct: z.number().nullable(),
    avgRating: z.number().nullable(),
  }),
  analysis: z.string().nullable(),
  analysisBy: z.string().nullable(),
  analysisAt: nullableInstant,
});

export type CaseBrief = z.infer<typeof caseBrief>;
export type CaseReportSignoff = z.infer<typeof caseReportSignoff>;
export type CasePeriodCounts = z.infer<typeof casePeriodCounts>;
export type DailyReview = z.infer<typeof dailyReview>;
export type WeeklySummary = z.infer<typeof weeklySummary>;
export type MonthlyReview = z.infer<typeof monthlyReview>;
export type ComplaintsMonthly = z.infer<typeof complaintsMonthly>;

/* Requests: the report periods every report query takes (?format=xlsx for a workbook), the sign-offs, the analysis. */

const reportMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const reportDate = realDay('YYYY-MM-DD');
export const reportQuarter = z.string().regex(/^\d{4}Q[1-4]$/, 'YYYYQn');
const reportWeek = z.string().refine((v) => weekMonday(v) !== null, 'YYYY-Www');

/** GET /supervision/daily: the supervisor's daily review. */
export const supervisionDailyQuery = z.object({ propertyId: uuid, date: reportDate, ...formatQuery });
export type SupervisionDailyQuery = z.input<typeof supervisionDailyQuery>;
/** POST /supervision/daily/sign */
export const supervisionDailySignBody = z.object({ propertyId: uuid, date: reportDate, note: optText(1000) }).strict();
export type SupervisionDailySignBody = z.input<typeof supervisionDailySignBody>;
/** GET /reports/cases-weekly: the Monday summary of an ISO week. */
export const casesWeeklyQuery = z.object({ propertyId: uuid, week: reportWeek, ...formatQuery });
export type CasesWeeklyQuery = z.input<typeof casesWeeklyQuery>;
/** The month's reports: the monthly review, the complaint statistics, the paid repairs. */
export const reportMonthQuery = z.object({ propertyId: uuid, month: reportMonth, ...formatQuery });
export type ReportMonthQuery = z.input<typeof reportMonthQuery>;
/** POST /supervision/monthly: the project manager signs the month. */
export const supervisionMonthlySignBody = z.object({ propertyId: uuid, month: reportMonth, note: optText(2000) }).strict();
export type SupervisionMonthlySignBody = z.input<typeof supervisionMonthlySignBody>;
/** POST /reports/complaints-monthly/analysis */
export const complaintAnalysisBody = z.object({ propertyId: uuid, month: reportMonth, analysis: reqText(5000) }).strict();
export type ComplaintAnalysisBody = z.input<typeof complaintAnalysisBody>;
