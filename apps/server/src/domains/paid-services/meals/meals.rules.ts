/**
 * Pure rules of meals (送客餐服务): the property's local day and clock, whether orders for a day are still open
 * (until the cut-off on the day itself), late delivery, the menu week (Monday) and the weekday reminders
 * (the menu every Friday, the opinions every Thursday).
 */
import type { MealOrderState } from '@hy/contracts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';

export const localDay = (now: Date, tz: string) => dayjs(now).tz(tz).format('YYYY-MM-DD');
export const localHHmm = (now: Date, tz: string) => dayjs(now).tz(tz).format('HH:mm');
/** ISO weekday 1 (Monday) … 7 (Sunday) of a local day. */
export const isoWeekday = (day: string) => {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
};
export const weekStartOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (isoWeekday(day) - 1));
  return d.toISOString().slice(0, 10);
};
export const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Orders for `day` are open: a later day always, today until the cut-off (HH:mm, exclusive), a past day never. */
export function orderOpen(day: string, now: Date, tz: string, cutoff: string) {
  const today = localDay(now, tz);
  if (day > today) return true;
  if (day < today) return false;
  return localHHmm(now, tz) < cutoff;
}

/** Delivered after the deliver-by time of its day (or on a later day). */
export function deliveredLate(deliveredAt: Date, day: string, tz: string, deliverBy: string) {
  const d = localDay(deliveredAt, tz);
  if (d !== day) return d > day;
  return localHHmm(deliveredAt, tz) > deliverBy;
}

export const MEAL_STEPS: Record<'check' | 'deliver' | 'sign', readonly MealOrderState[]> = {
  check: ['ordered', 'redo'],
  deliver: ['passed'],
  sign: ['delivered'],
};
export const mealStepAllowed = (step: keyof typeof MEAL_STEPS, state: MealOrderState) => MEAL_STEPS[step].includes(state);

/** The weekday reminders: Friday → agree next week's menu, Thursday → ask the tenants' opinions. */
export function weekdayReminder(day: string): 'menu' | 'opinions' | null {
  const w = isoWeekday(day);
  return w === 5 ? 'menu' : w === 4 ? 'opinions' : null;
}

/** The ISO week of a day as 'YYYY-Www' (the weekly opinions' period). */
export function isoWeekLabel(day: string) {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 4 - isoWeekday(day));
  const y = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 + 1) / 7);
  return `${y}-W${String(week).padStart(2, '0')}`;
}
