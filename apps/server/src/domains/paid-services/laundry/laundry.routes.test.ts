import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '@hy/contracts';
import { organizations } from '../../../db/schema/index.ts';
import {
  createTestApp,
  login,
  makeProperty,
  makeUser,
  ok,
  problem,
  TestClock,
  type Fixture,
  type Session,
  type TestApp,
} from '../../../test/helpers.ts';
import { alertUncollected } from './laundry.jobs.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));
let t: TestApp, fx: Fixture, other: Fixture;
const users: Record<string, { username: string; password: string; id: string }> = {};
const s: Record<string, Session> = {};

/** Moves the clock and signs everyone in again (sessions end when idle). */
async function at(iso: string) {
  clock.set(iso);
  for (const k of Object.keys(users)) s[k] = await login(t.app, users[k]!);
}

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  other = await makeProperty(t.app, '其他项目');
  const mk = async (k: string, roles: Role[], pid = fx.propertyId, extra = {}) =>
    (users[k] = await makeUser(t.app, [{ propertyId: pid, roles }], extra));
  await mk('desk', ['front_desk']);
  await mk('sup', ['cs_supervisor']);
  await mk('hk', ['housekeeping_supervisor']);
  await mk('tenant', ['tenant'], fx.propertyId, { organizationId: fx.organizationId, unitId: fx.unitId });
  await mk('outsider', ['front_desk'], other.propertyId);
  await mk('cleaner', ['cleaner']);
  await at('2026-12-07T09:00:00+08:00');
});
after(() => t.close());

const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();

test('suppliers and the price list: the supervisor sets them, bad fen is 400, the desk may not, everyone reads', async () => {
  const sup = ok(
    await s.hk!.post('/api/v1/paid-services/suppliers', {
      propertyId: fx.propertyId,
      kind: 'laundry',
      name: '洁雅洗衣服务有限公司',
      contactName: '周洁',
      phone: '0755-28301234',
      contractFrom: '2026-01-01',
      contractTo: '2026-12-31',
    }),
    201,
  );
  problem(await s.desk!.post('/api/v1/paid-services/suppliers', { propertyId: fx.propertyId, kind: 'laundry', name: 'x' }), 403);
  const items = [
    { item: '衬衫', washFen: 800, dryCleanFen: 1500, ironFen: 500 },
    { item: '西装(套)', washFen: null, dryCleanFen: 4000, ironFen: 1500 },
  ];
  problem(
    await s.hk!.put('/api/v1/laundry/prices', { propertyId: fx.propertyId, supplierId: sup.id, items: [{ item: '衬衫', washFen: 8.5 }] }),
    400,
  );
  problem(
    await s.hk!.put('/api/v1/laundry/prices', { propertyId: fx.propertyId, supplierId: sup.id, items: [{ item: '衬衫', washFen: -1 }] }),
    400,
  );
  ok(await s.hk!.put('/api/v1/laundry/prices', { propertyId: fx.propertyId, supplierId: sup.id, items }));
  const list = ok(await s.tenant!.get(`/api/v1/laundry/prices?${q()}`));
  assert.equal(list.supplier.name, '洁雅洗衣服务有限公司');
  assert.deepEqual(
    list.data.map((p: { item: string }) => p.item),
    ['衬衫', '西装(套)'],
  );
  problem(await s.cleaner!.get(`/api/v1/laundry/prices?${q()}`), 403);
});

test('a request called at 09:05 and not collected in 30 minutes alerts the desk once; returned, signed: one charge; re-wash no second', async () => {
  await at('2026-12-07T09:00:00+08:00');
  const r = ok(
    await s.desk!.post('/api/v1/laundry/requests', {
      propertyId: fx.propertyId,
      organizationId: fx.organizationId,
      contactName: '王丽',
      contactPhone: '13800138000',
      estimate: '衬衫 3 件',
    }),
    201,
  );
  assert.equal(r.state, 'requested');
  assert.equal(r.source, 'desk');
  problem(await s.desk!.post(`/api/v1/laundry/requests/${r.id}/collect`), 409, 'laundry_wrong_state');
  await at('2026-12-07T09:05:00+08:00');
  const called = ok(await s.desk!.post(`/api/v1/laundry/requests/${r.id}/call`));
  assert.equal(called.collectDueAt, new Date('2026-12-07T09:35:00+08:00').toISOString());
  const db = t.app.database.db;
  const count = async () =>
    (
      (await db.execute(
        `select count(*)::int as n from notifications where kind = 'laundry.collect_overdue' and property_id = '${fx.propertyId}'`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;
  await alertUncollected(db, new Date('2026-12-07T09:34:00+08:00'));
  assert.equal(await count(), 0);
  await alertUncollected(db, new Date('2026-12-07T09:36:00+08:00'));
  const first = await count();
  assert.ok(first >= 1, 'the desk and supervisor are alerted');
  await alertUncollected(db, new Date('2026-12-07T09:50:00+08:00'));
  assert.equal(await count(), first, 'once');
  const bell = JSON.stringify(ok(await s.desk!.get('/api/v1/notifications?limit=20')));
  assert.match(bell, /洗衣单位超时未收衣/);

  await at('2026-12-07T09:45:00+08:00');
  const col = ok(await s.desk!.post(`/api/v1/laundry/requests/${r.id}/collect`));
  assert.equal(col.collectedLate, true);
  problem(await s.desk!.post(`/api/v1/laundry/requests/${r.id}/return`, { lines: [] }), 400);
  problem(
    await s.desk!.post(`/api/v1/laundry/requests/${r.id}/return`, { lines: [{ item: '衬衫', service: 'wash', qty: 3, priceFen: 0.5 }] }),
    400,
  );
  const ret = ok(
    await s.desk!.post(`/api/v1/laundry/requests/${r.id}/return`, {
      lines: [
        { item: '衬衫', service: 'wash', qty: 3, priceFen: 800 },
        { item: '西装(套)', service: 'dry_clean', qty: 1, priceFen: 4000 },
      ],
    }),
  );
  assert.equal(ret.totalFen, 6400);
  // Not up to standard: re-wash, returned again with the same items.
  ok(await s.desk!.post(`/api/v1/laundry/requests/${r.id}/rewash`, { note: '衬衫领口未洗净' }));
  const again = ok(
    await s.desk!.post(`/api/v1/laundry/requests/${r.id}/return`, { lines: [{ item: '衬衫', service: 'wash', qty: 9, priceFen: 800 }] }),
  );
  assert.equal(again.totalFen, 6400);
  assert.equal(again.rewashCount, 1);

  // The tenant signs in the portal: one charge.
  const sig = ok(await s.tenant!.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: '王丽', image: PNG }), 201);
  const signed = ok(await s.tenant!.post(`/api/v1/laundry/requests/${r.id}/sign`, { signerName: '王丽', signatureId: sig.id }));
  assert.equal(signed.state, 'signed');
  problem(
    await s.tenant!.post(`/api/v1/laundry/requests/${r.id}/sign`, { signerName: '王丽', signatureId: sig.id }),
    409,
    'laundry_wrong_state',
  );
  problem(await s.desk!.post(`/api/v1/laundry/requests/${r.id}/rewash`, { note: '再洗' }), 409, 'laundry_wrong_state');
  const charges = (
    (await db.execute(
      `select amount_fen::int as amount_fen, sheet, occurred_on::text as d from billable_charges where source_kind = 'laundry' and source_id = '${r.id}'`,
    )) as unknown as {
      rows: { amount_fen: number; sheet: string; d: string }[];
    }
  ).rows;
  assert.deepEqual(charges, [{ amount_fen: 6400, sheet: 'other_services', d: '2026-12-07' }]);

  const st = ok(await s.sup!.get(`/api/v1/paid-services/laundry/statement?${q({ month: '2026-12' })}`));
  assert.equal(st.totalFen, 6400);
  assert.equal(st.suppliers[0].count, 1);
  const x = await s.sup!.get(`/api/v1/paid-services/laundry/statement/export?${q({ month: '2026-12' })}`);
  assert.equal(x.statusCode, 200);
});

test('a tenant requests in the portal for their own company only; another company’s request is 404 to them; cross-property 404', async () => {
  await at('2026-12-07T10:00:00+08:00');
  const mine = ok(
    await s.tenant!.post('/api/v1/laundry/requests', { propertyId: fx.propertyId, contactName: '王丽', estimate: '大衣 1 件' }),
    201,
  );
  assert.equal(mine.source, 'portal');
  assert.equal(mine.organizationId, fx.organizationId);
  const [o] = await t.app.database.db.insert(organizations).values({ propertyId: fx.propertyId, name: '市审计局' }).returning();
  const orgId = o!.id;
  const theirs = ok(
    await s.desk!.post('/api/v1/laundry/requests', { propertyId: fx.propertyId, organizationId: orgId, contactName: '赵敏' }),
    201,
  );
  problem(await s.tenant!.get(`/api/v1/laundry/requests/${theirs.id}`), 404);
  problem(await s.tenant!.post(`/api/v1/laundry/requests/${mine.id}/call`), 404);
  const seen = ok(await s.tenant!.get(`/api/v1/laundry/requests?${q()}`));
  assert.ok(seen.data.every((r: { organizationId: string }) => r.organizationId === fx.organizationId));
  problem(await s.outsider!.get(`/api/v1/laundry/requests/${mine.id}`), 404);
  problem(await s.outsider!.post(`/api/v1/laundry/requests/${mine.id}/call`), 404);
  problem(await s.outsider!.get(`/api/v1/laundry/requests?${q()}`), 404);
});

test('evaluations: monthly by the CS supervisor (due 3 days before pay day), once per period; the year-end review is decided', async () => {
  const sups = ok(await s.sup!.get(`/api/v1/paid-services/suppliers?${q()}`)).data;
  const laundry = sups.find((x: { kind: string }) => x.kind === 'laundry');
  const list = ok(await s.sup!.get(`/api/v1/paid-services/evaluations?${q({ kind: 'laundry' })}`));
  assert.equal(list.dueOn, '2026-12-25');
  const body = {
    propertyId: fx.propertyId,
    supplierId: laundry.id,
    kind: 'monthly',
    period: '2026-12',
    opinions: '收衣及时，衬衫熨烫平整。',
    improvements: '大衣干洗周期缩短到 2 天',
  };
  ok(await s.sup!.post('/api/v1/paid-services/evaluations', body), 201);
  problem(await s.sup!.post('/api/v1/paid-services/evaluations', body), 409, 'evaluation_exists');
  problem(await s.sup!.post('/api/v1/paid-services/evaluations', { ...body, period: '2026' }), 400);
  problem(await s.desk!.post('/api/v1/paid-services/evaluations', { ...body, period: '2026-11' }), 403);
  const y = ok(await s.hk!.post('/api/v1/paid-services/evaluations', { ...body, kind: 'yearly', period: '2026', renew: true }), 201);
  const d = ok(await s.sup!.post(`/api/v1/paid-services/evaluations/${y.id}/decide`, { renew: true, decision: '续签 2027 年度协议' }));
  assert.equal(d.renew, true);
  assert.ok(d.decidedByName);
});

test('PATCH a supplier: the supervisor edits and deactivates it; the desk 403, another property 404, bad input 400/422', async () => {
  const m = ok(
    await s.hk!.post('/api/v1/paid-services/suppliers', { propertyId: fx.propertyId, kind: 'meals', name: '禾香餐饮管理有限公司' }),
    201,
  );
  const url = `/api/v1/paid-services/suppliers/${m.id}`;
  const e = ok(
    await s.hk!.patch(url, {
      name: '禾香餐饮',
      contactName: '林晓',
      phone: '13800138000',
      contractFrom: '2027-01-01',
      contractTo: '2027-12-31',
    }),
  );
  assert.deepEqual([e.name, e.contactName, e.phone, e.contractTo], ['禾香餐饮', '林晓', '13800138000', '2027-12-31']);
  const cleared = ok(await s.hk!.patch(url, { phone: '' }));
  assert.equal(cleared.phone, null);
  assert.equal(cleared.contactName, '林晓', 'keys not sent stay');
  problem(await s.desk!.patch(url, { name: 'x' }), 403);
  problem(await s.outsider!.patch(url, { name: 'x' }), 404);
  problem(await s.hk!.patch('/api/v1/paid-services/suppliers/00000000-0000-4000-8000-000000000000', { name: 'x' }), 404);
  assert.equal(problem(await s.hk!.patch(url, { name: '' }), 400).code, 'validation_failed');
  assert.equal(
    problem(await s.hk!.patch(url, { contractTo: '2026-06-30' }), 422, 'supplier_contract_order').fields?.[0]?.path,
    'contractTo',
  );
  ok(await s.hk!.patch(url, { active: false }));
  const left = ok(await s.sup!.get(`/api/v1/paid-services/suppliers?${q()}`)).data;
  assert.ok(!left.some((x: { id: string }) => x.id === m.id), 'a deactivated supplier leaves the list');
});
