/** Labels and colours of meeting services: departments, readiness, live status (the tags themselves are in status/). */
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { SERVING_ORDER_ZH, type Department, type LiveStatus } from '@hy/contracts';
import type { NoticeDepartment } from './api';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEPT_COLORS: Record<Department, string> = {
  engineering_av: '#1677ff',
  security: '#d4380d',
  meeting_staff: '#389e0d',
  cleaning: '#08979c',
};
export const LIVE_COLORS: Record<LiveStatus, string> = {
  preparing: 'orange',
  ready: 'green',
  in_progress: 'processing',
  ended: 'default',
  cancelled: 'default',
  on_hold: 'warning',
};

/** An instant in the property's time zone. */
export const fmtAt = (iso: string | null | undefined, tz: string, f = 'MM-DD HH:mm') => (iso ? dayjs(iso).tz(tz).format(f) : '—');

export type ReadinessState = 'none' | 'open' | 'ready' | 'verified' | 'late';
export function readinessOf(d: Pick<NoticeDepartment, 'readyAt' | 'verifiedAt' | 'readyLate'> | undefined): ReadinessState {
  if (!d) return 'none';
  if (d.verifiedAt) return 'verified';
  if (d.readyAt) return 'ready';
  return d.readyLate ? 'late' : 'open';
}
/** What the readiness tags need of a department: the notice's own, or a report row's. */
export type DeptReadiness = Pick<NoticeDepartment, 'department' | 'done' | 'total' | 'readyAt' | 'verifiedAt' | 'readyLate'>;

/** Serving order lines: the seed's Chinese text, or the translation when it is the standard text. */
export function useServingOrder() {
  const { t } = useTranslation('meetings');
  return (lines: readonly string[]) =>
    lines.map((l) => {
      const i = (SERVING_ORDER_ZH as readonly string[]).indexOf(l);
      return i >= 0 ? t(`serving.l${i + 1}`) : l;
    });
}
