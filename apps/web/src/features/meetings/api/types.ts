/** Meeting services API: record shapes, query keys and hooks (service notices, tasks, templates). */
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BookingServiceItem,
  CheckStatus,
  Department,
  Importance,
  IncidentKind,
  LiveStatus,
  NoticePolicies,
  NoticeStatus,
  QuantityRule,
  TaskStatus,
} from '@hy/contracts';
import { DEPARTMENT_ROLES, DEPARTMENTS, type Role } from '@hy/contracts';
import { api, qs } from '../../../lib/api';

export interface MeetingTask {
  id: string;
  noticeId: string;
  department: Department;
  key: string;
  title: string;
  instructions: string | null;
  dueAt: string;
  quantity: number | null;
  unit: string | null;
  status: TaskStatus;
  doneBy: string | null;
  doneByName: string | null;
  doneAt: string | null;
  note: string | null;
  photoUrl: string | null;
  overdueAlertedAt: string | null;
  policies: { complete: boolean };
}
export interface NoticeDepartment {
  department: Department;
  label: string;
  total: number;
  done: number;
  openBeforeStart: number;
  readyAt: string | null;
  readyBy: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  readyLate: boolean;
  tasks: MeetingTask[];
}
export interface NoticeCheck {
  level: number;
  label: string;
  dueAt: string;
  status: CheckStatus;
  finding: string | null;
  checkedBy: string | null;
  checkedByName: string | null;
  checkedAt: string | null;
  missedAt: string | null;
}
export interface Incident {
  id: string;
  noticeId: string;
  kind: IncidentKind;
  severity: 'normal' | 'serious';
  description: string;
  handledBy: string | null;
  handling: string | null;
  escalated: boolean;
  reportedBy: string | null;
  reportedAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  emergencyPlan: string | null;
}
export interface NoticeContent {
  bookingNumber: string;
  meetingName: string | null;
  startAt: string;
  endAt: string;
  venue: { id: string; name: string; type: string; class: string; building: string | null; buildingCode: string | null };
  linkedVenues: string[];
  organizerUnit: string;
  contactName: string;
  contactPhone: string;
  attendeeCount: number;
  layout: string | null;
  services: BookingServiceItem[];
  notes: string | null;
  importance: Importance;
  cupType: 'own_cups' | 'porcelain' | 'paper';
  cupTypeText: string;
  servingOrder: string[];
  confidentiality: string;
}
export interface Notice {
  id: string;
  propertyId: string;
  bookingId: string;
  number: string;
  version: number;
  status: NoticeStatus;
  liveStatus: LiveStatus;
  startAt: string;
  endAt: string;
  content: NoticeContent;
  conferenceBuilding: boolean;
  noticeDeadline: string | null;
  readyDeadline: string | null;
  issuedLate: boolean;
  issuedBy: string | null;
  issuedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  departments: NoticeDepartment[];
  checks: NoticeCheck[];
  incidents: Incident[];
  policies: NoticePolicies;
}
export interface NoticeRow {
  id: string;
  number: string;
  version: number;
  status: NoticeStatus;
  bookingId: string;
  startAt: string;
  endAt: string;
  meetingName: string | null;
  venue: string;
  attendeeCount: number;
  issuedLate: boolean;
  tasks: number;
  done: number;
  liveStatus: LiveStatus;
}
export interface PrintData {
  form: string;
  number: string;
  version: number;
  status: NoticeStatus;
  fields: { label: string; value: string }[];
  servingOrder: string[];
  issuedBy: string | null;
  issuedAt: string;
  noticeDeadline: string | null;
  readyDeadline: string | null;
  issuedLate: boolean;
  sheets: {
    department: Department;
    label: string;
    cupType?: string;
    servingOrder?: string[];
    rows: { due: string; title: string; quantity: string; instructions: string; done: string }[];
  }[];
}
export interface BoardMeeting {
  number: string;
  status: NoticeStatus;
  name: string | null;
  confidentiality: string;
  venue: string;
  startAt: string;
  endAt: string;
  attendeeCount: number;
}
export interface BoardTask extends MeetingTask {
  meeting: BoardMeeting;
  overdue: boolean;
}
/** GET /tasks: the tasks in due order and each meeting once, by notice id. */
export interface BoardResponse {
  from: string;
  to: string;
  meetings: Record<string, BoardMeeting>;
  data: Omit<BoardTask, 'meeting'>[];
}
export const withMeetings = (r: BoardResponse): BoardTask[] => r.data.map((x) => ({ ...x, meeting: r.meetings[x.noticeId]! }));
export interface TaskTemplate {
  id: string;
  propertyId: string;
  code: string;
  department: Department;
  title: string;
  instructions: string | null;
  venueTypes: string[];
  venueClasses: string[];
  excludeVenueTypes: string[];
  services: string[];
  offsetMinutes: number | null;
  dayBeforeAt: string | null;
  quantity: QuantityRule;
  repeatMinutes: number | null;
  sort: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export const meetingKeys = {
  all: ['meetings'] as const,
  notices: (pid: string | null, from: string, to: string) => ['meetings', 'notices', pid, from, to] as const,
  notice: (id: string | null | undefined) => ['meetings', 'notice', id] as const,
  print: (id: string | null | undefined) => ['meetings', 'print', id] as const,
  board: (pid: string | null, from: string, to: string) => ['meetings', 'board', pid, from, to] as const,
  templates: (pid: string | null) => ['meetings', 'templates', pid] as const,
  versions: (id: string | null | undefined) => ['meetings', 'versions', id] as const,
};

export function useNotice(id: string | null | undefined) {
  return useQuery({
    queryKey: meetingKeys.notice(id),
    queryFn: () => api.get<Notice>(`/service-notices/${id}`),
    enabled: !!id,
    staleTime: 15_000,
  });
}
export function useNotices(propertyId: string | null, from: string, to: string) {
  return useQuery({
    queryKey: meetingKeys.notices(propertyId, from, to),
    queryFn: () => api.get<{ data: NoticeRow[] }>(`/service-notices${qs({ propertyId, from, to, limit: 1000 })}`),
    enabled: !!propertyId,
  });
}

/** The departments a user works for (from their roles). */
export function departmentsOf(roles: readonly Role[]): Department[] {
  return DEPARTMENTS.filter((d) => DEPARTMENT_ROLES[d].some((r) => roles.includes(r)));
}

/** Refetches meeting queries when the server announces a meetings event of this property (SSE → 'hy:live'). */
export function useLiveMeetings(propertyId: string | null, onEvent?: () => void) {
  const qc = useQueryClient();
  useEffect(() => {
    const on = (ev: Event) => {
      const d = (ev as CustomEvent<{ topic?: string; propertyId?: string }>).detail;
      if (!d?.topic || !(d.topic.startsWith('meetings.') || d.topic.startsWith('booking.'))) return;
      if (d.propertyId && propertyId && d.propertyId !== propertyId) return;
      void qc.invalidateQueries({ queryKey: meetingKeys.all });
      onEvent?.();
    };
    window.addEventListener('hy:live', on);
    return () => window.removeEventListener('hy:live', on);
  }, [qc, propertyId, onEvent]);
}
