import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { HANDOVER_CHECK_ITEMS } from '@hy/contracts';
import { organizations } from '../../../db/schema/index.ts';
import {
  createTestApp,
  makeProperty,
  ok,
  problem,
  signedIn,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
} from '../../../test/helpers.ts';

let t: TestApp;
let fx: Fixture;
let rep: Session, supervisor: Session, reader: Session, tenant: Session, otherTenant: Session, outsider: Session;
const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  const [o] = await t.app.database.db
    .insert(organizations)
    .values({ propertyId: fx.propertyId, name: '华信科技有限公司', kind: 'company' })
    .returning();
  rep = await signedIn(t.app, fx.propertyId, ['tenant_rep']);
  supervisor = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  reader = await signedIn(t.app, fx.propertyId, ['engineer']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: fx.organizationId });
  otherTenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: o!.id });
  outsider = await signedIn(t.app, other.propertyId, ['cs_supervisor']);
});
after(() => t.close());

const base = () => ({
  propertyId: fx.propertyId,
  kind: 'fit_out',
  unitId: fx.unitId,
  description: '0301 室办公区隔断及吊顶改造',
  contractorName: '深圳市华艺装饰工程有限公司',
  contractorPhone: '0755-83216688',
  plannedStart: '2026-12-10',
  plannedEnd: '2026-12-31',
  depositFen: 500000,
});
const bell = async (s: Session) => JSON.stringify(ok(await s.get('/api/v1/notifications?limit=50')));

test('a tenant files their own fit-out; it goes submitted → approved → in progress (violation, postponement) → awaiting acceptance → accepted; the tenant hears the decisions', async () => {
  const a = ok(await tenant.post('/api/v1/tenant-applications', base()), 201);
  assert.equal(a.state, 'submitted');
  assert.match(a.number, /^ZX-2026-0001$/);
  assert.equal(a.organizationId, fx.organizationId);
  assert.equal(a.checklist.length, 0);
  const mineList = ok(await tenant.get(`/api/v1/tenant-applications?propertyId=${fx.propertyId}`));
  assert.equal(mineList.data.length, 1);
  assert.equal(ok(await otherTenant.get(`/api/v1/tenant-applications?propertyId=${fx.propertyId}`)).data.length, 0);
  problem(await otherTenant.get(`/api/v1/tenant-applications/${a.id}`), 404);
  problem(await tenant.post(`/api/v1/tenant-applications/${a.id}/approve`, {}), 403);

  const approved = ok(await supervisor.post(`/api/v1/tenant-applications/${a.id}/approve`, { note: '施工期间请保持走廊通畅' }));
  assert.equal(approved.state, 'approved');
  assert.match(await bell(tenant), /已批准|approved/);
  problem(await supervisor.post(`/api/v1/tenant-applications/${a.id}/approve`, {}), 409, 'application_state');
  ok(await rep.post(`/api/v1/tenant-applications/${a.id}/start`, {}));
  clock.set('2026-12-07T15:00:00+08:00');
  ok(await rep.post(`/api/v1/tenant-applications/${a.id}/violations`, { onDate: '2026-12-15', text: '工作时间进行电钻作业' }), 201);
  problem(
    await rep.post(`/api/v1/tenant-applications/${a.id}/postponements`, { newEndDate: '2026-12-20', reason: '材料未到' }),
    422,
    'application_dates',
  );
  const postponed = ok(
    await rep.post(`/api/v1/tenant-applications/${a.id}/postponements`, { newEndDate: '2027-01-10', reason: '材料未到' }),
    201,
  );
  assert.equal(postponed.violations, 1);
  assert.equal(postponed.postponements, 1);
  problem(await rep.post(`/api/v1/tenant-applications/${a.id}/accept`, {}), 403);
  problem(await supervisor.post(`/api/v1/tenant-applications/${a.id}/accept`, {}), 409, 'application_state');
  ok(await rep.post(`/api/v1/tenant-applications/${a.id}/finish`, {}));
  const done = ok(await supervisor.post(`/api/v1/tenant-applications/${a.id}/accept`, { note: '验收合格，押金退还' }));
  assert.equal(done.state, 'accepted');
  assert.equal(done.closeNote, '验收合格，押金退还');
  assert.equal(done.notes.length, 2);
  assert.deepEqual(done.policies, {
    approve: false,
    reject: false,
    start: false,
    finish: false,
    accept: false,
    fail: false,
    note: false,
    checklist: false,
  });
  const mine = ok(await tenant.get(`/api/v1/tenant-applications/${a.id}`));
  assert.equal(mine.state, 'accepted');
  assert.match(await bell(tenant), /验收通过|accepted/);
  problem(await rep.post(`/api/v1/tenant-applications/${a.id}/violations`, { onDate: '2026-12-15', text: 'x' }), 409, 'application_state');
});

test('move-out with the hand-over checklist: accepted only when every item is recorded; reject and fail end it', async () => {
  const a = ok(
    await rep.post('/api/v1/tenant-applications', { ...base(), kind: 'move_out', organizationId: fx.organizationId, depositFen: 0 }),
    201,
  );
  assert.match(a.number, /^TZ-2026-0001$/);
  assert.equal(a.checklist.length, HANDOVER_CHECK_ITEMS.length);
  problem(
    await rep.put(`/api/v1/tenant-applications/${a.id}/checklist`, { items: [{ item: 'keys', result: 'ok' }] }),
    409,
    'application_state',
  );
  ok(await supervisor.post(`/api/v1/tenant-applications/${a.id}/approve`, {}));
  ok(await rep.post(`/api/v1/tenant-applications/${a.id}/start`, {}));
  ok(await rep.post(`/api/v1/tenant-applications/${a.id}/finish`, {}));
  ok(await rep.put(`/api/v1/tenant-applications/${a.id}/checklist`, { items: [{ item: 'keys', result: 'ok', note: '钥匙 6 把已交回' }] }));
  problem(await supervisor.post(`/api/v1/tenant-applications/${a.id}/accept`, {}), 422, 'application_checklist');
  const full = ok(
    await rep.put(`/api/v1/tenant-applications/${a.id}/checklist`, {
      items: HANDOVER_CHECK_ITEMS.filter((i) => i !== 'keys').map((item) => ({
        item,
        result: item === 'lights' ? 'defect' : 'ok',
        note: item === 'lights' ? '2 盏灯管不亮' : null,
      })),
    }),
  );
  assert.equal(full.checklist.find((c: { item: string }) => c.item === 'keys').note, '钥匙 6 把已交回');
  assert.equal(ok(await supervisor.post(`/api/v1/tenant-applications/${a.id}/fail`, { note: '灯具需修复' })).state, 'failed');

  const r = ok(await rep.post('/api/v1/tenant-applications', { ...base(), kind: 'move_in', organizationId: fx.organizationId }), 201);
  assert.equal(ok(await supervisor.post(`/api/v1/tenant-applications/${r.id}/reject`, { note: '资料不全' })).state, 'rejected');
  problem(await rep.post(`/api/v1/tenant-applications/${r.id}/start`, {}), 409, 'application_state');
  const fit = ok(await rep.post('/api/v1/tenant-applications', { ...base(), organizationId: fx.organizationId }), 201);
  ok(await supervisor.post(`/api/v1/tenant-applications/${fit.id}/approve`, {}));
  problem(
    await rep.put(`/api/v1/tenant-applications/${fit.id}/checklist`, { items: [{ item: 'keys', result: 'ok' }] }),
    422,
    'application_checklist',
  );

  const list = ok(await reader.get(`/api/v1/tenant-applications?propertyId=${fx.propertyId}`));
  assert.equal(list.data.length, 4);
  assert.equal(ok(await reader.get(`/api/v1/tenant-applications?propertyId=${fx.propertyId}&kind=fit_out`)).data.length, 2);
  assert.equal(ok(await reader.get(`/api/v1/tenant-applications?propertyId=${fx.propertyId}&limit=3`)).nextCursor !== null, true);
});

test('refusals: bad input 400/422 with fields, wrong unit, staff without a company, other property 404, nothing written', async () => {
  const bad = problem(
    await rep.post('/api/v1/tenant-applications', {
      ...base(),
      organizationId: fx.organizationId,
      plannedStart: '2026-13-01',
      depositFen: -5,
    }),
    400,
  );
  assert.ok(bad.fields!.some((f) => f.path === 'plannedStart'));
  assert.ok(bad.fields!.some((f) => f.path === 'depositFen'));
  const dates = problem(
    await rep.post('/api/v1/tenant-applications', { ...base(), organizationId: fx.organizationId, plannedEnd: '2026-12-01' }),
    422,
    'application_dates',
  );
  assert.equal(dates.fields![0]!.path, 'plannedEnd');
  problem(await otherTenant.post('/api/v1/tenant-applications', base()), 422, 'application_unit');
  problem(await rep.post('/api/v1/tenant-applications', base()), 400, 'validation_failed');
  problem(await outsider.post('/api/v1/tenant-applications', { ...base(), organizationId: fx.organizationId }), 404);
  problem(await reader.post('/api/v1/tenant-applications', { ...base(), organizationId: fx.organizationId }), 403);
  const count = (await t.app.database.db.execute('select count(*)::int as n from tenant_applications')) as unknown as {
    rows: { n: number }[];
  };
  assert.equal(count.rows[0]!.n, 4);
  const some = ok(await reader.get(`/api/v1/tenant-applications?propertyId=${fx.propertyId}`)).data[0];
  problem(await outsider.get(`/api/v1/tenant-applications/${some.id}`), 404);
  problem(await outsider.post(`/api/v1/tenant-applications/${some.id}/approve`, {}), 404);
  problem(await outsider.get(`/api/v1/tenant-applications?propertyId=${fx.propertyId}`), 404);
  problem(await rep.post(`/api/v1/tenant-applications/${some.id}/teleport`, {}), 400);
});
