/** Pure rules of dunning: the day each step falls due after the due day; the step an account has reached. */
import type { DunningStepCode } from '@hy/contracts';
import { DUNNING_STEPS } from '@hy/contracts';

export interface DunningDays {
  reminderDays: number;
  noticeDays: number;
  visitDays: number;
  escalateDays: number;
}

const plus = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);

/** Each step's day: the due day plus its setting. */
export function dunningSchedule(dueOn: string, s: DunningDays): { step: DunningStepCode; dueOn: string }[] {
  const days: Record<DunningStepCode, number> = {
    reminder: s.reminderDays,
    notice: s.noticeDays,
    visit: s.visitDays,
    escalation: s.escalateDays,
  };
  return DUNNING_STEPS.map((step) => ({ step, dueOn: plus(dueOn, days[step]) }));
}

/** The furthest step fired, or null. */
export function reachedStep(steps: { step: DunningStepCode; firedAt: Date | string | null }[]): DunningStepCode | null {
  let last: DunningStepCode | null = null;
  for (const code of DUNNING_STEPS) if (steps.some((s) => s.step === code && s.firedAt)) last = code;
  return last;
}

/** Steps staff record by hand (the printed letter delivered, the visit's outcome, the managers' follow-up). */
export const recordable = (step: DunningStepCode) => step !== 'reminder';
