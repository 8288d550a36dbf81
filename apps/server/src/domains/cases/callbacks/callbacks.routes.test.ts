import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok } from '../../../test/helpers.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK_ADMIN, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'sup' | 'desk' | 'tenant' | 'tenant2'>;

before(async () => {
  w = await casesWorld({ sup: ['cs_supervisor'], desk: DESK_ADMIN, tenant: UNIT_TENANT, tenant2: ['tenant'] });
});
after(async () => w.t.close());

test('tenant portal: own cases, rating once after resolution; everything else 403/404', async () => {
  const { t, fx, s, ids, q, notes } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'complaint', content: '电梯异响' }), 201);
  problem(await s.tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 422, 'rating_not_due');
  ok(await s.desk.post(`/api/v1/cases/${c.id}/resolve`, { note: '已调整' }));
  problem(await s.tenant2.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 404);
  problem(await s.desk.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 403);
  problem(await s.tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 9 }), 400, 'validation_failed');
  const r = ok(await s.tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: false, rating: 2, comment: '仍有异响' }), 201);
  assert.equal(r.source, 'tenant');
  problem(await s.tenant.post(`/api/v1/cases/${c.id}/rating`, { satisfied: true, rating: 5 }), 409, 'already_rated');
  assert.ok((await notes(ids.sup, 'case.tenant_dissatisfied')) >= 1);
  const d = ok(await s.tenant.get(`/api/v1/cases/${c.id}`));
  assert.equal(d.callbacks[0].source, 'tenant');
  assert.ok(ok(await s.tenant.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data.some((x: { id: string }) => x.id === c.id));
  for (const url of [
    `/api/v1/supervision/daily?${q({ date: '2026-10-09' })}`,
    `/api/v1/reports/complaints-monthly?${q({ month: '2026-10' })}`,
    `/api/v1/kb/search?${q({})}`,
    `/api/v1/work-orders?propertyId=${fx.propertyId}`,
  ]) {
    problem(await s.tenant.get(url), 403);
  }
  problem(await s.tenant.post('/api/v1/supervision/daily/sign', { propertyId: fx.propertyId, date: '2026-10-09' }), 403);
  problem(await s.tenant.post('/api/v1/cases/archive-run', { propertyId: fx.propertyId }), 403);
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
