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
