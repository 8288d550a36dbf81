/** Service-desk API (SPEC S1–S12): record shapes, query keys and hooks shared by the case pages. */
import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseChannel, CaseKind, CasePolicies, CaseStatus, Severity, Urgency, WorkOrderStatus } from '@hy/contracts';
import { api, qs, ApiError, getAll, type Page } from '../../lib/api';

export { getAll };

export interface CaseEvent {
  id: number;
  kind: string;
  actorId: string | null;
  actorName: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
  at: string;
}
export interface Material {
  name: string;
  qty: number;
  unit?: string | null;
}
export interface WorkOrder {
  id: string;
  propertyId: string;
  caseId: string;
  number: string;
  year: number;
  seq: number;
  paid: boolean;
  customerName: string | null;
  content: string;
  reportingDepartment: string | null;
  reporterName: string | null;
  urgency: Urgency;
  issuerId: string | null;
  assigneeId: string | null;
  status: WorkOrderStatus;
  issuedAt: string;
  acceptedAt: string | null;
  arrivedAt: string | null;
  completedAt: string | null;
  workDone: string | null;
  materials: Material[];
  signedByName: string | null;
  signedByUserId: string | null;
  signedAt: string | null;
  signatureMethod: 'portal' | 'paper' | null;
  returnedAt: string | null;
  voidReason: string | null;
  voidedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** list and single reads add the case's */
  caseNumber?: string;
  location?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}
export interface Callback {
  id: string;
  caseId: string;
  byId: string | null;
  at: string;
  satisfiedResult: boolean;
  courtesyRating: number;
  attitudeRating: number;
  comment: string | null;
  reopened: boolean;
}
export interface CaseRow {
  id: string;
  propertyId: string;
  number: string;
  kind: CaseKind;
  channel: CaseChannel;
  contactName: string | null;
  contactPhone: string | null;
  unitId: string | null;
  organizationId: string | null;
  location: string | null;
  content: string;
  photos: string[];
  nature: 'valid' | 'communicative' | null;
  natureType: 'help_seeking' | 'inquiry' | 'venting' | null;
  category: 'equipment' | 'attitude' | 'quality' | null;
  subcategory: string | null;
  severity: Severity;
  emergency: boolean;
  urgency: Urgency;
  status: CaseStatus;
  assigneeId: string | null;
  parentCaseId: string | null;
  reporterId: string | null;
  respondDueAt: string;
  resolveDueAt: string;
  extendedTo: string | null;
  respondedAt: string | null;
  dispatchedAt: string | null;
  resolvedAt: string | null;
  escalationLevel: number;
  pausedAt: string | null;
  pausedTotalMinutes: number;
  apologyRecordedAt: string | null;
  proofChecked: boolean;
  proofNote: string | null;
  reopenedCount: number;
  closedAt: string | null;
  closeResult: 'resolved' | 'unresolvable' | null;
  closeNote: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  policies: CasePolicies;
  /** S2/S4: a manager's sign-off of an emergency; pinned on the case list until then */
  emergencySignedOffAt: string | null;
  emergencySignedOffBy: string | null;
  emergencySignedOffByName: string | null;
  emergencySignOffNote: string | null;
}
export interface CaseDetail extends CaseRow {
  timeline: CaseEvent[];
  workOrders: WorkOrder[];
  callbacks: Callback[];
}

export interface ContactLookup {
  units: { id: string; code: string; name: string | null; organizationId: string | null; phone: string | null }[];
  organizations: { id: string; name: string; contactName: string | null; contactPhone: string | null }[];
  users: { id: string; displayName: string; phone: string | null; unitId: string | null; organizationId: string | null }[];
}
export interface UnitLite {
  id: string;
  code: string;
  name: string | null;
  buildingName: string;
  floorLabel: string | null;
  organizationId: string | null;
  organizationName: string | null;
}
export interface OrgLite {
  id: string;
  name: string;
}

export interface CaseFilters {
  kind?: string;
  status?: string;
  severity?: string;
  overdue?: boolean;
  q?: string;
  from?: string;
  to?: string;
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (pid: string | null, f: CaseFilters) => ['cases', 'list', pid, f] as const,
  one: (id: string | undefined) => ['cases', 'one', id] as const,
  pinned: (pid: string | null) => ['cases', 'pinned', pid] as const,
  workOrders: (pid: string | null, k: string) => ['cases', 'work-orders', pid, k] as const,
  workOrder: (id: string | undefined) => ['cases', 'work-order', id] as const,
};

export function useCase(id: string | undefined) {
  return useQuery({ queryKey: caseKeys.one(id), queryFn: () => api.get<CaseDetail>(`/cases/${id}`), enabled: !!id });
}

/** An emergency stays pinned — whatever its status — until a manager signs it off. */
export const isPinned = (c: Pick<CaseRow, 'emergency' | 'emergencySignedOffAt'>) => c.emergency && !c.emergencySignedOffAt;

/** The property's emergencies not signed off yet (any status, newest first), independent of the list's filters and paging. */
export function usePinnedCases(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: caseKeys.pinned(propertyId),
    queryFn: () => api.get<{ data: CaseRow[] }>(`/cases/pinned${qs({ propertyId })}`).then((r) => r.data),
    enabled: !!propertyId && enabled,
  });
}

export function useUnits(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['places', 'units', propertyId, 'cases'],
    queryFn: () => getAll<UnitLite>('/units', { propertyId }),
    enabled: !!propertyId && enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}
export function useOrgs(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['places', 'organizations', propertyId, 'cases'],
    queryFn: () => getAll<OrgLite>('/organizations', { propertyId }),
    enabled: !!propertyId && enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Engineers of the property for assignment; the user list is for administrators, so others assign "any engineer". */
export function useEngineers(propertyId: string | null) {
  return useQuery({
    queryKey: ['users', 'engineers', propertyId],
    queryFn: async () => {
      try {
        const r = await api.get<Page<{ id: string; displayName: string; disabled: boolean }>>(
          `/users${qs({ propertyId, role: 'engineer', limit: 200 })}`,
        );
        return r.data.filter((u) => !u.disabled);
      } catch {
        return [];
      }
    },
    enabled: !!propertyId,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * Which optional service-desk endpoints the server has (another part of the team adds them over time):
 * read once from the OpenAPI document so pages show only what works.
 */
export interface CaseEndpoints {
  paths: string[];
  has(p: string): boolean;
  kbSearch: boolean;
  kbFaq: boolean;
  kbAdmin: boolean;
  supervision: boolean;
  reports: boolean;
  archive: boolean;
  rating: boolean;
  paidRepairs: boolean;
}
export function useCaseEndpoints() {
  return useQuery({
    queryKey: ['openapi', 'cases-endpoints'],
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<CaseEndpoints> => {
      let paths: string[] = [];
      try {
        const res = await fetch('/api/v1/openapi.json', { credentials: 'same-origin' });
        const doc = (await res.json()) as { paths?: Record<string, unknown> };
        paths = Object.keys(doc.paths ?? {}).map((x) => x.replace(/^\/api\/v1/, ''));
      } catch {
        /* the pages fall back to what always exists */
      }
      const has = (p: string) => paths.includes(p);
      const some = (re: RegExp) => paths.some((p) => re.test(p));
      return {
        paths,
        has,
        kbSearch: has('/kb/search'),
        kbFaq: has('/kb/faq'),
        kbAdmin: some(/^\/kb\/(articles|entries)$|^\/kb$/),
        supervision: some(/^\/supervision/),
        reports: some(/^\/reports\/(cases|complaint|three|sla|weekly|monthly)/),
        archive: some(/archive/),
        rating: some(/rating/),
        paidRepairs: some(/paid|payment/),
      };
    },
  });
}

/** Refetches service-desk queries when the server announces a case change (SSE → 'hy:live'). */
export function useLiveCases(propertyId: string | null) {
  const qc = useQueryClient();
  useEffect(() => {
    const on = (ev: Event) => {
      const d = (ev as CustomEvent<{ topic?: string; propertyId?: string }>).detail;
      if (!d?.topic || !(d.topic.startsWith('case.') || d.topic.startsWith('work_order.') || d.topic.startsWith('kb.'))) return;
      if (d.propertyId && propertyId && d.propertyId !== propertyId) return;
      void qc.invalidateQueries({ queryKey: caseKeys.all });
    };
    window.addEventListener('hy:live', on);
    return () => window.removeEventListener('hy:live', on);
  }, [qc, propertyId]);
}

/** A clock that ticks (for SLA countdowns). */
export function useNow(everyMs = 30_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(h);
  }, [everyMs]);
  return now;
}

export type SlaState = 'paused' | 'done' | 'overdue' | 'respond_overdue' | 'warning' | 'ok';
/** Where a case stands against its deadlines. */
export function slaOf(
  c: Pick<CaseRow, 'status' | 'respondDueAt' | 'resolveDueAt' | 'respondedAt' | 'createdAt'>,
  now: number,
): { state: SlaState; due: number; remainingMs: number } {
  const resolveDue = new Date(c.resolveDueAt).getTime();
  if (c.status === 'waiting_customer') return { state: 'paused', due: resolveDue, remainingMs: resolveDue - now };
  if (c.status === 'resolved' || c.status === 'closed') return { state: 'done', due: resolveDue, remainingMs: resolveDue - now };
  const respondDue = new Date(c.respondDueAt).getTime();
  if (!c.respondedAt && now > respondDue && now <= resolveDue)
    return { state: 'respond_overdue', due: respondDue, remainingMs: respondDue - now };
  if (now > resolveDue) return { state: 'overdue', due: resolveDue, remainingMs: resolveDue - now };
  const window = resolveDue - new Date(c.createdAt).getTime();
  const state = window > 0 && (resolveDue - now) / window < 0.2 ? 'warning' : 'ok';
  return { state, due: resolveDue, remainingMs: resolveDue - now };
}

/** "2天3小时" / "2d 3h" from milliseconds (absolute value). */
export function formatDuration(ms: number, lang: string) {
  const m = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const mm = m % 60;
  const en = lang === 'en-US';
  const parts: string[] = [];
  if (d) parts.push(en ? `${d}d` : `${d}天`);
  if (h) parts.push(en ? `${h}h` : `${h}小时`);
  if (!d && (mm || !h)) parts.push(en ? `${mm}m` : `${mm}分钟`);
  return parts.join(en ? ' ' : '');
}

export const problemOf = (err: unknown) => (err instanceof ApiError ? err.problem : null);

/** Engineers with their open work orders (issued / accepted / on site), for the assignee picker. */
export interface Workload {
  propertyId: string;
  engineers: { userId: string; displayName: string; openWorkOrders: number }[];
  unassigned: number;
}
export function useWorkload(propertyId: string | null, enabled = true) {
  return useQuery({
    queryKey: ['cases', 'workload', propertyId],
    queryFn: () => api.get<Workload>(`/work-orders/workload${qs({ propertyId })}`),
    enabled: !!propertyId && enabled,
    staleTime: 30_000,
    retry: false,
  });
}
