import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinOverrides } from '../../calendar/index.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import { earliestStart, effectiveLeadTime, expiryTime, latestDecisionTime, type LeadTimeVenue } from './lead-times.rules.ts';

const CAL: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };
const at = (s: string) => new Date(s);
const hall: LeadTimeVenue = { venueClass: 'C', leadTime: null };

test('effective lead time: the venue override, else the property class default, else the built-in default', () => {
  const settings = { leadTimes: { A: { value: 2, unit: 'hours' as const } } };
  const cases: [Parameters<typeof effectiveLeadTime>[0], Parameters<typeof effectiveLeadTime>[1], ReturnType<typeof effectiveLeadTime>][] =
    [
      [{ venueClass: 'A', leadTime: null }, settings, { value: 2, unit: 'hours', source: 'class' }],
      [{ venueClass: 'A', leadTime: { value: 30, unit: 'minutes' } }, settings, { value: 30, unit: 'minutes', source: 'venue' }],
      [{ venueClass: 'C', leadTime: null }, settings, { value: 1, unit: 'working_days', source: 'class' }],
      [{ venueClass: 'B', leadTime: null }, null, { value: 4, unit: 'working_hours', source: 'class' }],
    ];
  for (const [venue, s, want] of cases) assert.deepEqual(effectiveLeadTime(venue, s), want);
});

test('lead time per class via the work calendar (A 1 h, B 4 working hours, C 1 working day; venue override)', () => {
  const settings = {
    leadTimes: {
      A: { value: 1, unit: 'hours' as const },
      B: { value: 4, unit: 'working_hours' as const },
      C: { value: 1, unit: 'working_days' as const },
    },
  };
  // Fri 2026-05-15 16:00 +08:00; Mon 05-18 is the next working day.
  const now = at('2026-05-15T16:00:00+08:00');
  const cases: [Partial<LeadTimeVenue>, string][] = [
    [{ venueClass: 'A' }, '2026-05-15T17:00:00+08:00'],
    [{ venueClass: 'B' }, '2026-05-18T11:00:00+08:00'],
    [{ venueClass: 'C' }, '2026-05-18T16:00:00+08:00'],
    [{ venueClass: 'A', leadTime: { value: 2, unit: 'working_days' } }, '2026-05-19T16:00:00+08:00'],
  ];
  for (const [v, want] of cases)
    assert.equal(earliestStart(CAL, now, { ...hall, ...v }, settings).getTime(), at(want).getTime(), JSON.stringify(v));
  // 调休: Sat 2026-05-09 is a working day; National Day 2026 (10-01..10-07 off): Wed 09-30 17:00 → Thu 10-08 17:00.
  assert.equal(
    earliestStart(CAL, at('2026-05-08T16:00:00+08:00'), { ...hall, venueClass: 'B' }, settings).getTime(),
    at('2026-05-09T11:00:00+08:00').getTime(),
  );
  assert.equal(earliestStart(CAL, at('2026-09-30T17:00:00+08:00'), hall, settings).getTime(), at('2026-10-08T17:00:00+08:00').getTime());
});

test('latest decision time inverts the lead time (hours, working hours, working days, over a weekend)', () => {
  const cases: [string, { value: number; unit: 'hours' | 'working_hours' | 'working_days' | 'calendar_days' }, string][] = [
    ['2026-05-18T16:00:00+08:00', { value: 1, unit: 'working_days' }, '2026-05-15T16:00:00+08:00'],
    ['2026-05-19T10:00:00+08:00', { value: 1, unit: 'working_days' }, '2026-05-18T10:00:00+08:00'],
    ['2026-05-18T11:00:00+08:00', { value: 4, unit: 'working_hours' }, '2026-05-15T16:00:00+08:00'],
    ['2026-05-18T11:00:00+08:00', { value: 1, unit: 'hours' }, '2026-05-18T10:00:00+08:00'],
    ['2026-05-18T11:00:00+08:00', { value: 2, unit: 'calendar_days' }, '2026-05-16T11:00:00+08:00'],
  ];
  for (const [start, lead, want] of cases) {
    const t = latestDecisionTime(CAL, at(start), lead);
    assert.equal(t.getTime(), at(want).getTime(), `${start} ${JSON.stringify(lead)}`);
    assert.ok(earliestStart(CAL, t, { ...hall, leadTime: lead }, {}).getTime() <= at(start).getTime());
  }
  // Booked inside the lead time (an override): it expires at its start, not at once.
  assert.equal(
    expiryTime(CAL, at('2026-05-18T11:00:00+08:00'), { value: 1, unit: 'working_days' }, at('2026-05-18T09:00:00+08:00')).getTime(),
    at('2026-05-18T11:00:00+08:00').getTime(),
  );
});
