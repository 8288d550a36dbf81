import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  problem,
  ok,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
  type TestUser,
} from '../../../test/helpers.ts';
import { at, notificationCount } from '../../../test/builders.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, tenant: Session, tenant2: Session;
let supUser: TestUser;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  const p = fx.propertyId;
  supUser = await makeUser(t.app, [{ propertyId: p, roles: ['cs_supervisor'] }]);
  const users = await Promise.all([
    makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'affairs_admin'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }], { unitId: fx.unitId, organizationId: fx.organizationId }),
    makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }]),
  ]);
  [desk, tenant, tenant2] = await Promise.all(users.map((u) => login(t.app, u)));
});
after(async () => t.close());

const q = (o: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...o }).toString();
const notes = (userId: string, kind: string) => notificationCount(t.database.db, userId, kind, { propertyId: fx.propertyId });

test('tenant portal: own cases, rating once after resolution; everything else 403/404', async () => {
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'complaint', content: '电梯异响' }), 201);
  problem(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 422, 'rating_not_due');
  ok(await desk.post(`/api/v1/cases/${c.id}/resolve`, { note: '已调整' }));
  problem(await tenant2.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 404);
  problem(await desk.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 403);
  problem(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 9 }), 400, 'validation_failed');
  const r = ok(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: false, rating: 2, comment: '仍有异响' }), 201);
  assert.equal(r.source, 'tenant');
  problem(await tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 409, 'already_rated');
  assert.ok((await notes(supUser.id, 'case.tenant_dissatisfied')) >= 1);
  const d = ok(await tenant.get(`/api/v1/cases/${c.id}`));
  assert.equal(d.callbacks[0].source, 'tenant');
  assert.ok(ok(await tenant.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data.some((x: { id: string }) => x.id === c.id));
  for (const url of [
    `/api/v1/supervision/daily?${q({ date: '2026-10-09' })}`,
    `/api/v1/reports/complaints-monthly?${q({ month: '2026-10' })}`,
    `/api/v1/kb/search?${q({})}`,
    `/api/v1/work-orders?propertyId=${fx.propertyId}`,
  ]) {
    problem(await tenant.get(url), 403);
  }
  problem(await tenant.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09' }), 403);
  problem(await tenant.post('/api/v1/cases/archive-run', { propertyId: fx.propertyId }), 403);
  const doc = ok(await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }));
  for (const p of [
    '/api/v1/supervision/daily',
    '/api/v1/reports/three-equalities',
    '/api/v1/kb/faq',
    '/api/v1/work-orders/{id}/payment-notice',
    '/api/v1/cases/search',
  ])
    assert.ok(doc.paths[p], p);
});
