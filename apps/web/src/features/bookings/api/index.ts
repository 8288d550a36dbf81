/** Bookings API: record shapes, query keys, time-zone helpers and hooks shared by the booking pages. */
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import type {
  BookingApplicationForm,
  BookingChannel,
  BookingPolicies,
  BookingServiceItem,
  BookingStatus,
  Confidentiality,
  Importance,
  Layout,
} from '@hy/contracts';
import { api, qs, ApiError, type Page } from '../../../lib/api';
import { getAll, type Venue } from '../../places/api';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface Booking {
  id: string;
  propertyId: string;
  number: string;
  status: BookingStatus;
  venue: { id: string; name: string | null };
  linkedVenues: { id: string; name: string | null }[];
  startAt: string;
  endAt: string;
  setupMinutes: number;
  cleanupMinutes: number;
  heldFrom: string;
  heldTo: string;
  organizationId: string | null;
  organizerUnit: string;
  contactName: string;
  contactPhone: string;
  topic: string | null;
  notes: string | null;
  setupPlan: string | null;
  application: BookingApplicationForm | null;
  attendeeCount: number;
  layout: Layout | null;
  services: BookingServiceItem[];
  confidentiality: Confidentiality;
  importance: Importance;
  channel: BookingChannel;
  specialSetup: boolean;
  leadTimeOverride: { reason: string; by: string | null } | null;
  createdBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  cancelledBy: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  policies: BookingPolicies;
  /** Set by the series endpoint when the booking is one occurrence of a recurring meeting. */
  seriesId?: string | null;
}

export interface BookingHistoryEvent {
  id: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  at: string;
  changes: Record<string, [unknown, unknown]> | null;
  meta: Record<string, unknown> | null;
}

/** One clashing booking of a 409 booking_conflict (topic/organizer hidden when the user may not see them). */
export interface Conflict {
  id: string;
  number: string;
  venueName: string;
  start: string;
  end: string;
  topic: string | null;
  organizer: string | null;
}

export const bookingKeys = {
  all: ['bookings'] as const,
  list: (params: Record<string, unknown>) => ['bookings', 'list', params] as const,
  board: (pid: string | null, from: string, to: string) => ['bookings', 'board', pid, from, to] as const,
  one: (id: string | null | undefined) => ['bookings', 'one', id] as const,
  history: (id: string | null | undefined) => ['bookings', 'history', id] as const,
  venues: (pid: string | null) => ['bookings', 'venues', pid] as const,
  endpoints: ['bookings', 'endpoints'] as const,
};

// ---------- time: the property's wall clock, whatever the browser's time zone ----------

/** An instant as a browser-local dayjs showing the property's wall-clock time (for pickers and grids). */
export function wall(iso: string | Date, tz: string): Dayjs {
  return dayjs(dayjs(iso).tz(tz).format('YYYY-MM-DDTHH:mm:ss'));
}
/** A wall-clock dayjs (as from a picker) read in the property's time zone, as ISO 8601 with offset. */
export function instant(d: Dayjs, tz: string): string {
  return dayjs.tz(d.format('YYYY-MM-DDTHH:mm:ss'), tz).format();
}
/** 2026-11-24 09:00–10:30 (or across days: … – 2026-11-25 08:00). */
export function span(startIso: string, endIso: string, tz: string): string {
  const s = wall(startIso, tz);
  const e = wall(endIso, tz);
  return s.isSame(e, 'day')
    ? `${s.format('YYYY-MM-DD HH:mm')}–${e.format('HH:mm')}`
    : `${s.format('YYYY-MM-DD HH:mm')} – ${e.format('YYYY-MM-DD HH:mm')}`;
}

// ---------- queries ----------

/** Every venue of the property (the board's rows and the form's choices), sorted by building and code. */
export function useAllVenues(propertyId: string | null) {
  return useQuery({
    queryKey: bookingKeys.venues(propertyId),
    queryFn: async () =>
      (await getAll<Venue>('/venues', { propertyId })).sort(
        (a, b) => a.buildingName.localeCompare(b.buildingName, 'zh-CN') || a.code.localeCompare(b.code),
      ),
    enabled: !!propertyId,
    staleTime: 60_000,
  });
}

export function useBooking(id: string | null | undefined) {
  return useQuery({ queryKey: bookingKeys.one(id), queryFn: () => api.get<Booking>(`/bookings/${id}`), enabled: !!id });
}

export function useBookingHistory(id: string | null | undefined) {
  return useQuery({
    queryKey: bookingKeys.history(id),
    queryFn: () => api.get<{ data: BookingHistoryEvent[] }>(`/bookings/${id}/history`),
    enabled: !!id,
  });
}

export async function listAllBookings(params: Record<string, unknown>): Promise<Booking[]> {
  return getAll<Booking>('/bookings', params);
}

export async function listPage(params: Record<string, unknown>, cursor: string | null): Promise<Page<Booking>> {
  return api.get<Page<Booking>>(`/bookings${qs({ ...params, cursor })}`);
}

/**
 * Which of the newer endpoints the server offers (the board, series, closures, feeds, reports), read
 * once from the OpenAPI document; the pages fall back to the basic list where one is missing.
 */
export interface Endpoints {
  board: boolean;
  series: boolean;
  closures: boolean;
  feeds: boolean;
  bureauReport: boolean;
}
export function useEndpoints() {
  return useQuery({
    queryKey: bookingKeys.endpoints,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<Endpoints> => {
      try {
        const res = await fetch('/api/v1/openapi.json', { credentials: 'same-origin' });
        const doc = (await res.json()) as { paths?: Record<string, unknown> };
        const paths = Object.keys(doc.paths ?? {});
        const has = (p: string) => paths.some((x) => x.replace(/^\/api\/v1/, '') === p);
        return {
          board: has('/bookings/board'),
          series: has('/bookings/series/preview') && has('/bookings/series'),
          closures: paths.some((x) => x.includes('closures')),
          feeds: has('/calendar-feeds'),
          bureauReport: has('/reports/bureau-daily'),
        };
      } catch {
        return { board: false, series: false, closures: false, feeds: false, bureauReport: false };
      }
    },
  });
}

/** Refetches booking queries when the server announces a booking change of this property (SSE → 'hy:live'). */
export function useLiveBookings(propertyId: string | null) {
  const qc = useQueryClient();
  useEffect(() => {
    const on = (ev: Event) => {
      const d = (ev as CustomEvent<{ topic?: string; propertyId?: string }>).detail;
      if (!d?.topic || !(d.topic.startsWith('booking.') || d.topic.startsWith('venue_closure.') || d.topic.startsWith('closure.'))) return;
      if (d.propertyId && propertyId && d.propertyId !== propertyId) return;
      void qc.invalidateQueries({ queryKey: bookingKeys.all });
    };
    window.addEventListener('hy:live', on);
    return () => window.removeEventListener('hy:live', on);
  }, [qc, propertyId]);
}

export const problemOf = (err: unknown) => (err instanceof ApiError ? err.problem : null);
