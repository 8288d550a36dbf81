/** Shapes of the meeting reports (SPEC M10) and the organizer's satisfaction survey, and their period helpers. */
import dayjs, { type Dayjs } from 'dayjs';
import type { Department, LiveStatus, NoticeStatus } from '@hy/contracts';

export type ReportTab = 'daily' | 'weekly' | 'monthly';
export const REPORT_PATH: Record<ReportTab, string> = {
  daily: '/reports/meetings/daily',
  weekly: '/reports/meetings/weekly',
  monthly: '/reports/meetings/monthly',
};
export const REPORT_PARAM: Record<ReportTab, 'date' | 'week' | 'month'> = { daily: 'date', weekly: 'week', monthly: 'month' };

export interface DailyDepartment {
  department: Department;
  label: string;
  total: number;
  done: number;
  readyAt: string | null;
  verifiedAt: string | null;
  readyBy: string;
  readyLate: boolean;
}
export interface DailyRow {
  id: string;
  number: string;
  version: number;
  status: NoticeStatus;
  liveStatus: LiveStatus;
  liveStatusLabel: string;
  startAt: string;
  endAt: string;
  time: string;
  meetingName: string | null;
  venue: string;
  venueClass: string;
  organizerUnit: string;
  contact: string;
  attendeeCount: number;
  cupType: string;
  confidentiality: string;
  issuedLate: boolean;
  readyDeadline: string | null;
  tasks: { total: number; done: number; overdue: number };
  departments: DailyDepartment[];
  allVerified: boolean;
  readyOnTime: boolean | null;
  checks: { level: number; status: 'pending' | 'ok' | 'problem' | 'missed'; dueAt: string; checkedAt: string | null }[];
  incidents: number;
  openIncidents: number;
}
export interface DailyReport {
  report: 'daily';
  date: string;
  from: string;
  to: string;
  summary: {
    meetings: number;
    active: number;
    cancelled: number;
    onHold: number;
    verified: number;
    attendees: number;
    tasks: number;
    tasksDone: number;
    tasksOverdue: number;
    incidents: number;
    issuedLate: number;
  };
  data: DailyRow[];
}

export interface Fees {
  statements: number;
  confirmed: number;
  paidInFull: number;
  billedFen: number;
  paidFen: number;
  dueFen: number;
  withoutStatement: number;
  received: { count: number; fen: number; amount: string };
}
export interface Satisfaction {
  invited: number;
  answered: number;
  responseRate: number | null;
  averageRating: number | null;
  satisfiedRate: number | null;
  distribution: { rating: number; label: string; count: number }[];
}
export interface SurveyComment {
  noticeId: string;
  number: string;
  meetingName: string | null;
  organizerUnit: string;
  rating: number;
  comment: string;
  answeredAt: string;
}
export interface WeeklyReport {
  report: 'weekly';
  week: string;
  from: string;
  to: string;
  days: string[];
  summary: {
    meetings: number;
    held: number;
    upcoming: number;
    cancelled: number;
    attendees: number;
    hours: number;
    issuedLate: number;
    incidents: number;
  };
  byClass: { venueClass: string; label: string; meetings: number; hours: number; attendees: number }[];
  byVenue: { venue: string; venueClass: string; meetings: number; hours: number; attendees: number }[];
  byDay: { date: string; meetings: number }[];
  incidents: {
    total: number;
    serious: number;
    unresolved: number;
    byKind: { kind: string; label: string; count: number }[];
    list: {
      id: string;
      noticeId: string;
      number: string;
      meetingName: string | null;
      venue: string;
      kind: string;
      kindLabel: string;
      severity: 'normal' | 'serious';
      description: string;
      handling: string | null;
      reportedAt: string;
      resolvedAt: string | null;
    }[];
  };
  readiness: {
    meetings: number;
    onTime: number;
    onTimeRate: number | null;
    byDepartment: {
      department: Department;
      label: string;
      meetings: number;
      onTime: number;
      onTimeRate: number | null;
      verified: number;
    }[];
    tasks: { total: number; done: number; onTime: number; onTimeRate: number | null };
    checks: { level: number; label: string; total: number; pending?: number; ok?: number; problem?: number; missed?: number }[];
  };
  satisfaction: Satisfaction & { comments: SurveyComment[] };
  fees: Fees;
}
export interface MonthlyReport {
  report: 'monthly';
  month: string;
  from: string;
  to: string;
  summary: Fees & {
    bookings: number;
    hoursBooked: number;
    meetingsHeld: number;
    hoursUsed: number;
    utilisation: number | null;
    cancelled: number;
    satisfaction: Satisfaction;
    tasksDone: number;
    asOf: string;
  };
  venues: {
    venueId: string;
    code: string;
    venue: string;
    venueClass: string;
    bookings: number;
    hoursBooked: number;
    meetingsHeld: number;
    hoursUsed: number;
    utilisation: number | null;
    attendees: number;
    statements: number;
    billedFen: number;
    paidFen: number;
  }[];
  organizations: (Fees & { organizerUnit: string; meetings: number })[];
  staff: {
    userId: string;
    name: string;
    roles: string;
    tasksDone: number;
    tasksOnTime: number;
    tasksAssigned: number;
    meetings: number;
    meetingHours: number;
    shiftHours: number;
    overtimeHours: number;
    onTimeRate: number | null;
  }[];
}

export interface SurveyAnswer {
  noticeId: string;
  rating: number | null;
  ratingLabel: string | null;
  comment: string | null;
  answeredAt: string | null;
  invitedAt: string | null;
}
export interface SurveyView {
  noticeId: string;
  number: string;
  meetingName: string;
  venue: string;
  startAt: string;
  endAt: string;
  open: boolean;
  survey: SurveyAnswer | null;
  policies: { answer: boolean };
}
export const surveyKey = (id: string | null | undefined) => ['meetings', 'survey', id] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO 8601 week "YYYY-Www" (Monday first; week 1 holds 4 January) of a calendar day. */
export function isoWeekOf(d: Dayjs): string {
  const date = new Date(Date.UTC(d.year(), d.month(), d.date()));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day); // that week's Thursday decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const n = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(n)}`;
}

/** Monday of an ISO week "YYYY-Www" as a local calendar day; null when malformed or out of range. */
export function isoWeekMonday(week: string): Dayjs | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const jan4 = new Date(Date.UTC(+m[1]!, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (+m[2]! - 1) * 7 * 86_400_000);
  const d = dayjs(`${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}-${pad(monday.getUTCDate())}`);
  return +m[2]! >= 1 && isoWeekOf(d) === week ? d : null;
}

/** A percentage with one decimal, or a dash when there was nothing to count. */
export const pctText = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(1)}%`);
/** Hours with up to two decimals. */
export const hoursText = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100));
