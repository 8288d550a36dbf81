import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuantityRule } from '@hy/contracts';
import { builtinOverrides } from '../../calendar/index.ts';
import type { WorkCalendar } from '../../calendar/index.ts';
import {
  applies,
  beforeStart,
  dayBeforeDue,
  describeDiff,
  diffSize,
  defaultTemplates,
  diffTasks,
  emptyDiff,
  quantityOf,
  zonedAt,
  type MeetingFacts,
  type TemplateLike,
} from './tasks.rules.ts';

const CAL: WorkCalendar = { timeZone: 'Asia/Shanghai', workStart: '08:30', workEnd: '17:30', overrides: builtinOverrides() };
const m: MeetingFacts = {
  start: new Date('2026-06-04T14:00:00+08:00'),
  end: new Date('2026-06-04T17:00:00+08:00'),
  venueType: 'main_hall',
  venueClass: 'C',
  attendees: 600,
  importance: 'important',
  services: [{ code: 'microphones', qty: 6 }, { code: 'recording' }],
};

test('quantities: per attendee (with a minimum), fixed, by importance, from the booked service, none', () => {
  const table: [string, QuantityRule, Partial<MeetingFacts>, number | null][] = [
    ['one bottle each', { rule: 'per_attendee', factor: 1, unit: '瓶' }, {}, 600],
    ['a tenth, at least 2', { rule: 'per_attendee', factor: 0.1, min: 2, unit: '个' }, {}, 60],
    ['the minimum wins for a small meeting', { rule: 'per_attendee', factor: 0.05, min: 3, unit: '个' }, { attendees: 20 }, 3],
    ['rounded up', { rule: 'per_attendee', factor: 0.1, unit: '盒' }, { attendees: 21 }, 3],
    ['fixed', { rule: 'fixed', qty: 7, unit: '岗' }, {}, 7],
    ['cups with 10% spare', { rule: 'by_importance', factors: { ordinary: 1.1, important: 1.1, internal: 0 }, unit: '个' }, {}, 660],
    [
      'leaders bring their own cups',
      { rule: 'by_importance', factors: { ordinary: 1.1, important: 1.1, internal: 0 }, unit: '个' },
      { importance: 'internal' },
      0,
    ],
    ['microphones as booked', { rule: 'service_qty', service: 'microphones', fallback: 2, unit: '支' }, {}, 6],
    ['fallback when not booked', { rule: 'service_qty', service: 'microphones', fallback: 2, unit: '支' }, { services: [] }, 2],
    ['no quantity', { rule: 'none' }, {}, null],
  ];
  // A zero may come out as -0 (ceil of a tiny negative): the planner skips it by `=== 0` all the same.
  for (const [name, rule, over, want] of table)
    assert.equal(quantityOf(rule, { ...m, ...over }).quantity === 0 ? 0 : quantityOf(rule, { ...m, ...over }).quantity, want, name);
});

test('a template applies by venue type, class, excluded types, booked services and being active', () => {
  const tpl: TemplateLike = {
    code: 'x',
    department: 'meeting_staff',
    title: 'x',
    instructions: null,
    venueTypes: [],
    venueClasses: [],
    excludeVenueTypes: [],
    services: [],
    offsetMinutes: -60,
    dayBeforeAt: null,
    quantity: { rule: 'none' },
    repeatMinutes: null,
    sort: 0,
  };
  const table: [string, Partial<TemplateLike>, boolean][] = [
    ['no conditions', {}, true],
    ['inactive', { active: false }, false],
    ['its venue type', { venueTypes: ['main_hall', 'report_hall'] }, true],
    ['another venue type', { venueTypes: ['presidium_hall'] }, false],
    ['its class', { venueClasses: ['C'] }, true],
    ['another class', { venueClasses: ['A', 'B'] }, false],
    ['excluded type', { excludeVenueTypes: ['main_hall'] }, false],
    ['a booked service', { services: ['projector', 'recording'] }, true],
    ['a service not booked', { services: ['projector'] }, false],
  ];
  for (const [name, over, want] of table) assert.equal(applies({ ...tpl, ...over }, m), want, name);
});

test('"the day before" is the previous working day at the template\'s local time; tasks before the start', () => {
  const table: [string, string][] = [
    ['2026-06-04T14:00:00+08:00', '2026-06-03 16:00'], // Thursday → Wednesday
    ['2026-06-08T09:00:00+08:00', '2026-06-05 16:00'], // Monday → Friday
    ['2026-06-22T09:00:00+08:00', '2026-06-18 16:00'], // after the Dragon Boat holiday → Thursday
  ];
  for (const [start, want] of table)
    assert.equal(
      dayBeforeDue(CAL, new Date(start), '16:00').toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16),
      want,
      start,
    );
  assert.deepEqual(
    [beforeStart({ dueAt: new Date(m.start.getTime() - 1) }, m.start), beforeStart({ dueAt: m.start }, m.start)],
    [true, false],
  );
});

test('re-issue diff per department: added, removed, moved, quantity changed; cancelled tasks count as gone', () => {
  const t0 = new Date('2026-06-04T13:00:00Z');
  const t1 = new Date('2026-06-04T12:00:00Z');
  const existing = [
    { id: '1', key: 'ms.tea', department: 'meeting_staff' as const, title: '茶叶', dueAt: t0, quantity: 10, status: 'open' },
    { id: '2', key: 'ms.cups', department: 'meeting_staff' as const, title: '杯', dueAt: t0, quantity: 10, status: 'done' },
    { id: '3', key: 'sec.unlock', department: 'security' as const, title: '开门', dueAt: t0, quantity: null, status: 'open' },
    { id: '4', key: 'av.mics', department: 'engineering_av' as const, title: '麦克风', dueAt: t0, quantity: 2, status: 'cancelled' },
  ];
  const planned = [
    {
      key: 'ms.tea',
      department: 'meeting_staff' as const,
      title: '茶叶',
      instructions: null,
      dueAt: t0,
      quantity: 12,
      unit: '份',
      sort: 0,
    },
    { key: 'ms.cups', department: 'meeting_staff' as const, title: '杯', instructions: null, dueAt: t1, quantity: 10, unit: '个', sort: 0 },
    {
      key: 'av.mics',
      department: 'engineering_av' as const,
      title: '麦克风',
      instructions: null,
      dueAt: t0,
      quantity: 2,
      unit: '支',
      sort: 0,
    },
  ];
  const d = diffTasks(existing, planned);
  assert.deepEqual(d.meeting_staff, {
    added: [],
    removed: [],
    moved: [{ key: 'ms.cups', title: '杯', from: t0.toISOString(), to: t1.toISOString() }],
    quantityChanged: [{ key: 'ms.tea', title: '茶叶', from: 10, to: 12 }],
  });
  assert.deepEqual(d.security.removed, [{ key: 'sec.unlock', title: '开门', dueAt: t0.toISOString() }]);
  assert.deepEqual(d.engineering_av.added, [{ key: 'av.mics', title: '麦克风', dueAt: t0.toISOString(), quantity: 2 }]);
  assert.deepEqual(d.cleaning, { added: [], removed: [], moved: [], quantityChanged: [] });
  assert.deepEqual(
    describeDiff(d.meeting_staff, (x) => x.slice(11, 16)),
    ['时间变更：杯 13:00 → 12:00', '数量变更：茶叶 10 → 12'],
  );
  assert.deepEqual(
    describeDiff(d.engineering_av, (x) => x.slice(11, 16)),
    ['新增：麦克风 ×2（13:00前）'],
  );
});

test('zonedAt: a local HH:mm on a local date as an instant; diff sizes count every change', () => {
  const table: [string, string, string, string][] = [
    ['Asia/Shanghai', '2026-06-04', '14:00', '2026-06-04T06:00:00.000Z'],
    ['Asia/Shanghai', '2026-06-04', '00:00', '2026-06-03T16:00:00.000Z'],
    ['Europe/London', '2026-03-29', '12:00', '2026-03-29T11:00:00.000Z'], // after the clocks go forward
    ['Europe/London', '2026-01-15', '12:00', '2026-01-15T12:00:00.000Z'],
  ];
  for (const [tz, date, hhmm, want] of table) assert.equal(zonedAt(tz, date, hhmm).toISOString(), want, `${tz} ${date} ${hhmm}`);
  assert.deepEqual(emptyDiff(), { added: [], removed: [], moved: [], quantityChanged: [] });
  assert.equal(diffSize(emptyDiff()), 0);
  const task = { key: 'k', title: 't' };
  const sizes: [string, Parameters<typeof diffSize>[0], number][] = [
    ['one added', { ...emptyDiff(), added: [task as never] }, 1],
    ['added and removed', { ...emptyDiff(), added: [task as never], removed: [task as never] }, 2],
    [
      'one of each',
      {
        added: [task as never],
        removed: [task as never],
        moved: [task as never],
        quantityChanged: [{ key: 'k', title: 't', from: 1, to: 2 }],
      },
      4,
    ],
  ];
  for (const [label, d, want] of sizes) assert.equal(diffSize(d), want, label);
});

test('the default templates speak to staff: no references to the source documents in titles or instructions', () => {
  const sources = /§|篇\s*\d|seed\s*\d/i;
  for (const tpl of defaultTemplates()) {
    assert.doesNotMatch(tpl.title, sources, tpl.code);
    assert.doesNotMatch(tpl.instructions ?? '', sources, tpl.code);
  }
});
