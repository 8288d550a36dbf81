/** A percentage with `digits` decimals, or a dash when there was nothing to measure. */
export const pct = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : `${v.toFixed(digits)}%`);
