/** The guest-rooms data layer: one key factory (every write refetches the domain), queries and writes. */
import { queryOptions } from '@tanstack/react-query';
import type {
  CheckSheet,
  CheckSheetList,
  GuestRoomList,
  GuestStay,
  KeyRegister,
  LaundryBatch,
  LeftItem,
  LinenStock,
  RoomInspection,
  StrangerReport,
} from '@hy/contracts';
import { api, qs, type Page } from '../../lib/api';

export const guestKeys = { all: ['guest-rooms'] as const };
const k = (...rest: unknown[]) => [...guestKeys.all, ...rest];
type Pid = string | null;

export const roomsQuery = (pid: Pid) =>
  queryOptions({
    queryKey: k('rooms', pid),
    queryFn: () => api.get<GuestRoomList>(`/guest-rooms${qs({ propertyId: pid })}`),
    enabled: !!pid,
  });
export const staysQuery = (pid: Pid, state?: string) =>
  queryOptions({
    queryKey: k('stays', pid, state),
    queryFn: () => api.get<Page<GuestStay>>(`/guest-stays${qs({ propertyId: pid, state, limit: 100 })}`),
    enabled: !!pid,
  });
export const stayQuery = (id: string | null) =>
  queryOptions({ queryKey: k('stay', id), queryFn: () => api.get<GuestStay>(`/guest-stays/${id}`), enabled: !!id });
export const keysQuery = (pid: Pid) =>
  queryOptions({ queryKey: k('keys', pid), queryFn: () => api.get<KeyRegister>(`/guest-keys${qs({ propertyId: pid })}`), enabled: !!pid });
export const linenQuery = (pid: Pid) =>
  queryOptions({ queryKey: k('linen', pid), queryFn: () => api.get<LinenStock>(`/guest-linen${qs({ propertyId: pid })}`), enabled: !!pid });
export const laundryQuery = (pid: Pid) =>
  queryOptions({
    queryKey: k('laundry', pid),
    queryFn: () => api.get<{ data: LaundryBatch[] }>(`/guest-laundry${qs({ propertyId: pid })}`),
    enabled: !!pid,
  });
export const inspectionsQuery = (pid: Pid) =>
  queryOptions({
    queryKey: k('inspections', pid),
    queryFn: () => api.get<{ data: RoomInspection[] }>(`/guest-inspections${qs({ propertyId: pid })}`),
    enabled: !!pid,
  });
export const leftItemsQuery = (pid: Pid) =>
  queryOptions({
    queryKey: k('left-items', pid),
    queryFn: () => api.get<{ data: LeftItem[] }>(`/guest-left-items${qs({ propertyId: pid })}`),
    enabled: !!pid,
  });
export const checkSheetQuery = (pid: Pid, day?: string) =>
  queryOptions({
    queryKey: k('check-sheet', pid, day),
    queryFn: () => api.get<CheckSheet>(`/guest-room-checks/sheet${qs({ propertyId: pid, day })}`),
    enabled: !!pid,
  });
export const checkSheetsQuery = (pid: Pid) =>
  queryOptions({
    queryKey: k('check-sheets', pid),
    queryFn: () => api.get<CheckSheetList>(`/guest-room-checks${qs({ propertyId: pid })}`),
    enabled: !!pid,
  });
export const strangersQuery = (pid: Pid, enabled = true) =>
  queryOptions({
    queryKey: k('strangers', pid),
    queryFn: () => api.get<{ data: StrangerReport[] }>(`/guest-strangers${qs({ propertyId: pid })}`),
    enabled: !!pid && enabled,
  });

export const exportUrls = {
  checkSheet: (pid: Pid, day: string) => `/api/v1/guest-room-checks/sheet/export${qs({ propertyId: pid, day })}`,
  stays: (pid: Pid, from: string, to: string) => `/api/v1/guest-stays/register/export${qs({ propertyId: pid, from, to })}`,
  keys: (pid: Pid) => `/api/v1/guest-keys/export${qs({ propertyId: pid })}`,
  linen: (pid: Pid) => `/api/v1/guest-linen/export${qs({ propertyId: pid })}`,
};

export type Counts = Record<string, number>;
export const write = {
  checkIn: (v: {
    propertyId: Pid;
    hostUnit: string;
    guests: string[];
    contactPhone?: string | null;
    roomType: string;
    roomIds: string[];
    plannedCheckOutOn: string;
    keysPerRoom: number;
    linenPerRoom: Counts;
    handoverNote?: string | null;
  }) => api.post<GuestStay>('/guest-stays', v),
  checkOut: (
    id: string,
    v: {
      rooms: { roomId: string; keysReturned: number; keyOutcome?: string; keyNote?: string | null; linenBack: Counts }[];
      note?: string | null;
    },
  ) => api.post<GuestStay>(`/guest-stays/${id}/check-out`, v),
  status: (id: string, v: { status: string; reason?: string | null }) => api.post(`/guest-rooms/${id}/status`, v),
  inspect: (v: {
    roomId: string;
    damage?: string | null;
    consumables?: string | null;
    remarks?: string | null;
    leftItems: { description: string; valuable: boolean }[];
  }) => api.post<RoomInspection>('/guest-inspections', v),
  cleaned: (id: string) => api.post<RoomInspection>(`/guest-inspections/${id}/cleaned`),
  handIn: (id: string, handedToName: string) => api.post<LeftItem>(`/guest-left-items/${id}/hand-in`, { handedToName }),
  sign: (v: { propertyId: Pid; day: string; lines: { roomId: string; observed: string; note?: string | null }[] }) =>
    api.post<CheckSheet>('/guest-room-checks', v),
  receive: (v: { propertyId: Pid; counts: Counts; note?: string | null }) => api.post('/guest-linen/receive', v),
  laundry: (v: { propertyId: Pid; counts: Counts; note?: string | null }) => api.post<LaundryBatch>('/guest-laundry', v),
  laundryBack: (id: string, v: { counts: Counts; note?: string | null }) => api.post<LaundryBatch>(`/guest-laundry/${id}/return`, v),
  report: (v: {
    propertyId: Pid;
    building: string;
    floor: string;
    place?: string | null;
    seenAt: string;
    description: string;
    photoIds: string[];
  }) => api.post<StrangerReport>('/guest-strangers', v),
  closeReport: (id: string, followUp: string) => api.post<StrangerReport>(`/guest-strangers/${id}/close`, { followUp }),
};
