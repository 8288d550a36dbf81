import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandSeries, type Expansion } from './series.rules.ts';

const at = (s: string) => new Date(s);

test('series expansion: weekly rule in local time, exceptions, limits', () => {
  const base = {
    start: at('2026-06-01T09:00:00+08:00'),
    end: at('2026-06-01T10:30:00+08:00'),
    timeZone: 'Asia/Shanghai',
    exdates: [] as string[],
    skipDates: [] as string[],
  };
  const ok = expandSeries(
    { ...base, rrule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', exdates: ['2026-06-08'], skipDates: ['2026-06-15'] },
    'en-US',
  ) as Expansion;
  assert.deepEqual(
    ok.occurrences.map((o) => [o.date, o.start.toISOString(), o.end.toISOString()]),
    [
      ['2026-06-01', '2026-06-01T01:00:00.000Z', '2026-06-01T02:30:00.000Z'],
      ['2026-06-08', '2026-06-08T01:00:00.000Z', '2026-06-08T02:30:00.000Z'],
      ['2026-06-15', '2026-06-15T01:00:00.000Z', '2026-06-15T02:30:00.000Z'],
      ['2026-06-22', '2026-06-22T01:00:00.000Z', '2026-06-22T02:30:00.000Z'],
    ],
  );
  assert.deepEqual([...ok.excluded, ...ok.skipped], ['2026-06-08', '2026-06-15']);
  const until = expandSeries({ ...base, rrule: 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20260610' }, 'en-US') as Expansion;
  assert.deepEqual(
    until.occurrences.map((o) => o.date),
    ['2026-06-01', '2026-06-03', '2026-06-08', '2026-06-10'],
    'a date-only UNTIL includes its day',
  );
  const errs = (rrule: string, over: Partial<typeof base> = {}) =>
    (expandSeries({ ...base, ...over, rrule }, 'en-US') as { path: string; code: string }[]).map((f) => `${f.path}:${f.code}`);
  assert.deepEqual(errs('FREQ=WEEKLY'), ['rrule:unbounded']);
  assert.deepEqual(errs('FREQ=HOURLY;COUNT=3'), ['rrule:unsupported_frequency']);
  assert.deepEqual(errs('nonsense'), ['rrule:invalid']);
  assert.deepEqual(errs('FREQ=DAILY;COUNT=201'), ['rrule:too_many']);
  assert.deepEqual(errs('FREQ=MONTHLY;COUNT=30'), ['rrule:too_long']);
  assert.deepEqual(errs('FREQ=WEEKLY;UNTIL=20280602'), ['rrule:too_long']);
  assert.deepEqual(
    errs('FREQ=WEEKLY;BYDAY=MO;COUNT=3', { exdates: ['2026-06-08', '2026-06-08', '2026-06-09'], skipDates: ['2026-06-08'] }),
    ['exdates.1:duplicate', 'exdates.2:not_an_occurrence', 'skipDates.0:duplicate'],
  );
  assert.equal((expandSeries({ ...base, rrule: 'FREQ=DAILY;COUNT=200' }, 'en-US') as Expansion).occurrences.length, 200);
});
