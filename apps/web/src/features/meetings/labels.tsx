/** Tags and labels of meeting services: departments, readiness, live status, checks. */
import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled, SafetyCertificateFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { DEPARTMENTS, SERVING_ORDER_ZH, type Department, type LiveStatus } from '@hy/contracts';
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

export function LiveTag({ status }: { status: LiveStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={LIVE_COLORS[status]} data-testid="live-status" data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`live.${status}`)}
    </Tag>
  );
}

export type ReadinessState = 'none' | 'open' | 'ready' | 'verified' | 'late';
export function readinessOf(d: Pick<NoticeDepartment, 'readyAt' | 'verifiedAt' | 'readyLate'> | undefined): ReadinessState {
  if (!d) return 'none';
  if (d.verifiedAt) return 'verified';
  if (d.readyAt) return 'ready';
  return d.readyLate ? 'late' : 'open';
}
const STATE_COLOR: Record<ReadinessState, string> = {
  none: 'default',
  open: 'default',
  ready: 'processing',
  verified: 'success',
  late: 'error',
};
const STATE_ICON: Record<ReadinessState, ReactNode> = {
  none: null,
  open: <ClockCircleOutlined />,
  ready: <CheckCircleFilled />,
  verified: <SafetyCertificateFilled />,
  late: <ExclamationCircleFilled />,
};

/** One department's readiness as a coloured tag (grey preparing, blue reported, green verified, red late). */
/** What the readiness tags need of a department: the notice's own, or a report row's. */
export type DeptReadiness = Pick<NoticeDepartment, 'department' | 'done' | 'total' | 'readyAt' | 'verifiedAt' | 'readyLate'>;

export function DeptReadyTag({ department, d }: { department: Department; d: DeptReadiness | undefined }) {
  const { t } = useTranslation('meetings');
  const s = readinessOf(d);
  const tip = `${t(`dept.${department}`)} · ${t(`readiness.${s}`)}${d ? ` · ${d.done}/${d.total}` : ''}`;
  return (
    <Tooltip title={tip}>
      <Tag
        color={STATE_COLOR[s]}
        icon={STATE_ICON[s]}
        style={{ marginInlineEnd: 4, paddingInline: 5, opacity: s === 'none' ? 0.45 : 1 }}
        data-testid="dept-ready"
        data-dept={department}
        data-state={s}
      >
        <span style={{ borderLeft: `3px solid ${DEPT_COLORS[department]}`, paddingLeft: 4 }}>{t(`dept.short.${department}`)}</span>
      </Tag>
    </Tooltip>
  );
}

export function DeptReadyTags({ departments }: { departments: DeptReadiness[] }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {DEPARTMENTS.map((dep) => (
        <DeptReadyTag key={dep} department={dep} d={departments.find((x) => x.department === dep)} />
      ))}
    </span>
  );
}

/** Serving order lines: the seed's Chinese text, or the translation when it is the standard text. */
export function useServingOrder() {
  const { t } = useTranslation('meetings');
  return (lines: readonly string[]) =>
    lines.map((l) => {
      const i = (SERVING_ORDER_ZH as readonly string[]).indexOf(l);
      return i >= 0 ? t(`serving.l${i + 1}`) : l;
    });
}
