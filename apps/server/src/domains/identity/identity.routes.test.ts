import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, makeUser, login, problem, ok, type TestApp, type Fixture, TEST_PASSWORD, signedIn } from '../../test/helpers.ts';
import { twoProperties } from '../../test/builders.ts';

let t: TestApp, fx: Fixture, other: Fixture;
before(async () => ({ t, fx, other } = await twoProperties()));
after(async () => t.close());

/** A new admin of a property, and their session. */
async function signedInAdmin(propertyId: string) {
  const user = await makeUser(t.app, [{ propertyId, roles: ['admin'] }]);
  return { user, s: await login(t.app, user) };
}

test('login sets an HttpOnly cookie; me returns roles per property; logout ends the session', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher', 'front_desk'] }]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: u.username.toUpperCase(), password: u.password },
  });
  assert.equal(res.statusCode, 200);
  const setCookie = String(res.headers['set-cookie']);
  assert.match(setCookie, /hy_sid=/);
  assert.match(setCookie, /HttpOnly/i);
  assert.match(setCookie, /SameSite=Lax/i);
  const s = await login(t.app, u);
  const me = ok(await s.get('/api/v1/auth/me'));
  assert.equal(me.username, u.username);
  assert.deepEqual(
    me.properties.map((p: { id: string; roles: string[] }) => [p.id, p.roles.sort()]),
    [[fx.propertyId, ['dispatcher', 'front_desk']]],
  );
  assert.equal(ok(await s.post('/api/v1/auth/logout'), 204), undefined);
  problem(await s.get('/api/v1/auth/me'), 401, 'unauthenticated');
});

test('wrong password, unknown user and disabled account', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  problem(
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'nope' } }),
    401,
    'invalid_credentials',
  );
  problem(
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: 'x' } }),
    401,
    'invalid_credentials',
  );
  const d = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { disabled: true });
  problem(
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: d.username, password: d.password } }),
    403,
    'account_disabled',
  );
});

test('repeated failures are throttled with 429, even with the right password', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  for (let i = 0; i < 5; i++) {
    problem(
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'wrong' + i } }),
      401,
      'invalid_credentials',
    );
  }
  const body = problem(
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: u.password } }),
    429,
    'too_many_attempts',
  );
  assert.ok(Number(body.retryAfter) > 0);
  t.clock.advance(16 * 60_000);
  ok(await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: u.password } }));
});

test('writes with the session cookie need the CSRF token', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  const s = await login(t.app, u);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password',
    headers: { cookie: s.cookie },
    payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another#2026' },
  });
  problem(res, 403, 'csrf_failed');
  problem(
    await s.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another#2026' }, { 'x-csrf-token': 'forged' }),
    403,
    'csrf_failed',
  );
});

test('password change: wrong current, weak new, then success ends other sessions', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  const s1 = await login(t.app, u);
  const s2 = await login(t.app, u);
  problem(await s1.post('/api/v1/auth/password', { currentPassword: 'bad', newPassword: 'Another#2026' }), 422, 'wrong_password');
  const weak = problem(
    await s1.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abc' }),
    422,
    'weak_password',
  );
  assert.equal(weak.fields?.[0]?.path, 'newPassword');
  ok(await s1.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Another#2026' }), 204);
  ok(await s1.get('/api/v1/auth/me'));
  problem(await s2.get('/api/v1/auth/me'), 401);
  await login(t.app, { username: u.username, password: 'Another#2026' });
});

test('admin creates a user with roles, disables them; audit records each write', async () => {
  const { user: admin, s } = await signedInAdmin(fx.propertyId);
  const roles = [{ propertyId: fx.propertyId, role: 'engineer' }];
  const created = ok(
    await s.post('/api/v1/users', { username: 'zhang.san' + Date.now(), displayName: '张三', password: 'Welcome#2026', roles }),
    201,
  );
  assert.deepEqual(created.roles, roles);
  const newbie = await login(t.app, { username: created.username, password: 'Welcome#2026' });
  assert.equal(ok(await newbie.get('/api/v1/auth/me')).mustChangePassword, true);
  const disabled = ok(await s.patch(`/api/v1/users/${created.id}`, { disabled: true }));
  assert.equal(disabled.disabled, true);
  problem(await newbie.get('/api/v1/auth/me'), 401);
  const hist = ok(await s.get(`/api/v1/audit-events?entityType=user&entityId=${created.id}`));
  assert.deepEqual(
    hist.data.map((e: { action: string }) => e.action),
    ['user.disabled', 'auth.login', 'user.created'],
  );
  assert.deepEqual(hist.data[0].changes.disabled, [false, true]);
  assert.equal(hist.data[0].actorId, admin.id);
});

test('admins manage only their own properties; other roles may not manage users', async () => {
  const { s } = await signedInAdmin(fx.propertyId);
  const bad = problem(
    await s.post('/api/v1/users', {
      username: 'x' + Date.now(),
      displayName: '某人',
      password: 'Welcome#2026',
      roles: [{ propertyId: other.propertyId, role: 'admin' }],
    }),
    400,
    'validation_failed',
  );
  assert.equal(bad.fields?.[0]?.path, 'roles.0.propertyId');
  const stranger = await makeUser(t.app, [{ propertyId: other.propertyId, roles: ['engineer'] }]);
  problem(await s.get(`/api/v1/users/${stranger.id}`), 404, 'not_found');
  problem(await s.patch(`/api/v1/users/${stranger.id}`, { disabled: true }), 404, 'not_found');
  const list = ok(await s.get('/api/v1/users?limit=200'));
  assert.ok(!list.data.some((u: { id: string }) => u.id === stranger.id));
  const disp = await signedIn(t.app, fx.propertyId, ['dispatcher']);
  problem(await disp.get('/api/v1/users'), 403, 'forbidden');
  problem(await disp.post('/api/v1/users', { username: 'y' + Date.now(), displayName: 'y', password: 'Welcome#2026' }), 403, 'forbidden');
});

test('bad input: wrong types, unknown fields, malformed JSON, oversized body, duplicate username', async () => {
  const { user: admin, s } = await signedInAdmin(fx.propertyId);
  const v = problem(
    await s.post('/api/v1/users', { username: 5, displayName: '', password: 'Welcome#2026', extra: 1 }),
    400,
    'validation_failed',
  );
  assert.ok(v.fields!.some((f) => f.path === 'username'));
  const en = problem(await s.post('/api/v1/users', { username: 'ok' }, { 'accept-language': 'en-US' }), 400, 'validation_failed');
  assert.equal(en.title, 'Some fields are invalid');
  problem(
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      payload: '{"username": ',
    }),
    400,
    'malformed_json',
  );
  problem(
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
      payload: JSON.stringify({ displayName: 'x'.repeat(1024 * 1024 + 10) }),
    }),
    413,
    'payload_too_large',
  );
  problem(await s.get('/api/v1/users/not-a-uuid'), 400, 'validation_failed');
  problem(await s.post('/api/v1/users', { username: admin.username, displayName: '重复', password: 'Welcome#2026' }), 409, 'duplicate');
  problem(await s.get('/api/v1/nothing-here'), 404, 'route_not_found');
});

test('production refuses default passwords', async () => {
  const prod = await createTestApp({ database: t.database, production: true });
  try {
    const admin = await makeUser(prod.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
    const s = await login(prod.app, admin);
    const b = problem(
      await s.post('/api/v1/users', { username: 'p' + Date.now(), displayName: '生产', password: 'Demo@2026' }),
      422,
      'default_password_refused',
    );
    assert.equal(b.fields?.[0]?.path, 'password');
  } finally {
    await prod.close();
  }
});

test('X1: an admin of one property cannot take over an account that also belongs to another property', async () => {
  // adminB administers only `other`; victim is an administrator of `fx` who also holds a role in `other`.
  const adminB = (await signedInAdmin(other.propertyId)).s;
  const victim = await makeUser(t.app, [
    { propertyId: fx.propertyId, roles: ['admin'] },
    { propertyId: other.propertyId, roles: ['dispatcher'] },
  ]);
  const seen = ok(await adminB.get(`/api/v1/users/${victim.id}`));
  assert.deepEqual(seen.roles, [{ propertyId: other.propertyId, role: 'dispatcher' }]);
  assert.deepEqual(seen.policies, { update: false, roles: true });
  for (const patch of [{ password: 'Takeover#2026' }, { disabled: true }, { displayName: '被改名' }, { email: 'evil@example.com' }]) {
    problem(await adminB.patch(`/api/v1/users/${victim.id}`, patch), 403, 'user_managed_elsewhere');
  }
  // Nothing changed: the victim still signs in with the old password and the old name.
  const still = await login(t.app, victim);
  const me = ok(await still.get('/api/v1/auth/me'));
  assert.equal(me.mustChangePassword, false);
  assert.notEqual(me.displayName, '被改名');
  // The other property's roles are adminB's to grant and revoke — and only those.
  ok(await adminB.post(`/api/v1/users/${victim.id}/roles`, { propertyId: other.propertyId, role: 'front_desk' }));
  ok(await adminB.del(`/api/v1/users/${victim.id}/roles`, { propertyId: other.propertyId, role: 'dispatcher' }));
  problem(await adminB.del(`/api/v1/users/${victim.id}/roles`, { propertyId: fx.propertyId, role: 'admin' }), 400, 'validation_failed');
  // An administrator of both properties may change the account itself.
  const adminAB = await login(
    t.app,
    await makeUser(t.app, [
      { propertyId: fx.propertyId, roles: ['admin'] },
      { propertyId: other.propertyId, roles: ['admin'] },
    ]),
  );
  const both = ok(await adminAB.get(`/api/v1/users/${victim.id}`));
  assert.deepEqual(both.policies, { update: true, roles: true });
  ok(await adminAB.patch(`/api/v1/users/${victim.id}`, { displayName: '改名成功' }));
});

test("X1: an account tied to another property by its organization or unit is not the admin's to create or change", async () => {
  const adminB = (await signedInAdmin(other.propertyId)).s;
  const name = 'tied' + Date.now();
  const tenantOfB = [{ propertyId: other.propertyId, role: 'tenant' }];
  const create = (fields: Record<string, unknown>) => adminB.post('/api/v1/users', { username: name, password: 'Welcome#2026', ...fields });
  const byOrg = problem(
    await create({ displayName: '跨项目', organizationId: fx.organizationId, roles: tenantOfB }),
    400,
    'validation_failed',
  );
  assert.equal(byOrg.fields?.[0]?.path, 'organizationId');
  const byUnit = problem(await create({ displayName: '跨项目', unitId: fx.unitId }), 400, 'validation_failed');
  assert.equal(byUnit.fields?.[0]?.path, 'unitId');
  const own = ok(await create({ displayName: '本项目', organizationId: other.organizationId, roles: tenantOfB }), 201);
  problem(await adminB.patch(`/api/v1/users/${own.id}`, { organizationId: fx.organizationId }), 400, 'validation_failed');
  // An account of `fx`'s organization with no role anywhere is not listed to, nor opened by, adminB.
  const loose = await makeUser(t.app, [], { organizationId: fx.organizationId });
  problem(await adminB.get(`/api/v1/users/${loose.id}`), 404, 'not_found');
  problem(await adminB.patch(`/api/v1/users/${loose.id}`, { password: 'Takeover#2026' }), 404, 'not_found');
  assert.ok(!ok(await adminB.get('/api/v1/users?unassigned=true&limit=100')).data.some((u: { id: string }) => u.id === loose.id));
  const adminA = (await signedInAdmin(fx.propertyId)).s;
  assert.ok(ok(await adminA.get('/api/v1/users?unassigned=true&limit=100')).data.some((u: { id: string }) => u.id === loose.id));
});

test('X1: an admin reads the sign-ins of accounts of their own properties only', async () => {
  const inA = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['engineer'] }]);
  const inB = await makeUser(t.app, [{ propertyId: other.propertyId, roles: ['engineer'] }]);
  await login(t.app, inA);
  await login(t.app, inB);
  const adminB = (await signedInAdmin(other.propertyId)).s;
  const logins = async (userId: string) =>
    ok(await adminB.get(`/api/v1/audit-events?entityType=user&entityId=${userId}`)).data.map((e: { action: string }) => e.action);
  assert.deepEqual(await logins(inA.id), []);
  assert.deepEqual(await logins(inB.id), ['auth.login']);
  const all = ok(await adminB.get('/api/v1/audit-events?limit=200')).data as { entityId: string; propertyId: string | null }[];
  assert.ok(!all.some((e) => e.entityId === inA.id));
  assert.ok(all.every((e) => e.propertyId === other.propertyId || e.propertyId === null));
});

test('X1: a session that must change its password may only change it, see itself and sign out', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }], { mustChangePassword: true });
  const s = await login(t.app, u);
  assert.equal(ok(await s.get('/api/v1/auth/me')).mustChangePassword, true);
  problem(await s.get(`/api/v1/venues?propertyId=${fx.propertyId}`), 403, 'password_change_required');
  problem(await s.get('/api/v1/notifications'), 403, 'password_change_required');
  problem(await s.post('/api/v1/cases', { propertyId: fx.propertyId }), 403, 'password_change_required');
  ok(await s.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Changed#2026' }), 204);
  assert.equal(ok(await s.get('/api/v1/auth/me')).mustChangePassword, false);
  ok(await s.get(`/api/v1/venues?propertyId=${fx.propertyId}`));
});
