/**
 * Pricing rules of fee items (pure): quantities come with two decimals (㎡, tonnes), prices in whole fen; the
 * exact amount is rounded half-up to a whole fen, jiao (10 fen) or yuan (100 fen) as the item says.
 */
import type { FeeRounding } from '@hy/contracts';

const STEP: Record<FeeRounding, number> = { fen: 1, jiao: 10, yuan: 100 };

/** A quantity with up to two decimals as a whole number of hundredths (120.5 → 12050). */
export const hundredths = (q: number) => Math.round(q * 100);

/** Rounds an amount given in hundredths of a fen, half-up, to the rounding's step; returns whole fen. */
export function roundHundredthsOfFen(h: number, rounding: FeeRounding): number {
  if (!Number.isInteger(h) || h < 0) throw new RangeError('amount');
  const d = 100 * STEP[rounding];
  return Math.floor((h + d / 2) / d) * STEP[rounding];
}

/** Management fee: billing area (㎡, 2 decimals) × unit price (fen per ㎡·月) + surcharge (fen), rounded. */
export const areaAmount = (areaSqm: number, unitPriceFen: number, surchargeFen: number, rounding: FeeRounding) =>
  roundHundredthsOfFen(hundredths(areaSqm) * unitPriceFen + surchargeFen * 100, rounding);

/** Consumption between two readings (2 decimals, never negative). */
export const consumption = (previous: number, current: number) => {
  const c = hundredths(current) - hundredths(previous);
  if (c < 0) throw new RangeError('current below previous');
  return c / 100;
};

/** Metered fee: consumption × price per unit (fen) + surcharge, rounded. */
export const meterAmount = (previous: number, current: number, unitPriceFen: number, surchargeFen: number, rounding: FeeRounding) =>
  roundHundredthsOfFen(hundredths(consumption(previous, current)) * unitPriceFen + surchargeFen * 100, rounding);
