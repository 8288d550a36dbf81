/**
 * The applications' state machine (T1), pure: which verb moves which state where, who may use it, what
 * may be added on the way (violations, postponements, the hand-over checklist), and the deposit in
 * Chinese capital numerals (大写) as the printed form shows it.
 */
import type { ApplicationAction, ApplicationKindCode, ApplicationStateCode } from '@hy/contracts';

/** verb → [from states, to state] */
export const TRANSITIONS: Record<ApplicationAction, [readonly ApplicationStateCode[], ApplicationStateCode]> = {
  approve: [['submitted'], 'approved'],
  reject: [['submitted'], 'rejected'],
  start: [['approved'], 'in_progress'],
  finish: [['in_progress'], 'awaiting_acceptance'],
  accept: [['awaiting_acceptance'], 'accepted'],
  fail: [['awaiting_acceptance'], 'failed'],
};

/** The state a verb leads to from `state`, or null when it is not allowed there. */
export function nextState(state: ApplicationStateCode, action: ApplicationAction): ApplicationStateCode | null {
  const [from, to] = TRANSITIONS[action];
  return from.includes(state) ? to : null;
}

/** The decisions (approve, reject, accept, fail) need tenants.applications.decide; start and finish need tenants.manage. */
export const DECISIONS: readonly ApplicationAction[] = ['approve', 'reject', 'accept', 'fail'];

/** Violations and postponements are recorded while the work is approved or going on. */
export const mayNote = (state: ApplicationStateCode) => state === 'approved' || state === 'in_progress' || state === 'awaiting_acceptance';

/** The hand-over checklist belongs to move-in and move-out, filled from approval until the acceptance. */
export const mayChecklist = (kind: ApplicationKindCode, state: ApplicationStateCode) =>
  kind !== 'fit_out' && (state === 'approved' || state === 'in_progress' || state === 'awaiting_acceptance');

/** The end date after postponements: the latest new end date, else the planned end. */
export function effectiveEnd(plannedEnd: string, postponements: readonly { newEndDate: string | null }[]) {
  return postponements.reduce((end, p) => (p.newEndDate && p.newEndDate > end ? p.newEndDate : end), plannedEnd);
}

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL = ['', '拾', '佰', '仟'];
const BIG = ['', '万', '亿'];

/** An amount in fen as Chinese capital numerals, the way a receipt writes it: 12345.60 元 → 壹万贰仟叁佰肆拾伍元陆角整. */
export function rmbInWords(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) throw new RangeError('fen');
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cent = fen % 10;
  let out = '';
  if (yuan > 0) {
    const groups: number[] = [];
    for (let y = yuan; y > 0; y = Math.floor(y / 10000)) groups.push(y % 10000);
    let zero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const n = groups[g]!;
      if (n === 0) {
        zero = out !== '';
        continue;
      }
      if (zero || (out !== '' && n < 1000)) out += '零';
      zero = false;
      let inner = '';
      let innerZero = false;
      for (let i = 3; i >= 0; i--) {
        const d = Math.floor(n / 10 ** i) % 10;
        if (d === 0) {
          innerZero = inner !== '';
        } else {
          if (innerZero) inner += '零';
          innerZero = false;
          inner += DIGITS[d]! + SMALL[i]!;
        }
      }
      out += inner + BIG[g]!;
    }
    out += '元';
  }
  if (jiao === 0 && cent === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cent > 0) out += `${DIGITS[cent]}分`;
  else out += '整';
  return out;
}
