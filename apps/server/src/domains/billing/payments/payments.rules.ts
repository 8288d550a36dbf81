/** Pure rules of payments and receipts: what may be paid, the receipt number. */

/** SJ-YYYY-NNNNNN: one unbroken sequence per property and year. */
export const receiptNumber = (year: number, n: number) => `SJ-${year}-${String(n).padStart(6, '0')}`;

/** Why a payment is refused (null when it may be taken): never more than is outstanding, never on a paid notice. */
export function paymentRefusal(outstandingFen: number, amountFen: number): 'notice_paid' | 'payment_exceeds_due' | null {
  if (outstandingFen <= 0) return 'notice_paid';
  if (amountFen > outstandingFen) return 'payment_exceeds_due';
  return null;
}
