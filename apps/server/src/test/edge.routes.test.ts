/**
 * Issue 9 — the HTTP edge: client addresses (TRUST_PROXY), security headers, input the database
 * cannot store (NUL, control characters) and errors Fastify raises itself, links in records.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { createTestApp, makeProperty, makeUser, login, problem, ok, uniq, type TestApp, type Fixture, signedIn } from './helpers.ts';
import { auditEvents, loginFailures } from '../db/schema/index.ts';
import { parseTrustProxy } from '../config.ts';

let t: TestApp;
let fx: Fixture;
let webDist: string;
before(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), 'hy-edge-web-'));
  await writeFile(
    path.join(webDist, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/x.js"></script></head><body><div id="root"></div></body></html>',
  );
  t = await createTestApp({ config: { webDist } });
  fx = await makeProperty(t.app);
});
after(async () => {
  await t.close();
  await rm(webDist, { recursive: true, force: true });
});

const loginReq = (username: string, password: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') => ({
  method: 'POST' as const,
  url: '/api/v1/auth/login',
  payload: { username, password },
  headers,
  remoteAddress,
});

async function lastLoginAudit(app: TestApp['app'], userId: string) {
  const [row] = await app.database.db
    .select({ ip: auditEvents.ip })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, userId), eq(auditEvents.action, 'auth.login')))
    .orderBy(desc(auditEvents.at))
    .limit(1);
  return row?.ip;
}
async function failureIps(app: TestApp['app'], username: string) {
  return (await app.database.db.select({ ip: loginFailures.ip }).from(loginFailures).where(eq(loginFailures.username, username))).map(
    (r) => r.ip,
  );
}

// ---------- client addresses ----------

test('TRUST_PROXY parsing: none by default; addresses and CIDRs; true and hop counts refused', () => {
  assert.equal(parseTrustProxy(undefined), false);
  assert.equal(parseTrustProxy(''), false);
  assert.equal(parseTrustProxy('false'), false);
  assert.deepEqual(parseTrustProxy('127.0.0.1, 10.0.0.0/8'), ['127.0.0.1', '10.0.0.0/8']);
  assert.throws(() => parseTrustProxy('true'), /TRUST_PROXY/);
  assert.throws(() => parseTrustProxy('2'), /TRUST_PROXY/);
});

test('default config: X-Forwarded-For is ignored — the socket address is audited and recorded on failures', async () => {
  const user = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }]);
  ok(await t.app.inject(loginReq(user.username, user.password, { 'x-forwarded-for': '1.2.3.4' }, '10.1.1.1')));
  assert.equal(await lastLoginAudit(t.app, user.id), '10.1.1.1');
  const ghost = uniq('ghost');
  problem(await t.app.inject(loginReq(ghost, 'wrong', { 'x-forwarded-for': '1.2.3.4' }, '10.1.1.1')), 401, 'invalid_credentials');
  assert.deepEqual(await failureIps(t.app, ghost), ['10.1.1.1']);
});

test('default config: a new X-Forwarded-For per attempt does not escape the per-user throttle', async () => {
  const user = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }]);
  for (let i = 1; i <= 5; i++)
    problem(
      await t.app.inject(loginReq(user.username, 'wrong', { 'x-forwarded-for': `9.9.9.${i}` }, '10.2.2.2')),
      401,
      'invalid_credentials',
    );
  problem(
    await t.app.inject(loginReq(user.username, user.password, { 'x-forwarded-for': '9.9.9.6' }, '10.2.2.2')),
    429,
    'too_many_attempts',
  );
});

test('default config: a new X-Forwarded-For per attempt does not escape the per-address login limit (30 a minute)', async () => {
  for (let i = 1; i <= 30; i++)
    problem(
      await t.app.inject(loginReq(uniq('nobody'), 'wrong', { 'x-forwarded-for': `8.8.${i}.1` }, '10.3.3.3')),
      401,
      'invalid_credentials',
    );
  problem(await t.app.inject(loginReq(uniq('nobody'), 'wrong', { 'x-forwarded-for': '8.8.99.1' }, '10.3.3.3')), 429, 'too_many_attempts');
  // Another socket address has its own budget.
  problem(await t.app.inject(loginReq(uniq('nobody'), 'wrong', {}, '10.3.3.4')), 401, 'invalid_credentials');
});

test('TRUST_PROXY=127.0.0.1: the forwarded address of a request through that proxy is used', async () => {
  const behind = await createTestApp({ database: t.database, config: { trustProxy: parseTrustProxy('127.0.0.1') } });
  try {
    const user = await makeUser(behind.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }]);
    ok(await behind.app.inject(loginReq(user.username, user.password, { 'x-forwarded-for': '1.2.3.4' }, '127.0.0.1')));
    assert.equal(await lastLoginAudit(behind.app, user.id), '1.2.3.4');
    const ghost = uniq('ghost');
    problem(await behind.app.inject(loginReq(ghost, 'wrong', { 'x-forwarded-for': '1.2.3.4' }, '127.0.0.1')), 401);
    // A client that is not the proxy cannot forge its address.
    problem(await behind.app.inject(loginReq(ghost, 'wrong', { 'x-forwarded-for': '1.2.3.4' }, '10.4.4.4')), 401);
    assert.deepEqual((await failureIps(behind.app, ghost)).sort(), ['1.2.3.4', '10.4.4.4']);
  } finally {
    await behind.close();
  }
});

// ---------- security headers ----------

function assertSecurityHeaders(res: { headers: Record<string, unknown> }, what: string) {
  const csp = String(res.headers['content-security-policy'] ?? '');
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [k, ...v] = d.split(/\s+/);
        return [k!, v.join(' ')] as const;
      }),
  );
  assert.equal(directives.get('default-src'), "'self'", `${what}: ${csp}`);
  assert.equal(directives.get('script-src'), "'self'", `${what}: no inline or eval script`);
  assert.equal(directives.get('style-src'), "'self' 'unsafe-inline'", what);
  assert.match(directives.get('img-src') ?? '', /^'self' data: blob:/, what);
  assert.equal(directives.get('connect-src'), "'self'", what);
  assert.equal(directives.get('frame-ancestors'), "'none'", what);
  assert.equal(directives.get('object-src'), "'none'", what);
  assert.ok(!directives.has('upgrade-insecure-requests'), `${what}: plain-HTTP installs must keep working`);
  assert.equal(res.headers['x-frame-options'], 'DENY', what);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
  assert.equal(res.headers['referrer-policy'], 'strict-origin-when-cross-origin', what);
}

test('a page the browser navigates to gets the SPA whatever its path looks like; a missing file stays 404', async () => {
  const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
  // A sign-in token may end in ".xyz": it is a page, not a file.
  for (const url of ['/sign-in/AbCdEf0123.s1G-nAtUr_e', '/cases/HY-2026-000123', '/meetings/board?d=2026-10-09']) {
    const res = await t.app.inject({ url, headers: html });
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['content-type']), /text\/html/, url);
  }
  for (const url of ['/assets/gone-1234.js', '/icons/none.png', '/sign-in/AbC.def'])
    problem(await t.app.inject({ url, headers: { accept: '*/*' } }), 404, 'route_not_found');
  problem(await t.app.inject({ url: '/api/v1/nope.html', headers: html }), 404, 'route_not_found');
});

test('security headers on an API route, the SPA index, a 404 problem, a router error and the API docs', async () => {
  const user = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
  const s = await login(t.app, user);
  const me = await s.get('/api/v1/auth/me');
  assert.equal(me.statusCode, 200);
  assertSecurityHeaders(me, 'GET /auth/me');
  const index = await t.app.inject({ url: '/meetings/board', headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
  assert.equal(index.statusCode, 200);
  assert.match(String(index.headers['content-type']), /text\/html/);
  assertSecurityHeaders(index, 'SPA index');
  const missing = await t.app.inject({ url: '/api/v1/no-such-thing' });
  problem(missing, 404, 'route_not_found');
  assertSecurityHeaders(missing, '404 problem');
  const badUrl = await t.app.inject({ url: '/api/v1/users/%E0%A4%A' });
  problem(badUrl, 400, 'bad_url');
  assertSecurityHeaders(badUrl, 'bad URL problem');
  const docs = await t.app.inject({ url: '/api/v1/docs/' });
  assert.equal(docs.statusCode, 200);
  assert.ok(docs.headers['content-security-policy'], 'the docs have a policy too');
});

// ---------- input the database cannot store; errors Fastify raises itself ----------

test('NUL in a login field (unauthenticated) is 400 validation_failed naming the field, not 500', async () => {
  const p = problem(await t.app.inject(loginReq('adm\u0000in', 'x')), 400, 'validation_failed');
  assert.deepEqual(p.fields, [{ path: 'username', message: '不能包含控制字符', code: 'control_character' }]);
  assert.equal(p.in, 'body');
  const en = problem(
    await t.app.inject({ ...loginReq('admin', 'pa\u0000ss'), headers: { 'accept-language': 'en-US' } }),
    400,
    'validation_failed',
  );
  assert.deepEqual(en.fields, [{ path: 'password', message: 'Must not contain control characters', code: 'control_character' }]);
});

test('NUL and C0 controls in bodies, query strings, path parameters and keys are refused; tab, LF, CR are kept', async () => {
  const user = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
  const s = await login(t.app, user);
  const q = problem(await s.get(`/api/v1/users?propertyId=${fx.propertyId}&q=a%00b`), 400, 'validation_failed');
  assert.deepEqual([q.fields![0]!.path, q.in], ['q', 'querystring']);
  const prm = problem(await s.get('/api/v1/users/%00'), 400, 'validation_failed');
  assert.deepEqual([prm.fields![0]!.path, prm.in], ['id', 'params']);
  const newUser = (over: Record<string, unknown>) =>
    s.post('/api/v1/users', { username: uniq('x'), displayName: 'ok', password: 'Aa@12345678x', ...over });
  const refused = async (over: Record<string, unknown>) => problem(await newUser(over), 400, 'validation_failed').fields!;
  assert.equal((await refused({ displayName: '张\u0007三', roles: [] }))[0]!.path, 'displayName');
  assert.equal((await refused({ roles: [{ propertyId: fx.propertyId, role: 'admin\u001b' }] }))[0]!.path, 'roles.0.role');
  assert.equal((await refused({ ['bad\u0000key']: 1 }))[0]!.path, 'bad?key');
  assert.deepEqual(await refused({ displayName: 'a\ud800b' }), [
    { path: 'displayName', message: '包含无效的 Unicode 字符', code: 'invalid_unicode' },
  ]);
  // Free text keeps tabs and line breaks.
  const created = ok(await newUser({ displayName: '张\t三', roles: [{ propertyId: fx.propertyId, role: 'tenant' }] }), 201);
  assert.equal(created.displayName, '张\t三');
});

test('errors Fastify raises before our handlers are problem+json with stable codes', async () => {
  const json = { 'content-type': 'application/json' };
  const post = (payload: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers });
  const cases: [string, Record<string, string>, number, string][] = [
    ['{"username":', json, 400, 'malformed_json'],
    ['', json, 400, 'malformed_json'],
    ['<a/>', { 'content-type': 'application/xml' }, 415, 'unsupported_media_type'],
    ['--x\r\n', { 'content-type': 'multipart/form-data; boundary=x' }, 415, 'unsupported_media_type'],
    ['{"username":"a","password":"b"}', { ...json, 'content-length': '5' }, 400, 'invalid_content_length'],
    [JSON.stringify({ username: 'x'.repeat(1024 * 1024 + 10), password: 'x' }), json, 413, 'payload_too_large'],
  ];
  for (const [payload, headers, status, code] of cases) problem(await post(payload, headers), status, code);
  problem(await t.app.inject({ url: '/api/v1/users/%zz' }), 400, 'bad_url');
  problem(await t.app.inject({ url: `/api/v1/users/${'a'.repeat(500)}` }), 414, 'uri_too_long');
  const en = problem(await t.app.inject({ url: '/api/v1/users/%zz', headers: { 'accept-language': 'en-US' } }), 400, 'bad_url');
  assert.match(en.title, /percent-encoding/);
});

// ---------- links in records ----------

test('links in records: a case takes photo ids, never links; a task photo link is http(s) or an own upload, never javascript:, data:, vbscript:, file:', async () => {
  const desk = await signedIn(t.app, fx.propertyId, ['front_desk', 'dispatcher']);
  const body = (photoIds: string[]) => ({ propertyId: fx.propertyId, kind: 'repair', channel: 'phone', content: '灯不亮', photoIds });
  for (const bad of ['https://img.example.com/a.jpg', 'javascript:alert(1)', `/api/v1/files/${randomUUID()}`]) {
    const p = problem(await desk.post('/api/v1/cases', body([randomUUID(), bad])), 400, 'validation_failed');
    assert.deepEqual(
      p.fields!.map((f) => f.path),
      ['photoIds.1'],
      bad,
    );
  }
  problem(await desk.post('/api/v1/cases', { ...body([]), photos: ['https://img.example.com/a.jpg'] }), 400, 'validation_failed');
  // The photo of a finished task: validated before the task is looked up.
  const task = `/api/v1/tasks/${randomUUID()}/complete`;
  const p = problem(await desk.post(task, { note: 'x', photoUrl: 'javascript:alert(1)' }), 400, 'validation_failed');
  assert.deepEqual(
    p.fields!.map((f) => f.path),
    ['photoUrl'],
  );
  problem(await desk.post(task, { note: 'x', photoUrl: 'data:image/png;base64,AAAA' }), 400, 'validation_failed');
  problem(await desk.post(task, { note: 'x', photoUrl: 'https://img.example.com/done.jpg' }), 404);
});
