/** Money is kept in fen (integer) everywhere; these turn it into the yuan people read. */

/** 金额 in fen as yuan text without grouping: 123450 → '1234.50', -5 → '-0.05'. */
export const yuan = (fen: number) =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** '¥1,234.50' from fen, '—' when there is none. */
export function money(fen: number | null | undefined) {
  if (fen === null || fen === undefined) return '—';
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** 元 (a number with two decimals, as an input holds it) → fen. */
export const toFen = (yuanValue: number | null | undefined) => Math.round((yuanValue ?? 0) * 100);
/** fen → 元 as a number (for inputs and charts). */
export const toYuan = (fen: number | null | undefined) => Math.round(fen ?? 0) / 100;
