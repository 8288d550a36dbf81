/**
 * The message book's pure rules (F2): who a message is for, which channels reach them, and when a shift
 * ends (the desk gets the list of undelivered messages shortly before).
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { MessageStatus } from '@hy/contracts';

/** The desk's two shifts change at these hours (local time). */
export const SHIFT_CHANGES = [8, 20] as const;
/** The undelivered list goes out this many minutes before a shift change. */
export const SHIFT_WARNING_MIN = 15;

export const isOpen = (s: MessageStatus) => s !== 'delivered';

/** Status after a notification went out (or not: nobody has an account, the desk must phone). */
export const statusAfterLogging = (notifiedUsers: number): MessageStatus => (notifiedUsers > 0 ? 'notified' : 'logged');

/** SMS for an urgent message as well as e-mail; e-mail only otherwise (the in-app bell always). */
export const channelsFor = (urgent: boolean): ('sms' | 'email')[] => (urgent ? ['sms', 'email'] : ['email']);

/**
 * Whether a user is the recipient: the person the message names (their account), or — for a message left
 * for a company — one of that company's people.
 */
export function isRecipient(
  user: { id: string; organizationId: string | null },
  m: { recipientUserId: string | null; recipientOrganizationId: string | null },
) {
  if (m.recipientUserId && m.recipientUserId === user.id) return true;
  return !!m.recipientOrganizationId && m.recipientOrganizationId === user.organizationId;
}

/** The next end-of-shift warning strictly after `now` (SHIFT_WARNING_MIN before a shift change, in `tz`). */
export function nextShiftWarning(now: Date, tz: string): Date {
  const day = dayjs(now).tz(tz).startOf('day');
  for (let d = 0; d < 2; d++)
    for (const h of SHIFT_CHANGES) {
      const at = day.add(d, 'day').hour(h).subtract(SHIFT_WARNING_MIN, 'minute');
      if (at.valueOf() > now.getTime()) return at.toDate();
    }
  throw new Error('unreachable');
}
