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
import { remindWeekday } from './meals.jobs.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
// Monday 7 December 2026.
const clock = new TestClock(new Date('2026-12-07T08:30:00+08:00'));
let t: TestApp, fx: Fixture, other: Fixture;
const users: Record<string, { username: string; password: string; id: string }> = {};
const s: Record<string, Session> = {};
let org2: string;

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
  await mk('tenant', ['tenant'], fx.propertyId, { organizationId: fx.organizationId, unitId: fx.unitId });
  await mk('outsider', ['cs_supervisor'], other.propertyId);
  const [o] = await t.app.database.db.insert(organizations).values({ propertyId: fx.propertyId, name: '市财政局' }).returning();
  org2 = o!.id;
  await at('2026-12-07T08:30:00+08:00');
});
after(() => t.close());

const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const order = (who: Session, b: Record<string, unknown> = {}) =>
  who.post('/api/v1/meals/orders', { propertyId: fx.propertyId, contactName: '王丽', lines: [{ dish: '红烧鸡腿饭', count: 2 }], ...b });

test('the menu is published to tenants; the week starts on a Monday; once per week', async () => {
  problem(
    await s.sup!.post('/api/v1/meals/menus', {
      propertyId: fx.propertyId,
      weekStart: '2026-12-07',
      dishes: [{ day: 1, dish: '红烧鸡腿饭', priceFen: 1800 }],
    }),
    422,
    'meal_no_supplier',
  );
  ok(await s.sup!.post('/api/v1/paid-services/suppliers', { propertyId: fx.propertyId, kind: 'meals', name: '禾丰餐饮管理有限公司' }), 201);
  const dishes = [1, 2, 3, 4, 5].flatMap((day) => [
    { day, dish: '红烧鸡腿饭', priceFen: 1800 },
    { day, dish: '番茄炒蛋盖饭', priceFen: 1500 },
  ]);
  problem(
    await s.sup!.post('/api/v1/meals/menus', { propertyId: fx.propertyId, weekStart: '2026-12-08', dishes }),
    422,
    'meal_menu_not_monday',
  );
  problem(
    await s.sup!.post('/api/v1/meals/menus', {
      propertyId: fx.propertyId,
      weekStart: '2026-12-07',
      dishes: [{ day: 1, dish: 'x', priceFen: -5 }],
    }),
    400,
  );
  problem(await s.desk!.post('/api/v1/meals/menus', { propertyId: fx.propertyId, weekStart: '2026-12-07', dishes }), 403);
  const m = ok(await s.sup!.post('/api/v1/meals/menus', { propertyId: fx.propertyId, weekStart: '2026-12-07', dishes }), 201);
  assert.equal(m.dishes.length, 10);
  problem(
    await s.sup!.post('/api/v1/meals/menus', { propertyId: fx.propertyId, weekStart: '2026-12-07', dishes }),
    409,
    'meal_menu_exists',
  );
  const bell = JSON.stringify(ok(await s.tenant!.get('/api/v1/notifications?limit=20')));
  assert.match(bell, /下周菜谱已发布/);
  assert.equal(ok(await s.tenant!.get(`/api/v1/meals/menus?${q()}`)).data.length, 1);
});

test('orders until 10:00; after: 422 meal_order_closed with a clear message, unless a supervisor accepts it late', async () => {
  await at('2026-12-07T09:40:00+08:00');
  const mine = ok(await order(s.tenant!), 201);
  assert.equal(mine.totalFen, 3600);
  assert.equal(mine.source, 'portal');
  assert.equal(mine.late, false);
  problem(await order(s.tenant!, { lines: [{ dish: '宫保鸡丁', count: 1 }] }), 422, 'meal_dish_not_on_menu');
  problem(await order(s.tenant!, { lines: [{ dish: '红烧鸡腿饭', count: 0.5 }] }), 400);
  ok(await order(s.desk!, { organizationId: org2, contactName: '赵敏' }), 201);

  await at('2026-12-07T10:05:00+08:00');
  const shut = problem(await order(s.tenant!), 422, 'meal_order_closed');
  assert.match(String(shut.detail), /今日订餐已于 10:00 截止/);
  problem(await order(s.desk!, { organizationId: org2, acceptLate: true }), 422, 'meal_order_closed');
  const late = ok(await order(s.sup!, { organizationId: org2, contactName: '赵敏', acceptLate: true }), 201);
  assert.equal(late.late, true);
  assert.ok(late.lateAcceptedByName);

  const day = ok(await s.desk!.get(`/api/v1/meals/orders?${q()}`));
  assert.equal(day.open, false);
  assert.equal(day.cutoff, '10:00');
  assert.equal(day.data.length, 3);
  const phoned = ok(await s.desk!.post('/api/v1/meals/orders/phoned', { propertyId: fx.propertyId }));
  assert.ok(phoned.phonedAt);
  const theirs = ok(await s.tenant!.get(`/api/v1/meals/orders?${q()}`));
  assert.equal(theirs.data.length, 1);
});

test('check (redo notifies), deliver (late after 11:30), the tenant signs: one charge; tenant 404 on another’s; cross-property 404', async () => {
  await at('2026-12-07T11:20:00+08:00');
  const day = ok(await s.desk!.get(`/api/v1/meals/orders?${q()}`));
  const mine = day.data.find((o: { organizationId: string }) => o.organizationId === fx.organizationId);
  const theirs = day.data.find((o: { organizationId: string }) => o.organizationId === org2);
  problem(await s.desk!.post(`/api/v1/meals/orders/${mine.id}/deliver`), 409, 'meal_wrong_state');
  problem(await s.desk!.post(`/api/v1/meals/orders/${mine.id}/check`, { result: 'redo' }), 400);
  ok(await s.desk!.post(`/api/v1/meals/orders/${mine.id}/check`, { result: 'redo', note: '米饭偏凉，份量不足' }));
  assert.match(JSON.stringify(ok(await s.sup!.get('/api/v1/notifications?limit=20'))), /送餐检验不合格/);
  ok(await s.desk!.post(`/api/v1/meals/orders/${mine.id}/check`, { result: 'pass' }));
  await at('2026-12-07T11:40:00+08:00');
  const del = ok(await s.desk!.post(`/api/v1/meals/orders/${mine.id}/deliver`));
  assert.equal(del.deliveredLate, true);
  problem(await s.tenant!.get(`/api/v1/meals/orders/${theirs.id}`), 404);
  problem(await s.outsider!.get(`/api/v1/meals/orders/${mine.id}`), 404);
  problem(await s.outsider!.post(`/api/v1/meals/orders/${mine.id}/check`, { result: 'pass' }), 404);
  const sig = ok(await s.tenant!.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: '王丽', image: PNG }), 201);
  ok(await s.tenant!.post(`/api/v1/meals/orders/${mine.id}/sign`, { signerName: '王丽', signatureId: sig.id }));
  problem(
    await s.tenant!.post(`/api/v1/meals/orders/${mine.id}/sign`, { signerName: '王丽', signatureId: sig.id }),
    409,
    'meal_wrong_state',
  );
  const rows = (
    (await t.app.database.db.execute(
      `select amount_fen::int as amount_fen, occurred_on::text as d from billable_charges where source_kind = 'meal' and source_id = '${mine.id}'`,
    )) as unknown as {
      rows: unknown[];
    }
  ).rows;
  assert.deepEqual(rows, [{ amount_fen: 3600, d: '2026-12-07' }]);
  const st = ok(await s.tenant!.get(`/api/v1/paid-services/meals/statement?${q({ month: '2026-12' })}`));
  assert.equal(st.totalFen, 3600);
});

test('the Thursday opinions and Friday menu reminders go to the CS supervisor once', async () => {
  assert.equal(await remindWeekday(t.app.database.db, new Date('2026-12-09T09:00:00+08:00')), 0);
  const thu = await remindWeekday(t.app.database.db, new Date('2026-12-10T09:00:00+08:00'));
  assert.ok(thu >= 1);
  assert.equal(await remindWeekday(t.app.database.db, new Date('2026-12-10T10:00:00+08:00')), 0);
  assert.ok((await remindWeekday(t.app.database.db, new Date('2026-12-11T09:00:00+08:00'))) >= 1);
  assert.match(JSON.stringify(ok(await s.sup!.get('/api/v1/notifications?limit=20'))), /制订下周菜谱/);
});
