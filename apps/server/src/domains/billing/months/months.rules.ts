/**
 * Month rules (pure): the signing order of the receivables (CS manager → general manager → finance manager),
 * which role signs which step, and the draw day of a month.
 */
import type { Role, SignStep } from '@hy/contracts';
import { SIGN_STEPS } from '@hy/contracts';

export const STEP_ROLE: Record<SignStep, Role> = {
  cs_manager: 'cs_supervisor',
  general_manager: 'general_manager',
  finance_manager: 'finance_manager',
};

/** The next step to sign given the live (unvoided) steps; null when all three signed. */
export const nextStep = (signed: SignStep[]): SignStep | null => SIGN_STEPS.find((s) => !signed.includes(s)) ?? null;

export type SignVerdict =
  { ok: true; step: SignStep } | { ok: false; code: 'forbidden' | 'billing_sign_out_of_order' | 'billing_sign_step_done' };

/**
 * Which step the signer may sign now: the next step if they hold its role; a step already signed → step_done;
 * a later step of theirs → out of order; no signing role at all → forbidden.
 */
export function signVerdict(roles: Role[], signed: SignStep[]): SignVerdict {
  const next = nextStep(signed);
  if (next && roles.includes(STEP_ROLE[next])) return { ok: true, step: next };
  const mine = SIGN_STEPS.filter((s) => roles.includes(STEP_ROLE[s]));
  if (!mine.length) return { ok: false, code: 'forbidden' };
  if (mine.every((s) => signed.includes(s))) return { ok: false, code: 'billing_sign_step_done' };
  return { ok: false, code: 'billing_sign_out_of_order' };
}

/** The day a month is drawn up: its draw day (setting billing.drawDay, 1–28). */
export const drawDayOf = (month: string, drawDay: number) => `${month}-${String(drawDay).padStart(2, '0')}`;

/** Whether the month is due to be drawn on `today` (a local day). */
export const drawDue = (month: string, drawDay: number, today: string) => today >= drawDayOf(month, drawDay);
