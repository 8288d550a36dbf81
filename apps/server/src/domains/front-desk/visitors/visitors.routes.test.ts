import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { auditEvents, visits } from '../../../db/schema/index.ts';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  ok,
  problem,
  type TestApp,
  type Fixture,
  type Session,
  type TestUser,
  signedIn,
} from '../../../test/helpers.ts';
import { remindOverdueSignOuts } from './visitors.jobs.ts';
import * as repo from './visitors.repository.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, guard: Session, boss: Session, tenant: Session, tenant2: Session;
let tenantUser: TestUser;
let hostId: string, host2Id: string, execId: string;
const ID = '11010519491231002X';

before(async () => {
  t = await createTestApp();
  fx = await makeProperty(t.app);
  desk = await signedIn(t.app, fx.propertyId, ['front_desk']);
  guard = await signedIn(t.app, fx.propertyId, ['security']);
  boss = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  tenantUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { unitId: fx.unitId });
  tenant = await login(t.app, tenantUser);
  const t2 = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { unitId: fx.unitId });
  tenant2 = await login(t.app, t2);
  const post = async (b: object) =>
    ok(await desk.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, ...b }), 201).id as string;
  const org = await post({ kind: 'tenant', nameZh: '市财政局' });
  hostId = await post({ kind: 'person', parentId: org, nameZh: '陈静', userId: tenantUser.id });
  host2Id = await post({ kind: 'person', parentId: org, nameZh: '李明', userId: t2.id });
  execId = await post({ kind: 'person', nameZh: '王立群', title: '市长', executive: true, admitRule: 'office_word' });
});
after(() => t.close());

const walkIn = (b: object = {}) =>
  desk.post('/api/v1/front-desk/visits', {
    propertyId: fx.propertyId,
    kind: 'walk_in',
    hostEntryId: hostId,
    visitorName: '张伟',
    company: '华为技术有限公司',
    ...b,
  });

test('a walk-in is held until the host accepts in the app, registered with a valid ID, signed out by slip', async () => {
  const v = ok(await walkIn(), 201);
  assert.equal(v.status, 'awaiting_consent');
  assert.match(v.number, /^FK-\d{4}-000001$/);
  // The host was asked in the app.
  const bell = ok(await tenant.get('/api/v1/notifications?limit=10'));
  assert.ok(JSON.stringify(bell).includes('张伟'));
  // Nobody goes in before a recorded consent: 422, nothing written, the attempt audited.
  const refused = problem(await desk.post(`/api/v1/front-desk/visits/${v.id}/check-in`, { idType: 'resident_id', idNumber: ID }), 422);
  assert.equal(refused.code, 'consent_required');
  const [row] = await t.app.database.db.select().from(visits).where(eq(visits.id, v.id));
  assert.equal(row!.idNumber, null);
  assert.equal(row!.status, 'awaiting_consent');
  const audits = await t.app.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, v.id));
  assert.ok(audits.some((a) => a.action === 'visit.check_in_refused'));
  // Another tenant cannot see or answer it.
  assert.equal(problem(await tenant2.get(`/api/v1/front-desk/visits/${v.id}`), 404).code, 'not_found');
  assert.equal(problem(await tenant2.post(`/api/v1/front-desk/visits/${v.id}/consent`, { answer: 'accept' }), 404).code, 'not_found');
  assert.equal(ok(await tenant2.get(`/api/v1/front-desk/visits?propertyId=${fx.propertyId}&view=mine`)).data.length, 0);
  // The host accepts in the portal.
  const mine = ok(await tenant.get(`/api/v1/front-desk/visits?propertyId=${fx.propertyId}&view=mine`)).data;
  assert.deepEqual(
    mine.map((x: { id: string }) => x.id),
    [v.id],
  );
  assert.equal(mine[0].policies.consent, true);
  const accepted = ok(await tenant.post(`/api/v1/front-desk/visits/${v.id}/consent`, { answer: 'accept' }));
  assert.equal(accepted.status, 'admitted');
  assert.equal(accepted.consent.channel, 'app');
  // An invalid ID number: 422 on the field, nothing written.
  const bad = problem(
    await desk.post(`/api/v1/front-desk/visits/${v.id}/check-in`, { idType: 'resident_id', idNumber: '110105194912310021' }),
    422,
  );
  assert.equal(bad.code, 'id_number_invalid');
  assert.equal(bad.fields?.[0]?.path, 'idNumber');
  const inside = ok(
    await desk.post(`/api/v1/front-desk/visits/${v.id}/check-in`, { idType: 'resident_id', idNumber: ID, badgeNo: 'V-07', partySize: 2 }),
  );
  assert.equal(inside.status, 'checked_in');
  assert.match(inside.slipToken, /^[A-Za-z0-9_-]{20,}$/);
  assert.equal(inside.idNumber, ID);
  // Security sees the masked number; the host too.
  const seen = ok(await guard.get(`/api/v1/front-desk/visits/${v.id}`));
  assert.equal(seen.idNumber, '110***********002X');
  const now = ok(await guard.get(`/api/v1/front-desk/visits?propertyId=${fx.propertyId}&view=inside`)).data;
  assert.ok(now.some((x: { id: string }) => x.id === v.id));
  // Overdue sign-out reminder at the end of the day: once.
  t.clock.set(new Date(Date.now() + 3600_000));
  // (At least ours: on a shared PostgreSQL other runs' properties may have visitors inside too.)
  assert.ok((await remindOverdueSignOuts(t.app.database.db, t.clock.now())) >= 1);
  assert.equal(await remindOverdueSignOuts(t.app.database.db, t.clock.now()), 0);
  // Sign-out by scanning the slip.
  assert.equal(
    problem(await desk.post('/api/v1/front-desk/visits/check-out', { propertyId: fx.propertyId, slipToken: 'nosuchslip123' }), 404).code,
    'not_found',
  );
  assert.match(ok(await desk.get(`/api/v1/front-desk/visits/${v.id}/slip`)).svgDataUrl, /^data:image\/svg/);
  const out = ok(await desk.post('/api/v1/front-desk/visits/check-out', { propertyId: fx.propertyId, slipToken: inside.slipToken }));
  assert.equal(out.status, 'checked_out');
  assert.equal(
    problem(await desk.post('/api/v1/front-desk/visits/check-out', { propertyId: fx.propertyId, slipToken: inside.slipToken }), 409).code,
    'conflict',
  );
  const hist = ok(await desk.get(`/api/v1/front-desk/visits?propertyId=${fx.propertyId}&q=${encodeURIComponent('华为')}`)).data;
  assert.ok(hist.some((x: { id: string }) => x.id === v.id));
  const byHost = ok(await desk.get(`/api/v1/front-desk/visits?propertyId=${fx.propertyId}&q=cj`)).data;
  assert.ok(byHost.some((x: { id: string }) => x.id === v.id));
  // Chinese fragments by their characters (one, two, the surname and the last character), and never a
  // name that merely holds the same characters apart.
  const search = async (text: string) =>
    (
      ok(await desk.get(`/api/v1/front-desk/visits?propertyId=${fx.propertyId}&q=${encodeURIComponent(text)}`)).data as { id: string }[]
    ).some((x) => x.id === v.id);
  const name: string = v.visitorName;
  assert.deepEqual(
    await Promise.all([name.slice(0, 1), name.slice(0, 2), name.slice(-1), name.toLowerCase()].map(search)),
    [true, true, true, true],
    name,
  );
  assert.equal(await search(name.slice(-1) + name.slice(0, 1)), false, 'the characters reversed are not the name');
  // A search answers the same whether the newest visits held a page of matches or it went through the indexes.
  for (const text of ['华为', 'cj', name.slice(0, 1), name.slice(0, 2), name.slice(-1), ID, '1']) {
    const f = { propertyId: fx.propertyId, q: text, idNumbers: true, limit: 3 };
    const ids = async (recentWalk?: number) => (await repo.listVisits(t.app.database.db, { ...f, recentWalk })).map((r) => r.v.id);
    assert.deepEqual(await ids(1), await ids(), text);
  }
  const xlsx = await desk.get(`/api/v1/front-desk/visits/export?propertyId=${fx.propertyId}`);
  assert.equal(xlsx.statusCode, 200);
});

test('a declined walk-in cannot go in; a phoned answer needs a name', async () => {
  const v = ok(await walkIn({ hostEntryId: host2Id, visitorName: '刘洋' }), 201);
  assert.equal(
    problem(await desk.post(`/api/v1/front-desk/visits/${v.id}/consent`, { answer: 'accept', channel: 'phone' }), 400).fields?.[0]?.path,
    'consenterName',
  );
  ok(await desk.post(`/api/v1/front-desk/visits/${v.id}/consent`, { answer: 'decline', channel: 'phone', consenterName: '李明' }));
  assert.equal(problem(await desk.post(`/api/v1/front-desk/visits/${v.id}/check-in`, {}), 409).code, 'conflict');
});

test('the executive floor admits only on the office word recorded by phone', async () => {
  const v = ok(
    await desk.post('/api/v1/front-desk/visits', {
      propertyId: fx.propertyId,
      kind: 'appointment',
      hostEntryId: execId,
      visitorName: '周强',
    }),
    201,
  );
  assert.equal(v.status, 'expected');
  assert.equal(v.officeWord, true);
  assert.equal(problem(await desk.post(`/api/v1/front-desk/visits/${v.id}/check-in`, {}), 422).code, 'consent_required');
  ok(await desk.post(`/api/v1/front-desk/visits/${v.id}/consent`, { answer: 'accept', channel: 'phone', consenterName: '办公厅 李秘书' }));
  assert.equal(
    ok(await desk.post(`/api/v1/front-desk/visits/${v.id}/check-in`, { idType: 'passport', idNumber: 'E12345678' })).status,
    'checked_in',
  );
});

test('a watch-listed visitor is held, security alerted, a supervisor decides', async () => {
  assert.equal(
    problem(
      await desk.post('/api/v1/front-desk/watch-list', { propertyId: fx.propertyId, kind: 'name', value: '马六', reason: '多次滋扰' }),
      403,
    ).code,
    'forbidden',
  );
  ok(
    await guard.post('/api/v1/front-desk/watch-list', { propertyId: fx.propertyId, kind: 'name', value: '马六', reason: '多次滋扰' }),
    201,
  );
  const v = ok(await walkIn({ visitorName: '马六' }), 201);
  assert.equal(v.status, 'held');
  assert.equal(v.hold.reason, '多次滋扰');
  const alert = ok(await guard.get('/api/v1/notifications?limit=10'));
  assert.ok(JSON.stringify(alert).includes('马六'));
  assert.equal(problem(await desk.post(`/api/v1/front-desk/visits/${v.id}/check-in`, {}), 422).code, 'watchlist_hold');
  assert.equal(problem(await desk.post(`/api/v1/front-desk/visits/${v.id}/decide`, { decision: 'admit' }), 403).code, 'forbidden');
  const refused = ok(await boss.post(`/api/v1/front-desk/visits/${v.id}/decide`, { decision: 'refuse', note: '请其离开' }));
  assert.equal(refused.status, 'declined');
  assert.equal(refused.hold.decision, 'refuse');
});

test('a tenant pre-registers their own visitor; bad input is a 400', async () => {
  const v = ok(
    await tenant.post('/api/v1/front-desk/visits', {
      propertyId: fx.propertyId,
      kind: 'appointment',
      visitorName: '孙丽',
      expectedAt: new Date(Date.now() + 3600_000).toISOString(),
    }),
    201,
  );
  assert.equal(v.hostName, '陈静');
  assert.equal(v.status, 'expected');
  assert.equal(
    problem(await tenant.post('/api/v1/front-desk/visits', { propertyId: fx.propertyId, kind: 'walk_in', visitorName: '孙丽' }), 403).code,
    'forbidden',
  );
  assert.equal(problem(await tenant2.post(`/api/v1/front-desk/visits/${v.id}/cancel`, {}), 404).code, 'not_found');
  assert.equal(
    problem(
      await desk.post('/api/v1/front-desk/visits', { propertyId: fx.propertyId, kind: 'walk_in', visitorName: '', hostEntryId: hostId }),
      400,
    ).code,
    'validation_failed',
  );
  assert.equal(
    problem(
      await desk.post('/api/v1/front-desk/visits', {
        propertyId: fx.propertyId,
        kind: 'walk_in',
        visitorName: 'x',
        hostEntryId: hostId,
        idType: 'resident_id',
        idNumber: '123',
      }),
      422,
    ).code,
    'id_number_invalid',
  );
  ok(await tenant.post(`/api/v1/front-desk/visits/${v.id}/cancel`, {}));
});
