/**
 * The pure rules of an event's catering (M13): the default meals of a day, the live headcount of a meal from the
 * guest figures, its state, when its count goes to the caterer, whether a real count may be signed, what it costs.
 */
import type { MealKind, MealState, MealStyle } from '@hy/contracts';

/** The default meals of every event day: morning tea, lunch, afternoon tea, dinner. */
export const DEFAULT_MEALS: { kind: MealKind; time: string; style: MealStyle }[] = [
  { kind: 'tea', time: '10:15', style: 'tea' },
  { kind: 'lunch', time: '12:00', style: 'buffet' },
  { kind: 'tea', time: '15:30', style: 'tea' },
  { kind: 'dinner', time: '18:00', style: 'table' },
];

export const KIND_ZH: Record<MealKind, string> = { tea: '茶歇', breakfast: '早餐', lunch: '午餐', dinner: '晚餐' };
export const KIND_EN: Record<MealKind, string> = { tea: 'Tea break', breakfast: 'Breakfast', lunch: 'Lunch', dinner: 'Dinner' };
export const STYLE_ZH: Record<MealStyle, string> = { buffet: '自助', table: '桌餐', boxed: '盒饭', tea: '茶歇' };
export const STYLE_EN: Record<MealStyle, string> = { buffet: 'Buffet', table: 'Table', boxed: 'Boxed', tea: 'Tea break' };

export interface Figures {
  perDay: Record<string, number>;
  perMeal: Record<string, { people: number; dietary: Record<string, number> }>;
}

/** The registered people of a meal and their dietary needs (without 'none'); a tea break counts the day's attendance. */
export function headcount(f: Figures, day: string, kind: MealKind): { registered: number; dietary: Record<string, number> } {
  if (kind === 'tea') return { registered: f.perDay[day] ?? 0, dietary: {} };
  const m = f.perMeal[`${day}:${kind}`];
  if (!m) return { registered: 0, dietary: {} };
  const dietary = Object.fromEntries(Object.entries(m.dietary).filter(([k, n]) => k !== 'none' && n > 0));
  return { registered: m.people, dietary };
}

export function stateOf(m: { signedAt: Date | null; orderedAt: Date | null }): MealState {
  return m.signedAt ? 'served' : m.orderedAt ? 'ordered' : 'planned';
}

/** The count a meal is paid by: the signed real count, else the count sent, else the planned one. */
export const coversOf = (m: { actualCount: number | null; orderedCount: number | null }, planned: number) =>
  m.actualCount ?? m.orderedCount ?? planned;

/** Whether the count of a meal starting at `startsAt` is due to the caterer at `now` (`hours` before). */
export const countDue = (startsAt: Date, hours: number, now: Date) => now.getTime() >= startsAt.getTime() - hours * 3_600_000;

/** Why a real count may not be signed now, or null. */
export function signProblem(
  m: { signedAt: Date | null; startsAt: Date },
  now: Date,
): 'meal_already_signed' | 'meal_count_before_meal' | null {
  if (m.signedAt) return 'meal_already_signed';
  if (now.getTime() < m.startsAt.getTime()) return 'meal_count_before_meal';
  return null;
}

/** 'YYYY-MM-DD' within [from, to]. */
export const dayWithin = (d: string, from: string, to: string) => d >= from && d <= to;
