import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, makeProperty, makeUser, login, problem, ok, type TestApp, type Fixture, TEST_PASSWORD } from '../../test/helpers.ts';

let t: TestApp;
let fx: Fixture;
let other: Fixture;
before(async () => {
  t = await createTestApp();
  fx = await makeProperty(t.app);
  other = await makeProperty(t.app, '另一个项目');
});
after(async () => t.close());

test('login sets an HttpOnly cookie; me returns roles per property; logout ends the session', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher', 'front_desk'] }]);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username.toUpperCase(), password: u.password } });
  assert.equal(res.statusCode, 200);
  const setCookie = String(res.headers['set-cookie']);
  assert.match(setCookie, /hy_sid=/);
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  const s = await login(t.app, u);
  const me = ok(await s.get('/api/v1/auth/me'));
  assert.equal(me.username, u.username);
  assert.deepEqual(me.properties.map((p: { id: string; roles: string[] }) => [p.id, p.roles.sort()]), [[fx.propertyId, ['dispatcher', 'front_desk']]]);
  assert.equal(ok(await s.post('/api/v1/auth/logout'), 204), undefined);
  problem(await s.get('/api/v1/auth/me'), 401, 'unauthenticated');
});

test('wrong password, unknown user and disabled account', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  problem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'nope' } }), 401, 'invalid_credentials');
  problem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: 'x' } }), 401, 'invalid_credentials');
  const d = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { disabled: true });
  problem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: d.username, password: d.password } }), 403, 'account_disabled');
});

test('repeated failures are throttled with 429, even with the right password', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  for (let i = 0; i < 5; i++) {
    problem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'wrong' + i } }), 401, 'invalid_credentials');
  }
  const body = problem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: u.password } }), 429, 'too_many_attempts');
  assert.ok(Number(body.retryAfter) > 0);
  t.clock.advance(16 * 60_000);
  ok(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: u.password } }));
});

test('writes with the session cookie need the CSRF token', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  const s = await login(t.app, u);
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: s.cookie }, payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another#2026' } });
  problem(res, 403, 'csrf_failed');
  problem(await s.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another#2026' }, { 'x-csrf-token': 'forged' }), 403, 'csrf_failed');
});

test('password change: wrong current, weak new, then success ends other sessions', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  const s1 = await login(t.app, u);
  const s2 = await login(t.app, u);
  problem(await s1.post('/api/v1/auth/password', { currentPassword: 'bad', newPassword: 'Another#2026' }), 422, 'wrong_password');
  const weak = problem(await s1.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abc' }), 422, 'weak_password');
  assert.equal(weak.fields?.[0]?.path, 'newPassword');
  ok(await s1.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another#2026' }), 204);
  ok(await s1.get('/api/v1/auth/me'));
  problem(await s2.get('/api/v1/auth/me'), 401);
  await login(t.app, { username: u.username, password: 'Another#2026' });
});

test('admin creates a user with roles, disables them; audit records each write', async () => {
  const admin = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
  const s = await login(t.app, admin);
  const created = ok(await s.post('/api/v1/users', { username: 'zhang.san' + Date.now(), displayName: '张三', password: 'Welcome#2026', roles: [{ propertyId: fx.propertyId, role: 'engineer' }] }), 201);
  assert.deepEqual(created.roles, [{ propertyId: fx.propertyId, role: 'engineer' }]);
  const newbie = await login(t.app, { username: created.username, password: 'Welcome#2026' });
  assert.equal(ok(await newbie.get('/api/v1/auth/me')).mustChangePassword, true);
  const disabled = ok(await s.patch(`/api/v1/users/${created.id}`, { disabled: true }));
  assert.equal(disabled.disabled, true);
  problem(await newbie.get('/api/v1/auth/me'), 401);
  const hist = ok(await s.get(`/api/v1/audit-events?entityType=user&entityId=${created.id}`));
  assert.deepEqual(hist.data.map((e: { action: string }) => e.action), ['user.disabled', 'auth.login', 'user.created']);
  assert.deepEqual(hist.data[0].changes.disabled, [false, true]);
  assert.equal(hist.data[0].actorId, admin.id);
});

test('admins manage only their own properties; other roles may not manage users', async () => {
  const admin = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
  const s = await login(t.app, admin);
  const bad = problem(await s.post('/api/v1/users', { username: 'x' + Date.now(), displayName: '某人', password: 'Welcome#2026', roles: [{ propertyId: other.propertyId, role: 'admin' }] }), 400, 'validation_failed');
  assert.equal(bad.fields?.[0]?.path, 'roles.0.propertyId');
  const stranger = await makeUser(t.app, [{ propertyId: other.propertyId, roles: ['engineer'] }]);
  problem(await s.get(`/api/v1/users/${stranger.id}`), 404, 'not_found');
  problem(await s.patch(`/api/v1/users/${stranger.id}`, { disabled: true }), 404, 'not_found');
  const list = ok(await s.get('/api/v1/users?limit=200'));
  assert.ok(!list.data.some((u: { id: string }) => u.id === stranger.id));
  const disp = await login(t.app, await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }]));
  problem(await disp.get('/api/v1/users'), 403, 'forbidden');
  problem(await disp.post('/api/v1/users', { username: 'y' + Date.now(), displayName: 'y', password: 'Welcome#2026' }), 403, 'forbidden');
});

test('bad input: wrong types, unknown fields, malformed JSON, oversized body, duplicate username', async () => {
  const admin = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
  const s = await login(t.app, admin);
  const v = problem(await s.post('/api/v1/users', { username: 5, displayName: '', password: 'Welcome#2026', extra: 1 }), 400, 'validation_failed');
  assert.ok(v.fields!.some((f) => f.path === 'username'));
  const en = problem(await s.post('/api/v1/users', { username: 'ok' }, { 'accept-language': 'en-US' }), 400, 'validation_failed');
  assert.equal(en.title, 'Some fields are invalid');
  problem(await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, payload: '{"username": ' }), 400, 'malformed_json');
  problem(await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, payload: JSON.stringify({ displayName: 'x'.repeat(1024 * 1024 + 10) }) }), 413, 'payload_too_large');
  problem(await s.get('/api/v1/users/not-a-uuid'), 400, 'validation_failed');
  problem(await s.post('/api/v1/users', { username: admin.username, displayName: '重复', password: 'Welcome#2026' }), 409, 'duplicate');
  problem(await s.get('/api/v1/nothing-here'), 404, 'route_not_found');
});

test('production refuses default passwords', async () => {
  const prod = await createTestApp({ database: t.database, production: true });
  try {
    const admin = await makeUser(prod.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
    const s = await login(prod.app, admin);
    const b = problem(await s.post('/api/v1/users', { username: 'p' + Date.now(), displayName: '生产', password: 'Demo@2026' }), 422, 'default_password_refused');
    assert.equal(b.fields?.[0]?.path, 'password');
  } finally {
    await prod.close();
  }
});
