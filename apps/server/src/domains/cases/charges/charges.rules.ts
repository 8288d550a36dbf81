/** Paid repairs (S6, pure): money in fen shown as yuan. */

/** 金额 in fen as yuan text (1234 → '12.34'). */
export const yuan = (fen: number) =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
