/**
 * The mail room's pure rules (F4): who may sign for an item, whether it may be handed over, its pigeonhole,
 * when the recipient is told at once, when to remind again, and the month's accuracy.
 */
import type { MailCondition, MailFrequency, MailHandling, MailKind, MailSigner, MailStatus } from '@hy/contracts';
import { MAIL_ACCURACY_TARGET } from '@hy/contracts';
import { pigeonholeOf } from '../directory/directory.rules.ts';

/** Warehouse goods and special equipment: the recipient in person only; everything else also a named proxy. */
export const proxyAllowed = (handling: MailHandling) => handling === 'none';

export type HandOverRefusal = 'mail_not_waiting' | 'mail_damaged_refused' | 'mail_proxy_not_allowed' | null;

/** Why an item may not be handed over to this signer (null: it may). Order matters: state, damage, person. */
export function handOverRefusal(
  item: { status: MailStatus; condition: MailCondition; handling: MailHandling },
  signer: MailSigner,
): HandOverRefusal {
  if (item.condition === 'damaged') return 'mail_damaged_refused';
  if (item.status !== 'waiting') return 'mail_not_waiting';
  if (signer === 'proxy' && !proxyAllowed(item.handling)) return 'mail_proxy_not_allowed';
  return null;
}

/** The status an incoming item is logged in: unknown recipient → 'unknown'; damaged → refused, recipient contacted. */
export function loggedStatus(i: { condition: MailCondition; recipientKnown: boolean }): MailStatus {
  if (!i.recipientKnown) return 'unknown';
  return i.condition === 'damaged' ? 'refused_damaged' : 'waiting';
}

/** 机要 items are always confidential; confidential and important items are announced at once (and marked so). */
export const isConfidential = (kind: MailKind, flagged: boolean) => kind === 'confidential' || flagged;
export const urgentNotice = (i: { important: boolean; confidential: boolean }) => i.important || i.confidential;

/** The A–Z pigeonhole of a recipient: the person's surname, else the unit's name (pinyin), '#' when none. */
export function pigeonholeFor(name: string, person: boolean): string {
  return pigeonholeOf(name, person);
}

/**
 * Whether a waiting item is due for a reminder: important/confidential every 2 hours, the rest once a
 * working morning (every 24 hours), counted from the last notice.
 */
export function reminderDue(
  i: { status: MailStatus; important: boolean; confidential: boolean; lastNoticeAt: Date | null },
  now: Date,
): boolean {
  if (i.status !== 'waiting' || !i.lastNoticeAt) return false;
  const every = urgentNotice(i) ? 2 * 3600_000 : 24 * 3600_000;
  return now.getTime() - i.lastNoticeAt.getTime() >= every;
}

/** The month's accuracy: items handled correctly ÷ items handled, against the 99% line. */
export function accuracy(handled: number, incidents: number) {
  const wrong = Math.min(incidents, handled);
  const correct = handled - wrong;
  const rate = handled > 0 ? correct / handled : null;
  return { handled, incidents, correct, rate, target: MAIL_ACCURACY_TARGET, met: rate === null || rate >= MAIL_ACCURACY_TARGET };
}

/** The register number of an item: SJ (收件) or FJ (发件), the day, a three-digit sequence. */
export const mailNumber = (direction: 'in' | 'out', day: string, seq: number) =>
  `${direction === 'in' ? 'SJ' : 'FJ'}-${day.replace(/-/g, '')}-${String(seq).padStart(3, '0')}`;

// Newspapers and magazines.

/** Whether the issue day fits the frequency: none for daily, a weekday 1–7 (Monday 1) weekly, a day 1–31 monthly. */
export function issueDayFits(frequency: MailFrequency, issueDay: number | null): boolean {
  if (frequency === 'daily') return issueDay === null;
  if (issueDay === null || !Number.isInteger(issueDay) || issueDay < 1) return false;
  return frequency === 'weekly' ? issueDay <= 7 : issueDay <= 31;
}

/**
 * Whether an issue is due on a day (YYYY-MM-DD): daily always; weekly on its weekday; monthly on its day,
 * or on the month's last day when the month is shorter (a title out on the 31st comes on 30 April).
 */
export function issueDue(s: { frequency: MailFrequency; issueDay: number | null }, day: string): boolean {
  if (s.frequency === 'daily') return true;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (s.frequency === 'weekly') return (date.getUTCDay() || 7) === s.issueDay;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === Math.min(s.issueDay ?? 1, last);
}

/** A count's difference from the copies expected: negative copies short, positive copies extra. */
export const discrepancy = (expected: number, received: number) => received - expected;

/** A month's checks summed: discrepancies, copies short and extra, per carrier (carriers with discrepancies first). */
export function checksSummary(checks: { carrier: string | null; expected: number; received: number }[], noCarrier = '—') {
  const byCarrier = new Map<string, { carrier: string; checks: number; discrepancies: number; short: number; extra: number }>();
  const total = { checks: 0, discrepancies: 0, short: 0, extra: 0 };
  for (const c of checks) {
    const key = c.carrier?.trim() || noCarrier;
    const row = byCarrier.get(key) ?? { carrier: key, checks: 0, discrepancies: 0, short: 0, extra: 0 };
    const d = discrepancy(c.expected, c.received);
    for (const r of [row, total]) {
      r.checks += 1;
      if (d !== 0) r.discrepancies += 1;
      if (d < 0) r.short -= d;
      if (d > 0) r.extra += d;
    }
    byCarrier.set(key, row);
  }
  const carriers = [...byCarrier.values()].sort((a, b) => b.discrepancies - a.discrepancies || a.carrier.localeCompare(b.carrier));
  return { ...total, byCarrier: carriers };
}

/** The `n` months ending with `last` (YYYY-MM), oldest first. */
export function monthsEnding(last: string, n: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const t = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** The accuracy of each month from per-month counts (months without items: rate null, met). */
export function accuracyTrend(months: string[], handled: Map<string, number>, incidents: Map<string, number>) {
  return months.map((month) => ({ month, ...accuracy(handled.get(month) ?? 0, incidents.get(month) ?? 0) }));
}
