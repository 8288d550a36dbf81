import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, isoWeek, quarterMonths, quarterOf, weekMonday } from '@hy/contracts';
import { dayPeriod, isoWeekOf, localDate, localMonth, monthPeriod, startOfLocalDay, weekPeriod } from './periods.ts';
import { at } from '../test/builders.ts';

const TZ = 'Asia/Shanghai';
const d = (s: string) => new Date(s);

test('periods: months, quarters and ISO weeks in the property time zone', () => {
  const m = monthPeriod('2026-10', TZ)!;
  assert.deepEqual([m.from, m.to], [new Date('2026-09-30T16:00:00Z'), new Date('2026-10-31T16:00:00Z')]);
  assert.equal(addMonths('2026-01', -1), '2025-12');
  assert.equal(addMonths('2026-12', 1), '2027-01');
  assert.deepEqual(quarterMonths('2026Q3'), ['2026-07', '2026-08', '2026-09']);
  assert.equal(quarterOf('2026-12'), '2026Q4');
  for (const [day, w] of [
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2026-10-09', '2026-W41'],
    ['2026-10-04', '2026-W40'],
  ])
    assert.equal(isoWeek(day!), w, day);
  assert.equal(weekMonday('2026-W53'), '2026-12-28');
  assert.equal(weekMonday('2025-W53'), null);
  assert.equal(weekMonday('2026-41'), null);
  const w = weekPeriod('2026-W41', TZ)!;
  assert.deepEqual(
    { from: w.from, to: w.to, monday: w.days[0], sunday: w.days[6], label: w.label },
    { from: at('2026-10-05T00:00'), to: at('2026-10-12T00:00'), monday: '2026-10-05', sunday: '2026-10-11', label: '2026-W41' },
  );
  assert.deepEqual(startOfLocalDay('2026-11-06', TZ), at('2026-11-06T00:00'));
  assert.equal(localDate(d('2026-06-03T16:00:00Z'), TZ), '2026-06-04');
  assert.equal(localMonth(d('2026-06-30T16:00:00Z'), TZ), '2026-07');
});

test("periods: day, ISO week, month in the property's time zone; malformed ones are null", () => {
  const table: [string, ReturnType<typeof dayPeriod>, string | null, string | null, number | null][] = [
    ['day 2026-06-04', dayPeriod('2026-06-04', TZ), '2026-06-03T16:00:00.000Z', '2026-06-04T16:00:00.000Z', 1],
    ['day 2026-02-30', dayPeriod('2026-02-30', TZ), null, null, null],
    ['week 2026-W23', weekPeriod('2026-W23', TZ), '2026-05-31T16:00:00.000Z', '2026-06-07T16:00:00.000Z', 7],
    ['week 2026-W53 (2026 has 53)', weekPeriod('2026-W53', TZ), '2026-12-27T16:00:00.000Z', '2027-01-03T16:00:00.000Z', 7],
    ['week 2027-W53 (2027 has 52)', weekPeriod('2027-W53', TZ), null, null, null],
    ['week 2025-W53', weekPeriod('2025-W53', TZ), null, null, null],
    ['week 2026-W00', weekPeriod('2026-W00', TZ), null, null, null],
    ['week 2026-23', weekPeriod('2026-23', TZ), null, null, null],
    ['month 2026-02', monthPeriod('2026-02', TZ), '2026-01-31T16:00:00.000Z', '2026-02-28T16:00:00.000Z', 28],
    ['month 2028-02', monthPeriod('2028-02', TZ), '2028-01-31T16:00:00.000Z', '2028-02-29T16:00:00.000Z', 29],
    ['month 2026-12', monthPeriod('2026-12', TZ), '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z', 31],
    ['month 2026-13', monthPeriod('2026-13', TZ), null, null, null],
  ];
  for (const [name, p, from, to, days] of table)
    assert.deepEqual([p?.from.toISOString() ?? null, p?.to.toISOString() ?? null, p?.days.length ?? null], [from, to, days], name);
  const w = weekPeriod('2026-W23', TZ)!;
  assert.deepEqual([w.days[0], w.days[6]], ['2026-06-01', '2026-06-07']);
  assert.equal(weekPeriod('2026-W01', TZ)!.days[0], '2025-12-29');
  assert.equal(weekPeriod('2026-W53', TZ)!.days[0], '2026-12-28'); // 2026 starts on a Thursday: 53 weeks
  const weeks: [string, string][] = [
    ['2026-06-04T12:00:00+08:00', '2026-W23'],
    ['2026-01-01T12:00:00+08:00', '2026-W01'],
    ['2027-01-01T12:00:00+08:00', '2026-W53'],
    ['2025-12-31T23:30:00+08:00', '2026-W01'],
    ['2026-06-07T23:30:00+08:00', '2026-W23'],
    ['2026-06-07T16:30:00Z', '2026-W24'],
  ];
  for (const [instant, want] of weeks) assert.equal(isoWeekOf(d(instant), TZ), want, instant);
});
