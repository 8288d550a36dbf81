/**
 * The notice services (SPEC M6, M7, M9, M11, M12): fee statements and price list, proxy purchases,
 * after-meeting records and lost property, attendees and QR sign-in, staffing, warehouse materials.
 * Record shapes follow apps/server/src/domains/meetings/*.service.ts presenters; money is fen.
 */
import { useQuery } from '@tanstack/react-query';
import type { FeeLineKind, FeeStatus, LostItemStatus, PaymentStatus, Role } from '@hy/contracts';
import { api, ApiError, qs } from '../../../lib/api';

export interface FeeLineRow {
  kind: FeeLineKind;
  code: string | null;
  name: string;
  qty: number;
  unit: string;
  unitFen: number;
  amountFen: number;
  invoiceRef: string | null;
  sourceId?: string | null;
  kindLabel: string;
  amount: string;
  unitPrice: string;
}
export interface FeeStatement {
  id: string;
  propertyId: string;
  noticeId: string;
  noticeNumber: string;
  number: string;
  status: FeeStatus;
  paymentStatus: PaymentStatus;
  meeting: { name: string | null; organizerUnit: string; venue: string; startAt: string; endAt: string };
  lines: FeeLineRow[];
  totalFen: number;
  total: string;
  paidFen: number;
  dueFen: number;
  currency: string;
  invoiceRefs: string[];
  note: string | null;
  version: number;
  issuedAt: string | null;
  confirmedVia: 'online' | 'paper' | null;
  signerName: string | null;
  confirmedAt: string | null;
  reminders: number;
  lastRemindedAt: string | null;
  payments: { id: string; amountFen: number; amount: string; paidAt: string; method: string | null; reference: string | null }[];
  policies: { recompute: boolean; issue: boolean; confirm: boolean; pay: boolean };
}
export interface FeeStatementRow {
  id: string;
  number: string;
  noticeId: string;
  noticeNumber: string;
  organizerUnit: string;
  startAt: string;
  status: FeeStatus;
  paymentStatus: PaymentStatus;
  totalFen: number;
  paidFen: number;
  total: string;
  reminders: number;
  issuedAt: string | null;
}
export interface PriceList {
  venue: { venueClass: string; venueType?: string | null; bands: { upToHours: number; fen: number }[]; extraHourFen: number }[];
  items: { code: string; name: string; unit: string; fen: number; kind: 'consumable' | 'technical' | 'service' }[];
}
export interface Purchase {
  id: string;
  noticeId: string;
  number: string;
  items: { kind: string; name: string; qty: number; unit: string; unitFen: number }[];
  totalFen: number;
  total: string;
  purchaser: string | null;
  status: 'requested' | 'purchased' | 'cancelled';
  invoiceRef: string | null;
  note: string | null;
  requestedAt: string;
  purchasedAt: string | null;
}
export interface AfterCheck {
  cleanup: { item: string; done: boolean; note: string | null }[];
  equipment: { name: string; expected: number; counted: number; note: string | null; shortage: number }[];
  shortages: number;
  version: number;
  recordedBy: string | null;
  recordedAt: string | null;
}
export interface Handover {
  id: string;
  kind: 'recording' | 'document' | 'photo' | 'other';
  description: string;
  quantity: number;
  recipientKind: 'organizer' | 'bureau';
  recipientName: string;
  handedAt: string;
  note: string | null;
}
export interface LostItem {
  id: string;
  propertyId: string;
  noticeId: string | null;
  number: string;
  item: string;
  description: string | null;
  foundPlace: string;
  foundAt: string;
  foundBy: string;
  status: LostItemStatus;
  storedPlace: string | null;
  storedAt: string | null;
  handedTo: string | null;
  ownerSignature: string | null;
  returnedAt: string | null;
  note: string | null;
}
export interface AfterData {
  noticeId: string;
  ended: boolean;
  check: AfterCheck;
  handovers: Handover[];
  lostItems: LostItem[];
}
export interface Attendee {
  id: string;
  name: string;
  organization: string | null;
  title: string | null;
  phone: string | null;
  seat: string | null;
  note: string | null;
  signedInAt: string | null;
  signedInVia: 'qr' | 'desk' | null;
}
export interface SignInCount {
  total: number;
  signedIn: number;
}
export interface MeetingPage {
  noticeId: string;
  number: string;
  meetingName: string | null;
  venue: string;
  startAt: string;
  endAt: string;
  agenda: string | null;
  handbook: string | null;
  count: SignInCount;
}
export interface SignInCode {
  token: string;
  url: string;
  svgDataUrl: string;
  pngDataUrl: string;
}
/** A confidential meeting's public page names no meeting, venue, agenda or handbook (M12). */
export interface PublicPage {
  meetingName: string | null;
  venue: string | null;
  startAt: string;
  endAt: string;
  agenda: string | null;
  handbook: string | null;
  attendee: { name: string; seat: string | null; signedInAt: string | null } | null;
  needs: ('name' | 'phone')[];
  count: SignInCount;
}
export interface StaffProfile {
  post: string | null;
  trainings: { name: string; date: string }[];
  backgroundCheckNo: string | null;
  backgroundCheckUntil: string | null;
  sensitivePost: boolean;
  confidentialAuthorised: boolean;
  departmentHead: boolean;
  authorisedAt: string | null;
  updatedAt: string;
}
export interface StaffMember {
  id: string;
  name: string;
  roles: Role[];
  profile: StaffProfile | null;
}
export interface Shift {
  id: string;
  userId: string;
  name: string;
  startsAt: string;
  endsAt: string;
  overtime: boolean;
  hours: number;
  note: string | null;
}
export interface Assignment {
  taskId: string;
  userId: string;
  name: string;
  warnings: string[];
  assignedAt: string;
}
export interface WarehouseItem {
  id: string;
  propertyId: string;
  code: string;
  name: string;
  unit: string;
  stock: number;
  lossFen: number;
  lossPrice: string;
  technical: boolean;
}
export interface MaterialRow {
  itemId: string;
  code: string;
  name: string;
  unit: string;
  technical: boolean;
  checkedOut: number;
  returned: number;
  lost: number;
  outstanding: number;
  lossFen: number;
}

export const moreKeys = {
  statement: (noticeId: string | undefined) => ['meetings', 'more', 'statement', noticeId] as const,
  statementById: (id: string | undefined) => ['meetings', 'more', 'statement-id', id] as const,
  statements: (pid: string | null, unpaid: boolean) => ['meetings', 'more', 'statements', pid, unpaid] as const,
  prices: (pid: string | null) => ['meetings', 'more', 'prices', pid] as const,
  purchases: (noticeId: string) => ['meetings', 'more', 'purchases', noticeId] as const,
  after: (noticeId: string) => ['meetings', 'more', 'after', noticeId] as const,
  attendees: (noticeId: string) => ['meetings', 'more', 'attendees', noticeId] as const,
  page: (noticeId: string) => ['meetings', 'more', 'page', noticeId] as const,
  code: (noticeId: string) => ['meetings', 'more', 'code', noticeId] as const,
  staff: (pid: string | null) => ['meetings', 'more', 'staff', pid] as const,
  shifts: (pid: string | null, from: string, to: string) => ['meetings', 'more', 'shifts', pid, from, to] as const,
  assignments: (noticeId: string) => ['meetings', 'more', 'assignments', noticeId] as const,
  items: (pid: string | null) => ['meetings', 'more', 'items', pid] as const,
  materials: (noticeId: string) => ['meetings', 'more', 'materials', noticeId] as const,
};

export { money, toFen, toYuan } from '@hy/contracts';

/** The notice's fee statement; null while none is drawn up (404). */
export function useStatementOf(noticeId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: moreKeys.statement(noticeId),
    queryFn: async () => {
      try {
        return await api.get<FeeStatement>(`/service-notices/${noticeId}/fee-statement`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled: !!noticeId && enabled,
  });
}
export function usePrices(pid: string | null, enabled = true) {
  return useQuery({
    queryKey: moreKeys.prices(pid),
    queryFn: () => api.get<{ prices: PriceList | null; version: number; updatedAt: string | null }>(`/meeting-price-lists/${pid}`),
    enabled: !!pid && enabled,
  });
}
export function useWarehouseItems(pid: string | null, enabled = true) {
  return useQuery({
    queryKey: moreKeys.items(pid),
    queryFn: () => api.get<{ data: WarehouseItem[] }>(`/warehouse-items${qs({ propertyId: pid })}`),
    enabled: !!pid && enabled,
  });
}
export function useStaff(pid: string | null, enabled = true) {
  return useQuery({
    queryKey: moreKeys.staff(pid),
    queryFn: () => api.get<{ data: StaffMember[] }>(`/staff${qs({ propertyId: pid })}`),
    enabled: !!pid && enabled,
  });
}

/** Downloads a binary (xlsx) response with the session cookie; the name comes from Content-Disposition. */
export async function download(url: string, fallback: string) {
  const res = await fetch(`/api/v1${url}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const problem = await res.json().catch(() => ({ title: `HTTP ${res.status}` }));
    throw new ApiError(res.status, problem);
  }
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/.exec(cd);
  const name = m ? decodeURIComponent(m[1]!) : fallback;
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

/** Uploads a raw .xlsx as the body (the server parses application/vnd…sheet). */
export async function uploadXlsx<T>(url: string, file: File, csrf: string | null | undefined): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  if (csrf) headers['x-csrf-token'] = csrf;
  const res = await fetch(`/api/v1${url}`, { method: 'POST', headers, body: file, credentials: 'same-origin' });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data);
  return data as T;
}
