/**
 * The shift handover's pure rules (交接班, F5; seed 002 前台规章制度 "班班有交接，每班有统计"): which shift a
 * handover written now hands over (the desk's day and evening shifts, from the property's start times),
 * who may acknowledge and accept it, and when the supervisor is alerted that it was not taken over in time.
 */
import type { HandoverState, ShiftKind } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';

const MIN = 60_000;
/** A handover written within this long after a shift change still hands over the shift that just ended. */
export const LATE_WRITING_MS = 60 * MIN;

export interface ShiftWindow {
  shift: ShiftKind;
  start: Date;
  end: Date;
}

/** The wall time `hhmm` of the local day `day` (YYYY-MM-DD) in `tz`, as an instant. */
const wall = (day: string, hhmm: string, tz: string) => dayjs.tz(`${day} ${hhmm}`, 'YYYY-MM-DD HH:mm', tz).toDate();

/**
 * The shift holding instant `at`: day from `dayStart` to `eveningStart`, evening from `eveningStart` to the
 * next day's `dayStart`. Start times that do not make a day shift (day ≥ evening) fall back to 08:00/17:00.
 */
export function shiftAt(at: Date, tz: string, dayStart = '08:00', eveningStart = '17:00'): ShiftWindow {
  if (dayStart >= eveningStart) [dayStart, eveningStart] = ['08:00', '17:00'];
  const local = dayjs(at).tz(tz);
  const today = local.format('YYYY-MM-DD');
  const yesterday = local.subtract(1, 'day').format('YYYY-MM-DD');
  const tomorrow = local.add(1, 'day').format('YYYY-MM-DD');
  const d0 = wall(today, dayStart, tz);
  const e0 = wall(today, eveningStart, tz);
  if (at >= d0 && at < e0) return { shift: 'day', start: d0, end: e0 };
  if (at >= e0) return { shift: 'evening', start: e0, end: wall(tomorrow, dayStart, tz) };
  return { shift: 'evening', start: wall(yesterday, eveningStart, tz), end: d0 };
}

/** The shift a handover written at `now` hands over: the current one, or the one that ended within the last hour. */
export const shiftToHandOver = (now: Date, tz: string, dayStart?: string, eveningStart?: string) =>
  shiftAt(new Date(now.getTime() - LATE_WRITING_MS), tz, dayStart, eveningStart);

/**
 * The last shift whose writing time is over at `now` (its end and the hour after it have passed): the shift a
 * missing handover is reported for.
 */
export function lastClosedShift(now: Date, tz: string, dayStart?: string, eveningStart?: string): ShiftWindow {
  const writing = shiftToHandOver(now, tz, dayStart, eveningStart);
  return shiftAt(new Date(writing.start.getTime() - 1), tz, dayStart, eveningStart);
}

interface HandoverLike {
  state: HandoverState;
  writtenBy: string;
}

/** Why `actorId` may not acknowledge an item (null: they may). The writer never takes over their own handover. */
export function ackRefusal(h: HandoverLike, actorId: string, item: { ackedAt: Date | null }) {
  if (h.state !== 'submitted') return 'handover_already_accepted' as const;
  if (h.writtenBy === actorId) return 'handover_own' as const;
  if (item.ackedAt) return 'handover_item_acked' as const;
  return null;
}

/** Why `actorId` may not accept the handover (null: they may): not their own, and every item acknowledged. */
export function acceptRefusal(h: HandoverLike, actorId: string, pending: number) {
  if (h.state !== 'submitted') return 'handover_already_accepted' as const;
  if (h.writtenBy === actorId) return 'handover_own' as const;
  if (pending > 0) return 'handover_items_pending' as const;
  return null;
}

/** When the supervisor is alerted: `ackMinutes` after the shift change, if it is still not accepted by then. */
export const alertAt = (shiftEnd: Date, ackMinutes: number) => new Date(shiftEnd.getTime() + ackMinutes * MIN);

/** The alert is due once: submitted, never alerted, and past the acknowledgement time. */
export const alertDue = (h: { state: HandoverState; alertedAt: Date | null; shiftEnd: Date }, ackMinutes: number, now: Date) =>
  h.state === 'submitted' && !h.alertedAt && now.getTime() >= alertAt(h.shiftEnd, ackMinutes).getTime();

/** A drawn-up item is flagged when it needs attention: past its due time, or an urgent message. */
export const flagged = (due: Date | null, now: Date, urgent = false) => urgent || (!!due && due.getTime() < now.getTime());
