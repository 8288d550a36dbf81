/**
 * Pure rules of the booking itself (no I/O), tested table-driven in booking.rules.test.ts: the status
 * machine, the span a booking holds, its number.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { BookingStatus } from '@hy/contracts';

export interface Buffers {
  setupMinutes: number;
  cleanupMinutes: number;
}

export const TRANSITIONS: Record<BookingStatus, readonly BookingStatus[]> = {
  requested: ['confirmed', 'rejected', 'cancelled', 'expired'],
  // A confirmed booking that needs approval goes back to requested when its time or venue changes.
  confirmed: ['requested', 'cancelled'],
  rejected: [],
  cancelled: [],
  expired: [],
};
export const canTransition = (from: BookingStatus, to: BookingStatus) => TRANSITIONS[from].includes(to);
export const isActive = (s: BookingStatus) => s === 'requested' || s === 'confirmed';
/** A booking whose end has passed is history: no more changes but staff corrections, no cancelling. */
export const hasEnded = (b: { endAt: Date }, now: Date) => b.endAt.getTime() <= now.getTime();

/** Status after a change: a confirmed booking needing approval whose time or venue moved is requested again. */
export function statusAfterChange(current: BookingStatus, approval: boolean, moved: boolean): BookingStatus {
  return current === 'confirmed' && approval && moved ? 'requested' : current;
}

/** The span a booking holds: setup before the start, cleanup after the end. */
export function holdWindow(start: Date, end: Date, b: Buffers): { from: Date; to: Date } {
  return { from: new Date(start.getTime() - b.setupMinutes * 60_000), to: new Date(end.getTime() + b.cleanupMinutes * 60_000) };
}

/** HY-2026-000123: year in the property's time zone, sequence per property and year. */
export function bookingNumber(timeZone: string, at: Date, seq: number): string {
  return `HY-${dayjs(at).tz(timeZone).format('YYYY')}-${String(seq).padStart(6, '0')}`;
}
export const counterKey = (timeZone: string, at: Date) => `booking:${dayjs(at).tz(timeZone).format('YYYY')}`;
