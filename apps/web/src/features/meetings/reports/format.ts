/** Numbers and colours of the meeting reports. */
export const COLORS = ['#1677ff', '#52c41a', '#faad14', '#13c2c2', '#722ed1', '#eb2f96', '#fa541c'];
export const RATING_COLORS = ['#cf1322', '#fa8c16', '#fadb14', '#73d13d', '#389e0d'];
export const checkColor = { ok: 'success', problem: 'error', missed: 'warning', pending: 'default' } as const;

/** A percentage with one decimal, or a dash when there was nothing to count. */
export const pctText = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(1)}%`);
/** Hours with up to two decimals. */
export const hoursText = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100));
/** Fen as a number of 元 for the charts. */
export const yuanOf = (fen: number) => Math.round(fen) / 100;
