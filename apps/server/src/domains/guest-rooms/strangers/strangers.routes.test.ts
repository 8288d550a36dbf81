import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { notificationCount, roster, twoProperties } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Fixture, type Session, type TestApp } from '../../../test/helpers.ts';

const clock = new TestClock(new Date('2026-12-07T21:40:00+08:00'));
let t: TestApp;
let fx: Fixture;
let outsider: Session;
const team = roster<'cleaner' | 'security' | 'engineer' | 'tenant' | 'desk'>();
const q = () => new URLSearchParams({ propertyId: fx.propertyId }).toString();
const body = (over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId,
  building: '北楼',
  floor: '8F',
  place: '电梯厅',
  seenAt: '2026-12-07T21:25:00+08:00',
  description: '男性，灰色夹克，逐间查看房号',
  ...over,
});

before(async () => {
  const w = await twoProperties({ clock });
  t = w.t;
  fx = w.fx;
  team.on(t.app, fx.propertyId);
  await team.members({
    cleaner: 'cleaner',
    security: 'security',
    engineer: 'engineer',
    tenant: { roles: ['tenant'], organizationId: fx.organizationId },
    desk: 'front_desk',
  });
  outsider = await signedIn(t.app, w.other.propertyId, ['security']);
});
after(() => t.close());

test('any staff member reports a stranger; security is notified, sees it and closes it', async () => {
  problem(
    await team.s.engineer.post('/api/v1/guest-strangers', body({ seenAt: '2026-12-08T09:00:00+08:00' })),
    422,
    'stranger_seen_in_future',
  );
  problem(await team.s.engineer.post('/api/v1/guest-strangers', body({ description: '' })), 400);
  problem(await team.s.tenant.post('/api/v1/guest-strangers', body()), 403);
  problem(await outsider.post('/api/v1/guest-strangers', body()), 404);
  const r = ok(await team.s.engineer.post('/api/v1/guest-strangers', body()), 201);
  assert.equal(await notificationCount(t.app.database.db, team.ids.security, 'guestrooms.stranger_reported'), 1);
  const list = ok(await team.s.security.get(`/api/v1/guest-strangers?${q()}`)).data;
  assert.equal(list.length, 1);
  assert.equal(list[0].policies.close, true);
  assert.equal(ok(await team.s.cleaner.get(`/api/v1/guest-strangers?${q()}`)).data[0].policies.close, false);
  problem(await team.s.cleaner.post(`/api/v1/guest-strangers/${r.id}/close`, { followUp: '已处理' }), 403);
  problem(await outsider.post(`/api/v1/guest-strangers/${r.id}/close`, { followUp: '已处理' }), 404);
  const c = ok(await team.s.security.post(`/api/v1/guest-strangers/${r.id}/close`, { followUp: '外卖员走错楼层，已引导离开' }));
  assert.ok(c.closedAt);
  problem(await team.s.desk.post(`/api/v1/guest-strangers/${r.id}/close`, { followUp: '再次' }), 409, 'stranger_closed');
});
