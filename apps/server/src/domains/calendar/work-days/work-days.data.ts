/**
 * Built-in Chinese public holidays and 调休 make-up working days, taken from the `chinese-days`
 * package (State Council arrangements; the installed version covers 2004–2026).
 *
 * - Statutory rest days become { kind: 'holiday', name: '春节' | '国庆节' | … }.
 * - Make-up working days (weekend days that are worked) become { kind: 'workday', name: '春节调休' }.
 * Admin-entered overrides (e.g. later years) are layered on top with `mergeOverrides`.
 */
import chineseDays from 'chinese-days';
import type { DayOverride } from './work-days.rules.ts';

const PROBE_FROM = 1990;
const PROBE_TO = 2100;
const DAY_MS = 86_400_000;

/** Package short names → the names used in the State Council notices. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
};

/**
 * Chinese holiday name of a package entry ("Spring Festival,春节,4"), or null when the date is not
 * in the package's holiday/make-up tables (plain days are named after their weekday: "Monday").
 */
function chineseName(detailName: string): string | null {
  const parts = detailName.split(',');
  if (parts.length < 2) return null;
  const cn = parts[1]!.trim();
  return DISPLAY_NAMES[cn] ?? cn;
}

let yearsCache: number[] | undefined;
let overridesCache: Map<string, DayOverride> | undefined;

/** Years for which the package has an official arrangement (New Year's Day is always a holiday). */
export function builtinYears(): number[] {
  if (!yearsCache) {
    const years: number[] = [];
    for (let y = PROBE_FROM; y <= PROBE_TO; y++) {
      if (chineseName(chineseDays.getDayDetail(`${y}-01-01`).name) !== null) years.push(y);
    }
    yearsCache = years;
  }
  return [...yearsCache];
}

/** Every built-in holiday and make-up working day, keyed 'YYYY-MM-DD'. Memoized; returns a copy. */
export function builtinOverrides(): Map<string, DayOverride> {
  if (!overridesCache) {
    const map = new Map<string, DayOverride>();
    const years = builtinYears();
    if (years.length > 0) {
      // Scan a month either side: arrangements can spill into adjacent years (e.g. 元旦 on 12-31).
      const from = Date.UTC(years[0]!, 0, 1) - 31 * DAY_MS;
      const to = Date.UTC(years[years.length - 1]!, 11, 31) + 31 * DAY_MS;
      for (let t = from; t <= to; t += DAY_MS) {
        const date = new Date(t).toISOString().slice(0, 10);
        const detail = chineseDays.getDayDetail(date);
        const name = chineseName(detail.name);
        if (name === null) continue;
        const entry: DayOverride = detail.work ? { kind: 'workday', name: `${name}调休` } : { kind: 'holiday', name };
        map.set(date, Object.freeze(entry));
      }
    }
    overridesCache = map;
  }
  return new Map(overridesCache);
}
