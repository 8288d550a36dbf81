/** Pure rules of the collection rate: 收费率 = received ÷ receivable, 户收费率 = households paid ÷ households charged. */

/** A percentage with one decimal; null when nothing was charged. */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export function collectionRates(s: { receivableFen: number; receivedFen: number; householdsCharged: number; householdsPaid: number }) {
  return { ratePercent: percent(s.receivedFen, s.receivableFen), householdRatePercent: percent(s.householdsPaid, s.householdsCharged) };
}

/** The days a month's rate is computed for: from its notice day to `today` (inclusive), at most `limit` days back. */
export function snapshotDays(noticeDay: string, today: string, limit = 400): string[] {
  const out: string[] = [];
  const start = Math.max(Date.parse(noticeDay), Date.parse(today) - (limit - 1) * 86_400_000);
  for (let t = start; t <= Date.parse(today); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
