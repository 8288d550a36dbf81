import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { builtinOverrides, builtinYears } from './work-days.data.ts';
import {
  addLocalDays,
  dayInfo,
  isWorkingDay,
  localDate,
  mergeOverrides,
  nextWorkingDay,
  previousWorkingDay,
  validateCalendar,
  workingDaysInRange,
  type DayInfo,
  type DayOverride,
  type WorkCalendar,
} from './work-days.rules.ts';
import {
  addDuration,
  addWorkingDays,
  addWorkingHours,
  endOfWorkingDay,
  isWithinWorkingHours,
  meetsLeadTime,
  nextWorkingStart,
  previousWorkingEnd,
  subtractWorkingHours,
  workingMinutesBetween,
  type DurationSetting,
} from './working-hours.rules.ts';

const CAL: WorkCalendar = {
  timeZone: 'Asia/Shanghai',
  workStart: '08:30',
  workEnd: '17:30',
  overrides: builtinOverrides(),
};

const ADMIN: ReadonlyMap<string, DayOverride> = new Map<string, DayOverride>([
  ['2026-03-09', { kind: 'holiday', name: '物业停电检修' }], // a normal Monday
  ['2026-10-10', { kind: 'holiday', name: '取消补班' }], // built-in 国庆节调休 Saturday
  ['2026-10-07', { kind: 'workday', name: '值班' }], // built-in 国庆节 Wednesday
  // 2027 arrangement entered by an admin (not in the package data)
  ['2027-02-05', { kind: 'holiday', name: '春节' }],
  ['2027-02-06', { kind: 'holiday', name: '春节' }],
  ['2027-02-07', { kind: 'holiday', name: '春节' }],
  ['2027-02-08', { kind: 'holiday', name: '春节' }],
  ['2027-02-09', { kind: 'holiday', name: '春节' }],
  ['2027-02-10', { kind: 'holiday', name: '春节' }],
  ['2027-02-11', { kind: 'holiday', name: '春节' }],
  ['2027-02-20', { kind: 'workday', name: '春节调休' }],
]);
const ADMIN_CAL: WorkCalendar = { ...CAL, overrides: mergeOverrides(builtinOverrides(), ADMIN) };

const LONDON: WorkCalendar = {
  timeZone: 'Europe/London',
  workStart: '09:00',
  workEnd: '17:00',
  overrides: new Map(),
};

const at = (iso: string): Date => new Date(iso);

function assertInstant(actual: Date, expectedIso: string, label: string): void {
  assert.equal(actual.toISOString(), new Date(expectedIso).toISOString(), `${label}: expected ${expectedIso}`);
}

describe('built-in data (chinese-days)', () => {
  test('covers every year 2004–2026 with 元旦 and 春节', () => {
    const years = builtinYears();
    const all = builtinOverrides();
    for (let y = 2004; y <= 2026; y++) {
      assert.ok(years.includes(y), `year ${y}`);
      assert.equal(all.get(`${y}-01-01`)?.name, '元旦', `${y}-01-01`);
      const springFestival = [...all].filter(([d, o]) => d.startsWith(`${y}-`) && o.name === '春节');
      assert.ok(springFestival.length >= 3, `春节 ${y}`);
    }
  });

  test('returns a fresh copy each call', () => {
    const a = builtinOverrides();
    a.delete('2026-10-01');
    assert.equal(builtinOverrides().get('2026-10-01')?.name, '国庆节');
  });
});

describe('dayInfo / isWorkingDay — 2026', () => {
  const H = (date: string, name: string): DayInfo => ({ date, working: false, kind: 'holiday', name });
  const M = (date: string, name: string): DayInfo => ({
    date,
    working: true,
    kind: 'makeup_workday',
    name,
  });
  const W = (date: string): DayInfo => ({ date, working: true, kind: 'workday' });
  const E = (date: string): DayInfo => ({ date, working: false, kind: 'weekend' });

  const cases: DayInfo[] = [
    // 元旦
    H('2026-01-01', '元旦'),
    H('2026-01-03', '元旦'),
    M('2026-01-04', '元旦调休'), // Sunday
    // Spring Festival week: Sat 02-14 worked, Sun 02-15 … Mon 02-23 off, Sat 02-28 worked
    W('2026-02-13'),
    M('2026-02-14', '春节调休'),
    H('2026-02-15', '春节'),
    H('2026-02-16', '春节'),
    H('2026-02-17', '春节'),
    H('2026-02-18', '春节'),
    H('2026-02-19', '春节'),
    H('2026-02-20', '春节'),
    H('2026-02-21', '春节'),
    H('2026-02-22', '春节'),
    H('2026-02-23', '春节'),
    W('2026-02-24'),
    M('2026-02-28', '春节调休'),
    E('2026-03-01'),
    // ordinary weekend
    W('2026-03-06'),
    E('2026-03-07'),
    E('2026-03-08'),
    W('2026-03-09'),
    // 劳动节
    H('2026-05-05', '劳动节'),
    M('2026-05-09', '劳动节调休'),
    // Mid-Autumn + National Day: Sun 09-20 worked, 09-25…09-27 and 10-01…10-07 off, Sat 10-10 worked
    E('2026-09-19'),
    M('2026-09-20', '国庆节调休'),
    H('2026-09-25', '中秋节'),
    H('2026-09-26', '中秋节'),
    H('2026-09-27', '中秋节'),
    W('2026-09-30'),
    H('2026-10-01', '国庆节'),
    H('2026-10-02', '国庆节'),
    H('2026-10-03', '国庆节'),
    H('2026-10-04', '国庆节'),
    H('2026-10-05', '国庆节'),
    H('2026-10-06', '国庆节'),
    H('2026-10-07', '国庆节'),
    W('2026-10-08'),
    W('2026-10-09'),
    M('2026-10-10', '国庆节调休'),
    E('2026-10-11'),
  ];
  for (const expected of cases) {
    test(`${expected.date} is ${expected.kind}`, () => {
      assert.deepEqual(dayInfo(CAL, expected.date), expected);
      assert.equal(isWorkingDay(CAL, expected.date), expected.working);
    });
  }

  test('the only 2026 weekend make-up days are 01-04, 02-14, 02-28, 05-09, 09-20, 10-10', () => {
    const weekendWorkdays = workingDaysInRange(CAL, '2026-01-01', '2026-12-31').filter((d) => dayInfo(CAL, d).kind === 'makeup_workday');
    assert.deepEqual(weekendWorkdays, ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  const ranges: Array<[string, string, string[]]> = [
    [
      '2026-02-12',
      '2026-03-02',
      ['2026-02-12', '2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', '2026-03-02'],
    ],
    ['2026-09-28', '2026-10-12', ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']],
    ['2026-03-07', '2026-03-08', []],
    ['2026-03-09', '2026-03-09', ['2026-03-09']],
    ['2026-03-10', '2026-03-09', []],
  ];
  for (const [from, to, expected] of ranges) {
    test(`workingDaysInRange ${from}..${to}`, () => {
      assert.deepEqual(workingDaysInRange(CAL, from, to), expected);
    });
  }

  test('rejects malformed dates', () => {
    assert.throws(() => dayInfo(CAL, '2026-2-30'), RangeError);
    assert.throws(() => isWorkingDay(CAL, '2026-02-30'), RangeError);
  });
});

describe('isWithinWorkingHours / nextWorkingStart', () => {
  const cases: Array<[string, boolean, string]> = [
    // [instant, within, nextWorkingStart]
    ['2026-03-09T08:29:59+08:00', false, '2026-03-09T08:30:00+08:00'],
    ['2026-03-09T08:30:00+08:00', true, '2026-03-09T08:30:00+08:00'],
    ['2026-03-09T17:29:59+08:00', true, '2026-03-09T17:29:59+08:00'],
    ['2026-03-09T17:30:00+08:00', false, '2026-03-10T08:30:00+08:00'],
    ['2026-03-13T18:00:00+08:00', false, '2026-03-16T08:30:00+08:00'], // Fri evening → Mon
    ['2026-03-14T10:00:00+08:00', false, '2026-03-16T08:30:00+08:00'], // Saturday
    ['2026-03-09T00:30:00Z', true, '2026-03-09T08:30:00+08:00'], // UTC input, local 08:30
    ['2026-03-08T23:00:00Z', false, '2026-03-09T08:30:00+08:00'], // local Mon 07:00
    ['2026-02-13T17:45:00+08:00', false, '2026-02-14T08:30:00+08:00'], // → make-up Saturday
    ['2026-02-14T10:00:00+08:00', true, '2026-02-14T10:00:00+08:00'],
    ['2026-02-14T17:30:00+08:00', false, '2026-02-24T08:30:00+08:00'], // across 春节
    ['2026-09-30T18:00:00+08:00', false, '2026-10-08T08:30:00+08:00'], // across 国庆节
    ['2026-10-01T10:00:00+08:00', false, '2026-10-08T08:30:00+08:00'],
  ];
  for (const [instant, within, next] of cases) {
    test(instant, () => {
      assert.equal(isWithinWorkingHours(CAL, at(instant)), within);
      assertInstant(nextWorkingStart(CAL, at(instant)), next, 'nextWorkingStart');
    });
  }
});

describe('addWorkingHours / subtractWorkingHours', () => {
  const cases: Array<[string, number, string, string]> = [
    ['same day', 2, '2026-03-09T10:00:00+08:00', '2026-03-09T12:00:00+08:00'],
    ['fraction', 0.25, '2026-03-09T10:00:00+08:00', '2026-03-09T10:15:00+08:00'],
    ['lands exactly on workEnd', 7.5, '2026-03-09T10:00:00+08:00', '2026-03-09T17:30:00+08:00'],
    ['overnight, no lunch break', 8, '2026-03-09T10:00:00+08:00', '2026-03-10T09:00:00+08:00'],
    ['before workStart', 9, '2026-03-09T07:00:00+08:00', '2026-03-09T17:30:00+08:00'],
    ['zero inside hours', 0, '2026-03-09T10:00:00+08:00', '2026-03-09T10:00:00+08:00'],
    ['zero outside hours', 0, '2026-03-13T18:00:00+08:00', '2026-03-16T08:30:00+08:00'],
    ['over a weekend', 2, '2026-03-13T17:00:00+08:00', '2026-03-16T10:00:00+08:00'],
    ['from a Saturday', 1, '2026-03-14T10:00:00+08:00', '2026-03-16T09:30:00+08:00'],
    ['into make-up Sat 02-14', 2, '2026-02-13T16:30:00+08:00', '2026-02-14T09:30:00+08:00'],
    ['over 春节', 1, '2026-02-14T17:00:00+08:00', '2026-02-24T09:00:00+08:00'],
    ['over 国庆节', 3, '2026-09-30T16:00:00+08:00', '2026-10-08T10:00:00+08:00'],
    ['from a holiday', 9, '2026-10-01T09:00:00+08:00', '2026-10-08T17:30:00+08:00'],
    ['into make-up Sun 09-20', 4, '2026-09-19T12:00:00+08:00', '2026-09-20T12:30:00+08:00'],
    ['through make-up Sat 10-10', 28, '2026-10-08T08:30:00+08:00', '2026-10-12T09:30:00+08:00'],
  ];
  for (const [name, hours, start, expected] of cases) {
    test(`${name}: ${start} + ${hours}h`, () => {
      const end = addWorkingHours(CAL, at(start), hours);
      assertInstant(end, expected, 'addWorkingHours');
      assert.equal(workingMinutesBetween(CAL, at(start), end), hours * 60);
      if (hours > 0 && isWithinWorkingHours(CAL, at(start))) {
        assertInstant(subtractWorkingHours(CAL, end, hours), start, 'round trip');
      }
    });
  }

  const back: Array<[number, string, string]> = [
    [3, '2026-10-08T10:00:00+08:00', '2026-09-30T16:00:00+08:00'],
    [1, '2026-03-16T08:30:00+08:00', '2026-03-13T16:30:00+08:00'],
    [1, '2026-03-15T12:00:00+08:00', '2026-03-13T16:30:00+08:00'],
    [0, '2026-03-09T20:00:00+08:00', '2026-03-09T17:30:00+08:00'],
  ];
  for (const [hours, end, expected] of back) {
    test(`subtractWorkingHours ${end} - ${hours}h`, () => {
      assertInstant(subtractWorkingHours(CAL, at(end), hours), expected, 'subtractWorkingHours');
    });
  }

  test('rejects negative / non-finite hours', () => {
    assert.throws(() => addWorkingHours(CAL, at('2026-03-09T10:00:00+08:00'), -1), RangeError);
    assert.throws(() => addWorkingHours(CAL, at('2026-03-09T10:00:00+08:00'), NaN), RangeError);
  });
});

describe('addWorkingDays', () => {
  const cases: Array<[string, number, string, string]> = [
    ['inside hours, across 国庆节', 2, '2026-09-30T17:00:00+08:00', '2026-10-09T17:00:00+08:00'],
    ['outside hours, across 国庆节', 2, '2026-09-30T18:00:00+08:00', '2026-10-09T17:30:00+08:00'],
    ['Fri 17:00, make-up Sun counts', 2, '2026-09-18T17:00:00+08:00', '2026-09-21T17:00:00+08:00'],
    ['Fri 17:00, make-up Sat counts', 2, '2026-10-09T17:00:00+08:00', '2026-10-12T17:00:00+08:00'],
    ['from a holiday', 1, '2026-10-03T10:00:00+08:00', '2026-10-08T17:30:00+08:00'],
    ['before workStart', 1, '2026-03-09T07:00:00+08:00', '2026-03-09T17:30:00+08:00'],
    ['next day same time', 1, '2026-03-09T10:00:00+08:00', '2026-03-10T10:00:00+08:00'],
    ['over a weekend', 1, '2026-03-13T10:00:00+08:00', '2026-03-16T10:00:00+08:00'],
    ['zero inside hours', 0, '2026-03-09T10:00:00+08:00', '2026-03-09T10:00:00+08:00'],
    ['zero outside hours', 0, '2026-03-13T18:00:00+08:00', '2026-03-16T08:30:00+08:00'],
    ['half day inside', 0.5, '2026-03-09T10:00:00+08:00', '2026-03-09T14:30:00+08:00'],
    ['1.5 days inside', 1.5, '2026-03-13T15:00:00+08:00', '2026-03-17T10:30:00+08:00'],
    ['half day outside', 0.5, '2026-03-14T10:00:00+08:00', '2026-03-16T13:00:00+08:00'],
    ['1.5 days outside', 1.5, '2026-03-14T10:00:00+08:00', '2026-03-17T13:00:00+08:00'],
    ['into make-up Sat 02-14', 1, '2026-02-13T10:00:00+08:00', '2026-02-14T10:00:00+08:00'],
    ['over 春节', 2, '2026-02-13T10:00:00+08:00', '2026-02-24T10:00:00+08:00'],
    ['five days incl. make-up Sat', 5, '2026-02-09T09:00:00+08:00', '2026-02-14T09:00:00+08:00'],
  ];
  for (const [name, days, start, expected] of cases) {
    test(`${name}: ${start} + ${days}d`, () => {
      assertInstant(addWorkingDays(CAL, at(start), days), expected, 'addWorkingDays');
    });
  }
});

describe('endOfWorkingDay', () => {
  const cases: Array<[string, string, string]> = [
    ['before workStart', '2026-03-09T07:00:00+08:00', '2026-03-09T17:30:00+08:00'],
    ['inside hours', '2026-03-09T10:00:00+08:00', '2026-03-09T17:30:00+08:00'],
    ['exactly workEnd', '2026-03-09T17:30:00+08:00', '2026-03-09T17:30:00+08:00'],
    ['after workEnd', '2026-03-09T17:31:00+08:00', '2026-03-10T17:30:00+08:00'],
    ['Friday evening', '2026-03-13T18:00:00+08:00', '2026-03-16T17:30:00+08:00'],
    ['on a holiday', '2026-10-01T10:00:00+08:00', '2026-10-08T17:30:00+08:00'],
    ['on make-up Saturday', '2026-10-10T09:00:00+08:00', '2026-10-10T17:30:00+08:00'],
    ['Friday evening before make-up Sat', '2026-10-09T18:00:00+08:00', '2026-10-10T17:30:00+08:00'],
    ['make-up Sat evening before 春节', '2026-02-14T18:00:00+08:00', '2026-02-24T17:30:00+08:00'],
  ];
  for (const [name, instant, expected] of cases) {
    test(`${name}: ${instant}`, () => {
      assertInstant(endOfWorkingDay(CAL, at(instant)), expected, 'endOfWorkingDay');
    });
  }
});

describe('workingMinutesBetween', () => {
  const cases: Array<[string, string, string, number]> = [
    ['same day', '2026-03-09T10:00:00+08:00', '2026-03-09T12:00:00+08:00', 120],
    ['reversed', '2026-03-09T12:00:00+08:00', '2026-03-09T10:00:00+08:00', 0],
    ['empty', '2026-03-09T12:00:00+08:00', '2026-03-09T12:00:00+08:00', 0],
    ['whole day clipped', '2026-03-09T07:00:00+08:00', '2026-03-09T20:00:00+08:00', 540],
    ['over a weekend', '2026-03-13T17:00:00+08:00', '2026-03-16T09:00:00+08:00', 60],
    ['over 国庆节', '2026-09-30T17:00:00+08:00', '2026-10-08T09:00:00+08:00', 60],
    ['two weeks around 国庆节', '2026-09-28T08:30:00+08:00', '2026-10-12T08:30:00+08:00', 6 * 540],
    ['over 春节 incl. make-up Sat', '2026-02-13T17:00:00+08:00', '2026-02-24T09:00:00+08:00', 600],
    ['seconds', '2026-03-09T10:00:00+08:00', '2026-03-09T10:00:30+08:00', 0.5],
    ['weekend only', '2026-03-14T00:00:00+08:00', '2026-03-15T23:59:59+08:00', 0],
  ];
  for (const [name, a, b, expected] of cases) {
    test(`${name}: ${a} → ${b}`, () => {
      assert.equal(workingMinutesBetween(CAL, at(a), at(b)), expected);
    });
  }
});

describe('addDuration', () => {
  const cases: Array<[DurationSetting, string, string]> = [
    [{ value: 90, unit: 'minutes' }, '2026-03-13T17:00:00+08:00', '2026-03-13T18:30:00+08:00'],
    [{ value: 48, unit: 'hours' }, '2026-03-13T17:00:00+08:00', '2026-03-15T17:00:00+08:00'],
    [{ value: 3, unit: 'calendar_days' }, '2026-09-30T17:00:00+08:00', '2026-10-03T17:00:00+08:00'],
    [{ value: 0.5, unit: 'calendar_days' }, '2026-09-30T17:00:00+08:00', '2026-10-01T05:00:00+08:00'],
    [{ value: 2, unit: 'working_hours' }, '2026-03-13T17:00:00+08:00', '2026-03-16T10:00:00+08:00'],
    [{ value: 2, unit: 'working_days' }, '2026-09-30T17:00:00+08:00', '2026-10-09T17:00:00+08:00'],
    [{ value: 0, unit: 'end_of_working_day' }, '2026-09-30T17:00:00+08:00', '2026-09-30T17:30:00+08:00'],
    [{ value: 0, unit: 'end_of_working_day' }, '2026-09-30T18:00:00+08:00', '2026-10-08T17:30:00+08:00'],
    [{ value: 1, unit: 'end_of_working_day' }, '2026-09-30T17:00:00+08:00', '2026-10-08T17:30:00+08:00'],
    [{ value: 1, unit: 'end_of_working_day' }, '2026-09-30T18:00:00+08:00', '2026-10-09T17:30:00+08:00'],
    [{ value: 2, unit: 'end_of_working_day' }, '2026-10-09T10:00:00+08:00', '2026-10-12T17:30:00+08:00'],
  ];
  for (const [d, start, expected] of cases) {
    test(`${start} + ${d.value} ${d.unit}`, () => {
      assertInstant(addDuration(CAL, at(start), d), expected, 'addDuration');
    });
  }

  test('rejects invalid values', () => {
    const t = at('2026-03-09T10:00:00+08:00');
    assert.throws(() => addDuration(CAL, t, { value: -1, unit: 'hours' }), RangeError);
    assert.throws(() => addDuration(CAL, t, { value: 1.5, unit: 'end_of_working_day' }), RangeError);
  });

  const leads: Array<[string, string, boolean]> = [
    // C-class booking needs 1 working day notice
    ['2026-10-09T17:00:00+08:00', '2026-10-10T17:00:00+08:00', true],
    ['2026-10-09T17:00:00+08:00', '2026-10-10T16:59:00+08:00', false],
    ['2026-09-30T10:00:00+08:00', '2026-10-08T09:00:00+08:00', false],
    ['2026-09-30T10:00:00+08:00', '2026-10-08T10:00:00+08:00', true],
  ];
  for (const [requestedAt, eventStart, ok] of leads) {
    test(`meetsLeadTime 1 working day: ${requestedAt} for ${eventStart}`, () => {
      const lead: DurationSetting = { value: 1, unit: 'working_days' };
      assert.equal(meetsLeadTime(CAL, at(requestedAt), at(eventStart), lead), ok);
    });
  }
});

describe('admin overrides win over built-in data', () => {
  const days: Array<[string, DayInfo['kind'], DayInfo['kind'], string | undefined]> = [
    // [date, built-in kind, admin kind, admin name]
    ['2026-03-09', 'workday', 'holiday', '物业停电检修'],
    ['2026-10-10', 'makeup_workday', 'holiday', '取消补班'],
    ['2026-10-07', 'holiday', 'workday', '值班'],
    ['2027-02-08', 'workday', 'holiday', '春节'],
    ['2027-02-20', 'weekend', 'makeup_workday', '春节调休'],
    ['2027-02-12', 'workday', 'workday', undefined],
  ];
  for (const [date, builtinKind, adminKind, name] of days) {
    test(`${date}: ${builtinKind} → ${adminKind}`, () => {
      assert.equal(dayInfo(CAL, date).kind, builtinKind);
      const info = dayInfo(ADMIN_CAL, date);
      assert.equal(info.kind, adminKind);
      assert.equal(info.name, name);
    });
  }

  const sla: Array<[string, (c: WorkCalendar) => Date, string, string]> = [
    [
      'Monday turned into a holiday',
      (c) => addWorkingHours(c, at('2026-03-06T17:00:00+08:00'), 1),
      '2026-03-09T09:00:00+08:00',
      '2026-03-10T09:00:00+08:00',
    ],
    [
      'make-up Saturday cancelled',
      (c) => addWorkingDays(c, at('2026-10-09T17:00:00+08:00'), 1),
      '2026-10-10T17:00:00+08:00',
      '2026-10-12T17:00:00+08:00',
    ],
    [
      'holiday turned into a workday',
      (c) => endOfWorkingDay(c, at('2026-10-06T20:00:00+08:00')),
      '2026-10-08T17:30:00+08:00',
      '2026-10-07T17:30:00+08:00',
    ],
    [
      '2027 Spring Festival entered by admin',
      (c) => addWorkingDays(c, at('2027-02-04T10:00:00+08:00'), 2),
      '2027-02-08T10:00:00+08:00',
      '2027-02-15T10:00:00+08:00',
    ],
  ];
  for (const [name, run, builtinExpected, adminExpected] of sla) {
    test(name, () => {
      assertInstant(run(CAL), builtinExpected, 'built-in');
      assertInstant(run(ADMIN_CAL), adminExpected, 'admin');
    });
  }

  test('mergeOverrides: later layers win, inputs untouched', () => {
    const base = new Map<string, DayOverride>([['2026-03-09', { kind: 'workday' }]]);
    const merged = mergeOverrides(base, ADMIN);
    assert.equal(merged.get('2026-03-09')?.kind, 'holiday');
    assert.equal(base.get('2026-03-09')?.kind, 'workday');
  });
});

describe('other time zone (Europe/London, 09:00–17:00, no holidays)', () => {
  test('localDate depends on the calendar zone', () => {
    const t = at('2026-01-02T06:30:00+08:00');
    assert.equal(localDate(LONDON, t), '2026-01-01');
    assert.equal(localDate(CAL, t), '2026-01-02');
  });

  test('Chinese holidays do not apply', () => {
    const t = at('2026-10-01T17:00:00+08:00'); // 10:00 BST
    assert.equal(isWithinWorkingHours(LONDON, t), true);
    assert.equal(isWithinWorkingHours(CAL, t), false);
  });

  const cases: Array<[string, () => Date, string]> = [
    [
      'addWorkingHours across the spring DST switch',
      () => addWorkingHours(LONDON, at('2026-03-28T00:00:00+08:00'), 2), // Fri 16:00 GMT
      '2026-03-30T17:00:00+08:00', // Mon 10:00 BST
    ],
    [
      'endOfWorkingDay across the autumn DST switch',
      () => endOfWorkingDay(LONDON, at('2026-10-25T20:00:00+08:00')), // Sun 12:00 GMT
      '2026-10-27T01:00:00+08:00', // Mon 17:00 GMT
    ],
    [
      'addWorkingDays keeps local time of day across DST',
      () => addWorkingDays(LONDON, at('2026-03-27T18:00:00+08:00'), 1), // Fri 10:00 GMT
      '2026-03-30T17:00:00+08:00', // Mon 10:00 BST
    ],
  ];
  for (const [name, run, expected] of cases) {
    test(name, () => assertInstant(run(), expected, name));
  }

  test('workingMinutesBetween across DST', () => {
    // Fri 09:00 GMT → Mon 09:00 BST: exactly one full working day
    assert.equal(workingMinutesBetween(LONDON, at('2026-03-27T17:00:00+08:00'), at('2026-03-30T16:00:00+08:00')), 480);
  });
});

describe('validateCalendar', () => {
  const bad: Array<[string, Partial<WorkCalendar>]> = [
    ['malformed workStart', { workStart: '8:30' }],
    ['start after end', { workStart: '18:00' }],
    ['start equals end', { workStart: '17:30' }],
    ['unknown zone', { timeZone: 'Mars/Olympus' }],
    ['bad override key', { overrides: new Map([['2026-13-01', { kind: 'holiday' }]]) }],
  ];
  for (const [name, patch] of bad) {
    test(name, () => assert.throws(() => validateCalendar({ ...CAL, ...patch }), RangeError));
  }
  test('accepts the default calendar', () => validateCalendar(CAL));
});

describe('neighbouring working days and the previous working end', () => {
  test('addLocalDays: whole days on the calendar; a malformed date throws', () => {
    const table: [string, number, string][] = [
      ['2026-02-28', 1, '2026-03-01'],
      ['2028-02-28', 1, '2028-02-29'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2026-01-01', -1, '2025-12-31'],
      ['2026-10-09', 0, '2026-10-09'],
      ['2026-03-29', 7, '2026-04-05'],
    ];
    for (const [date, n, want] of table) assert.equal(addLocalDays(date, n), want, `${date} ${n}`);
    for (const bad of ['2026-02-30', '2026-13-01', '26-01-01']) assert.throws(() => addLocalDays(bad, 1), RangeError, bad);
  });

  test('nextWorkingDay / previousWorkingDay: strictly after / before, over weekends, holidays and make-up days', () => {
    const table: [string, string, string, string][] = [
      // date, label, next, previous
      ['2026-10-09', 'Friday before the make-up Saturday', '2026-10-10', '2026-10-08'],
      ['2026-10-10', 'make-up Saturday', '2026-10-12', '2026-10-09'],
      ['2026-09-30', 'the day before National Day', '2026-10-08', '2026-09-29'],
      ['2026-10-04', 'inside the holidays', '2026-10-08', '2026-09-30'],
      ['2026-03-06', 'a plain Friday', '2026-03-09', '2026-03-05'],
      ['2026-03-08', 'a plain Sunday', '2026-03-09', '2026-03-06'],
    ];
    for (const [date, label, next, prev] of table) {
      assert.equal(nextWorkingDay(CAL, date), next, `next after ${date} (${label})`);
      assert.equal(previousWorkingDay(CAL, date), prev, `previous before ${date} (${label})`);
    }
    assert.equal(nextWorkingDay(ADMIN_CAL, '2026-03-06'), '2026-03-10', 'an admin holiday on Monday is skipped');
  });

  test('previousWorkingEnd: the instant itself inside (workStart, workEnd], else the last workEnd before it', () => {
    const table: [string, string, string][] = [
      ['inside working hours', '2026-03-05T10:00:00+08:00', '2026-03-05T10:00:00+08:00'],
      ['exactly at workEnd', '2026-03-05T17:30:00+08:00', '2026-03-05T17:30:00+08:00'],
      ['after workEnd: that day’s end', '2026-03-05T20:00:00+08:00', '2026-03-05T17:30:00+08:00'],
      ['exactly at workStart: the day before', '2026-03-05T08:30:00+08:00', '2026-03-04T17:30:00+08:00'],
      ['before workStart on a Monday: Friday’s end', '2026-03-09T07:00:00+08:00', '2026-03-06T17:30:00+08:00'],
      ['Sunday: Friday’s end', '2026-03-08T12:00:00+08:00', '2026-03-06T17:30:00+08:00'],
      ['National Day: the end of 30 September', '2026-10-03T12:00:00+08:00', '2026-09-30T17:30:00+08:00'],
    ];
    for (const [label, instant, want] of table) assertInstant(previousWorkingEnd(CAL, at(instant)), want, label);
  });
});
