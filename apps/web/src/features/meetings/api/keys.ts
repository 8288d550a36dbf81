/**
 * One key factory for every meetings cache, hierarchical so that a prefix invalidates every variant:
 * `meetingKeys.all` → everything; `meetingKeys.notices()` → every notice list, detail, print …
 */
import type { ReportTab } from './types';

const all = ['meetings'] as const;
const notices = () => [...all, 'notices'] as const;
const tasks = () => [...all, 'tasks'] as const;
const fees = () => [...all, 'fees'] as const;
const materials = () => [...all, 'materials'] as const;
const attendees = () => [...all, 'attendees'] as const;
const staffing = () => [...all, 'staffing'] as const;
const reports = () => [...all, 'reports'] as const;

type Id = string | null | undefined;

export const meetingKeys = {
  all,
  notices,
  noticeList: (pid: Id, from: string, to: string) => [...notices(), 'list', pid, from, to] as const,
  notice: (id: Id) => [...notices(), 'detail', id] as const,
  noticePrint: (id: Id) => [...notices(), 'print', id] as const,
  noticeVersions: (id: Id) => [...notices(), 'versions', id] as const,
  /** Confirmed bookings of a period that may still need a notice. */
  pendingBookings: (pid: Id, from: string, to: string) => [...notices(), 'pending-bookings', pid, from, to] as const,

  tasks,
  taskBoard: (pid: Id, from: string, to: string) => [...tasks(), 'board', pid, from, to] as const,
  templates: (pid?: Id) => (pid === undefined ? ([...tasks(), 'templates'] as const) : ([...tasks(), 'templates', pid] as const)),

  fees,
  statementOf: (noticeId: Id) => [...fees(), 'notice', noticeId] as const,
  statement: (id: Id) => [...fees(), 'statement', id] as const,
  statements: (pid: Id, unpaid: boolean) => [...fees(), 'statements', pid, unpaid] as const,
  priceList: (pid: Id) => [...fees(), 'price-list', pid] as const,

  materials,
  noticeMaterials: (noticeId: string) => [...materials(), 'notice', noticeId] as const,
  purchases: (noticeId: string) => [...materials(), 'purchases', noticeId] as const,
  warehouseItems: (pid: Id) => [...materials(), 'warehouse', pid] as const,

  after: (noticeId: string) => [...all, 'after', noticeId] as const,

  attendees,
  attendeeList: (noticeId: string) => [...attendees(), 'list', noticeId] as const,
  meetingPage: (noticeId: string) => [...attendees(), 'page', noticeId] as const,
  signInCode: (noticeId: string) => [...attendees(), 'code', noticeId] as const,

  staffing,
  staff: (pid: Id) => [...staffing(), 'staff', pid] as const,
  shifts: (pid: Id, from: string, to: string) => [...staffing(), 'shifts', pid, from, to] as const,
  assignments: (noticeId: string) => [...staffing(), 'assignments', noticeId] as const,

  reports,
  report: (tab: ReportTab, pid: Id, period: string) => [...reports(), tab, pid, period] as const,
  survey: (noticeId: Id) => [...all, 'surveys', noticeId] as const,
};

/** Outside the signed-in meetings caches: the public sign-in page of a QR token. */
export const publicSignInKey = (token: string | undefined) => ['public-sign-in', token] as const;

/** Topics of the live events that change meetings data (a booking's change reissues its notice). */
export const MEETING_TOPICS = ['meetings.', 'booking.'] as const;
