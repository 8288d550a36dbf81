/**
 * Lending's pure rules (F3): the due time a loan is offered, when it is overdue, what a return does to the
 * stock (back on the shelf when fine; written off when damaged or lost, which needs a note).
 */
import type { LoanCondition } from '@hy/contracts';

const HOUR = 3_600_000;

/** The due time: the one asked for, else the item's loan period after the loan. */
export const dueTime = (lentAt: Date, loanHours: number, asked?: Date) => asked ?? new Date(lentAt.getTime() + loanHours * HOUR);

/** A due time must come after the loan itself. */
export const dueValid = (lentAt: Date, dueAt: Date) => dueAt.getTime() > lentAt.getTime();

export const isOverdue = (l: { returnedAt: Date | null; dueAt: Date }, now: Date) => !l.returnedAt && l.dueAt.getTime() < now.getTime();

/** How a return changes the stock: back to available when fine; written off the total when damaged or lost. */
export function returnEffect(condition: LoanCondition, quantity: number): { available: number; total: number } {
  return condition === 'ok' ? { available: quantity, total: 0 } : { available: 0, total: -quantity };
}

export const returnNeedsNote = (condition: LoanCondition, note: string | null | undefined) => condition !== 'ok' && !note?.trim();

/** A new total may not fall below what is lent out now (total − available). */
export const totalAllowed = (item: { total: number; available: number }, newTotal: number) => newTotal >= item.total - item.available;
