/**
 * Recurrence (M3), pure: RRULE expansion in the property's wall-clock time, tested table-driven in
 * series.rules.test.ts.
 */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { createRequire } from 'node:module';
import { SERIES_LIMITS, type ProblemField } from '@hy/contracts';
import type { Locale } from '../../../lib/locale.ts';
import { say } from '../../../lib/messages.ts';

const { RRule } = createRequire(import.meta.url)('rrule') as typeof import('rrule');
export interface Occurrence {
  date: string;
  start: Date;
  end: Date;
}
export interface SeriesSpec {
  rrule: string;
  start: Date;
  end: Date;
  timeZone: string;
  exdates: string[];
  skipDates: string[];
}
export interface Expansion {
  occurrences: Occurrence[];
  excluded: Set<string>;
  skipped: Set<string>;
  until: Date | null;
  count: number | null;
}

const floating = (d: Date, timeZone: string) => {
  const l = dayjs(d).tz(timeZone);
  return new Date(Date.UTC(l.year(), l.month(), l.date(), l.hour(), l.minute(), l.second()));
};
const unfloat = (d: Date, timeZone: string) => dayjs.tz(d.toISOString().slice(0, 19).replace('T', ' '), timeZone).toDate();

/**
 * Every occurrence of a series, or the field errors: the rule (FREQ DAILY/WEEKLY/MONTHLY, COUNT
 * or UNTIL, no DTSTART of its own), at most 200 occurrences within 2 years of the first start;
 * exception dates (exdates, skipDates) must be occurrences and listed once across both lists.
 * A date-only UNTIL includes that day.
 */
export function expandSeries(s: SeriesSpec, locale: Locale): Expansion | ProblemField[] {
  const err = (path: string, code: string, zh: string, en: string): ProblemField[] => [{ path, code, message: say({ locale }, zh, en) }];
  let opts: ReturnType<typeof RRule.parseString>;
  try {
    opts = RRule.parseString(s.rrule.replace(/^RRULE:/i, ''));
  } catch (e) {
    return err('rrule', 'invalid', `重复规则无效：${(e as Error).message}`, `Invalid RRULE: ${(e as Error).message}`);
  }
  if (opts.dtstart || opts.tzid)
    return err(
      'rrule',
      'invalid',
      '重复规则不能包含 DTSTART/TZID（由开始时间决定）',
      'No DTSTART/TZID in the rule: the start time sets it',
    );
  if (opts.freq === undefined || opts.freq === null || ![RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY].includes(opts.freq)) {
    return err('rrule', 'unsupported_frequency', '重复频率须为每天、每周或每月', 'FREQ must be DAILY, WEEKLY or MONTHLY');
  }
  if (!opts.count && !opts.until)
    return err('rrule', 'unbounded', '重复规则须指定次数（COUNT）或截止日期（UNTIL）', 'The rule needs COUNT or UNTIL');
  if (opts.until && !/UNTIL=\d{8}T/i.test(s.rrule)) opts.until = new Date(opts.until.getTime() + 86_399_999);
  const dtstart = floating(s.start, s.timeZone);
  const limit = new Date(dtstart);
  limit.setUTCFullYear(limit.getUTCFullYear() + SERIES_LIMITS.maxYears);
  if (opts.until && opts.until > limit)
    return err(
      'rrule',
      'too_long',
      `截止日期最晚为首次会议后 ${SERIES_LIMITS.maxYears} 年`,
      `UNTIL at most ${SERIES_LIMITS.maxYears} years after the first start`,
    );
  const all = new RRule({ ...opts, dtstart }).all((d, i) => i <= SERIES_LIMITS.maxOccurrences && d <= limit);
  if (all.length > SERIES_LIMITS.maxOccurrences)
    return err('rrule', 'too_many', `最多 ${SERIES_LIMITS.maxOccurrences} 次`, `At most ${SERIES_LIMITS.maxOccurrences} occurrences`);
  if (opts.count && all.length < opts.count)
    return err(
      'rrule',
      'too_long',
      `全部场次须在首次会议后 ${SERIES_LIMITS.maxYears} 年内`,
      `All occurrences must fall within ${SERIES_LIMITS.maxYears} years`,
    );
  if (!all.length) return err('rrule', 'empty', '该规则没有任何场次', 'The rule yields no occurrence');
  const duration = s.end.getTime() - s.start.getTime();
  const occurrences = all.map((d) => {
    const start = unfloat(d, s.timeZone);
    return { date: d.toISOString().slice(0, 10), start, end: new Date(start.getTime() + duration) };
  });
  const dates = new Set(occurrences.map((o) => o.date));
  const seen = new Set<string>();
  const fields: ProblemField[] = [];
  for (const [key, list] of [
    ['exdates', s.exdates],
    ['skipDates', s.skipDates],
  ] as const) {
    list.forEach((d, i) => {
      if (seen.has(d)) fields.push(...err(`${key}.${i}`, 'duplicate', `日期 ${d} 重复`, `${d} is listed twice`));
      else if (!dates.has(d))
        fields.push(...err(`${key}.${i}`, 'not_an_occurrence', `${d} 不是该系列的场次`, `${d} is not an occurrence of the series`));
      seen.add(d);
    });
  }
  if (fields.length) return fields;
  return {
    occurrences,
    excluded: new Set(s.exdates),
    skipped: new Set(s.skipDates),
    until: opts.until ? unfloat(opts.until, s.timeZone) : null,
    count: opts.count ?? null,
  };
}
