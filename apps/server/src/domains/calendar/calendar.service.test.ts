import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import type { Role } from '@hy/contracts';
import { createTestApp, makeProperty, makeUser, type TestApp, type Fixture } from '../../test/helpers.ts';
import { auditEvents } from '../../db/schema/index.ts';
import type { Ctx } from '../../lib/context.ts';
import { dayInfo, isWorkingDay } from './work-days/work-days.rules.ts';
import { addDuration } from './work-days/working-hours.rules.ts';
import * as workDays from './work-days/work-days.service.ts';
import * as overrides from './overrides/overrides.service.ts';

const svc = { ...workDays, ...overrides };

let t: TestApp;
let a: Fixture;
let b: Fixture;
let ctxA: Ctx;

async function ctxFor(propertyId: string, roles: Role[]): Promise<Ctx> {
  const u = await makeUser(t.app, [{ propertyId, roles }]);
  return {
    db: t.app.database.db,
    locale: 'zh-CN',
    production: false,
    now: () => new Date('2026-11-20T10:00:00+08:00'),
    actor: { id: u.id, username: u.username, displayName: '管理员', organizationId: null, unitId: null, roles: { [propertyId]: roles } },
  };
}

before(async () => {
  t = await createTestApp();
  a = await makeProperty(t.app, '甲项目');
  b = await makeProperty(t.app, '乙项目');
  ctxA = await ctxFor(a.propertyId, ['admin']);
});
after(async () => t.close());

const at = (iso: string) => new Date(iso);

test('loadWorkCalendar: built-ins, property hours; unknown property is 404', async () => {
  const cal = await svc.loadWorkCalendar(t.app.database.db, a.propertyId);
  assert.equal(cal.timeZone, 'Asia/Shanghai');
  assert.equal(cal.workStart, '08:30');
  assert.equal(cal.workEnd, '17:30');
  assert.deepEqual(dayInfo(cal, '2026-10-01'), { date: '2026-10-01', working: false, kind: 'holiday', name: '国庆节' });
  assert.equal(isWorkingDay(cal, '2026-10-10'), true);
  await assert.rejects(svc.loadWorkCalendar(t.app.database.db, '00000000-0000-4000-8000-000000000000'), { code: 'not_found', status: 404 });
});

test('admin overrides win over built-ins for one property only; every write is audited', async () => {
  await svc.setOverride(ctxA, a.propertyId, '2026-11-23', { kind: 'holiday', name: '物业停电检修' });
  await svc.setOverride(ctxA, a.propertyId, '2026-10-07', { kind: 'workday', name: '值班' });
  const calA = await svc.loadWorkCalendar(t.app.database.db, a.propertyId);
  const calB = await svc.loadWorkCalendar(t.app.database.db, b.propertyId);
  const cases: Array<[string, boolean, boolean]> = [
    // date, working in A, working in B
    ['2026-11-23', false, true],
    ['2026-10-07', true, false],
    ['2026-10-06', false, false],
    ['2026-11-24', true, true],
  ];
  for (const [date, inA, inB] of cases) {
    assert.equal(isWorkingDay(calA, date), inA, `A ${date}`);
    assert.equal(isWorkingDay(calB, date), inB, `B ${date}`);
  }
  assert.equal(dayInfo(calA, '2026-11-23').name, '物业停电检修');
  // Fri 11-20 17:00 + 1 working hour: A skips Mon 11-23, B does not.
  const start = at('2026-11-20T17:00:00+08:00');
  assert.equal(svc.formatInstant(calA, addDuration(calA, start, { value: 1, unit: 'working_hours' })), '2026-11-24T09:00:00+08:00');
  assert.equal(svc.formatInstant(calB, addDuration(calB, start, { value: 1, unit: 'working_hours' })), '2026-11-23T09:00:00+08:00');

  // Update then delete: each write has its event.
  await svc.setOverride(ctxA, a.propertyId, '2026-11-23', { kind: 'holiday', name: '停电' });
  await svc.removeOverride(ctxA, a.propertyId, '2026-11-23');
  const events = await t.app.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'calendar_day'), eq(auditEvents.entityId, `${a.propertyId}:2026-11-23`)))
    .orderBy(auditEvents.id);
  assert.deepEqual(
    events.map((e) => e.action),
    ['calendar_day.created', 'calendar_day.updated', 'calendar_day.deleted'],
  );
  assert.ok(events.every((e) => e.propertyId === a.propertyId && e.actorId === ctxA.actor!.id));
  assert.deepEqual(events[1]!.changes, { name: ['物业停电检修', '停电'] });
  assert.equal(isWorkingDay(await svc.loadWorkCalendar(t.app.database.db, a.propertyId), '2026-11-23'), true);
  await assert.rejects(svc.removeOverride(ctxA, a.propertyId, '2026-11-23'), { status: 404 });
});

test('2027 import (not in built-in data) drives addDuration; the other property keeps plain weekdays', async () => {
  const before2027 = await svc.summary(ctxA, { propertyId: a.propertyId, year: 2027 });
  assert.equal(before2027.builtin, false);
  assert.equal(before2027.needsData, true);
  const days = ['05', '06', '07', '08', '09', '10', '11'].map((d) => ({ date: `2027-02-${d}`, kind: 'holiday' as const, name: '春节' }));
  const res = await svc.importOverrides(ctxA, {
    propertyId: a.propertyId,
    days: [...days, { date: '2027-02-20', kind: 'workday', name: '春节调休' }],
  });
  assert.equal(res.created, 8);
  const cal = await svc.loadWorkCalendar(t.app.database.db, a.propertyId);
  const other = await svc.loadWorkCalendar(t.app.database.db, b.propertyId);
  const cases: Array<[string, number, 'working_hours' | 'working_days' | 'end_of_working_day', string, string]> = [
    // start, value, unit, expected in A, expected in B
    ['2027-02-04T17:00:00+08:00', 1, 'working_hours', '2027-02-12T09:00:00+08:00', '2027-02-05T09:00:00+08:00'],
    ['2027-02-12T10:00:00+08:00', 6, 'working_days', '2027-02-20T10:00:00+08:00', '2027-02-22T10:00:00+08:00'],
    ['2027-02-04T18:00:00+08:00', 0, 'end_of_working_day', '2027-02-12T17:30:00+08:00', '2027-02-05T17:30:00+08:00'],
  ];
  for (const [start, value, unit, inA, inB] of cases) {
    assert.equal(svc.formatInstant(cal, addDuration(cal, at(start), { value, unit })), inA, `A ${start} + ${value} ${unit}`);
    assert.equal(svc.formatInstant(other, addDuration(other, at(start), { value, unit })), inB, `B ${start} + ${value} ${unit}`);
  }
  const s = await svc.summary(ctxA, { propertyId: a.propertyId, year: 2027 });
  assert.deepEqual(
    { ...s },
    { year: 2027, builtin: false, holidays: 7, makeupWorkdays: 1, workingDays: 261 - 5 + 1, overrides: 8, needsData: false },
  );
  // Re-import is an update, not a duplicate.
  const again = await svc.importOverrides(ctxA, { propertyId: a.propertyId, days: days.slice(0, 2) });
  assert.deepEqual([again.created, again.updated], [0, 2]);
});

test('summary of a built-in year', async () => {
  const s = await svc.summary(ctxA, { propertyId: b.propertyId, year: 2026 }).catch((e) => e);
  assert.equal(s.status, 404, 'admin of A is not a member of B');
  const ctxB = await ctxFor(b.propertyId, ['tenant']);
  const y = await svc.summary(ctxB, { propertyId: b.propertyId, year: 2026 });
  assert.equal(y.builtin, true);
  assert.equal(y.makeupWorkdays, 6);
  assert.ok(y.holidays >= 25 && y.holidays <= 40, `holidays ${y.holidays}`);
  assert.equal(y.needsData, false);
});
