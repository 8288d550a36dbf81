import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, makeProperty, problem, ok, type TestApp, type Fixture, signedIn } from './helpers.ts';

let t: TestApp;
let fx: Fixture;
before(async () => {
  t = await createTestApp();
  fx = await makeProperty(t.app);
});
after(async () => t.close());

test('health and readiness', async () => {
  assert.deepEqual(ok(await t.app.inject({ url: '/healthz' })), { status: 'ok' });
  const r = ok(await t.app.inject({ url: '/readyz' }));
  assert.equal(r.status, 'ready');
  assert.equal(r.database, process.env.DATABASE_URL ? 'postgres' : 'pglite');
});

test('OpenAPI 3 document and docs page', async () => {
  const doc = ok(await t.app.inject({ url: '/api/v1/openapi.json' }));
  assert.match(doc.openapi, /^3\./);
  for (const p of ['/api/v1/auth/login', '/api/v1/users', '/api/v1/audit-events', '/api/v1/notifications']) assert.ok(doc.paths[p], p);
  assert.ok(doc.paths['/api/v1/users'].post.requestBody);
  const page = await t.app.inject({ url: '/api/v1/docs/' });
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-type']), /text\/html/);
});

test('every response carries a request id; a client-sent one is kept', async () => {
  const r = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc-123' } });
  assert.equal(r.headers['x-request-id'], 'abc-123');
  const p = problem(await t.app.inject({ url: '/api/v1/auth/me' }), 401, 'unauthenticated');
  assert.ok(p.requestId);
});

test('problem titles follow Accept-Language', async () => {
  assert.equal(problem(await t.app.inject({ url: '/api/v1/auth/me' }), 401).title, '请先登录');
  assert.equal(
    problem(await t.app.inject({ url: '/api/v1/auth/me', headers: { 'accept-language': 'en-US,en;q=0.9' } }), 401).title,
    'Please sign in',
  );
});

test('audit log: outside roles may not read it; another property is 404; own property is scoped', async () => {
  const other = await makeProperty(t.app);
  const tenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  problem(await tenant.get('/api/v1/audit-events'), 403, 'forbidden');
  const sup = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  problem(await sup.get(`/api/v1/audit-events?propertyId=${other.propertyId}`), 404, 'not_found');
  const list = ok(await sup.get(`/api/v1/audit-events?propertyId=${fx.propertyId}`));
  assert.ok(list.data.every((e: { propertyId: string }) => e.propertyId === fx.propertyId));
  problem(await sup.get('/api/v1/audit-events?limit=0'), 400, 'validation_failed');
  problem(await sup.get('/api/v1/audit-events?cursor=abc'), 400, 'validation_failed');
});
