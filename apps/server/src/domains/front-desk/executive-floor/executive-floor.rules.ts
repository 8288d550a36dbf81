/** The executive floor's pure rules: where a request goes, its window, its steps, when it is late, the thermos round. */
import { EXEC_KIND_DEPARTMENT, type ExecDepartment, type ExecRequestKind, type ExecRequestStatus } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';

export const departmentFor = (kind: ExecRequestKind, chosen?: ExecDepartment | null): ExecDepartment =>
  chosen ?? EXEC_KIND_DEPARTMENT[kind];

/** A window is optional; given, it ends after it starts. */
export const windowValid = (from: Date | null, to: Date | null) => !from || !to || to.getTime() > from.getTime();

export type ExecAction = 'accept' | 'complete' | 'cancel';
const NEXT: Record<ExecAction, { from: readonly ExecRequestStatus[]; to: ExecRequestStatus }> = {
  accept: { from: ['open'], to: 'accepted' },
  complete: { from: ['open', 'accepted'], to: 'done' },
  cancel: { from: ['open', 'accepted'], to: 'cancelled' },
};
/** The status after an action, or null when the action is not allowed now. */
export const nextStatus = (status: ExecRequestStatus, action: ExecAction): ExecRequestStatus | null =>
  NEXT[action].from.includes(status) ? NEXT[action].to : null;

export const isOverdue = (r: { status: ExecRequestStatus; dueAt: Date }, now: Date) =>
  (r.status === 'open' || r.status === 'accepted') && r.dueAt.getTime() < now.getTime();

/** The morning thermos change: made from 07:00, due by 08:30 (before work starts), on working days. */
export const THERMOS = { createFrom: '07:00', due: '08:30' } as const;

/** The thermos round of the local day of `now`: its due time and whether it is time to make it. */
export function thermosRound(now: Date, tz: string) {
  const local = dayjs(now).tz(tz);
  const day = local.format('YYYY-MM-DD');
  const at = (hm: string) => dayjs.tz(`${day} ${hm}`, tz).toDate();
  return { day, dueAt: at(THERMOS.due), due: now.getTime() >= at(THERMOS.createFrom).getTime() };
}
