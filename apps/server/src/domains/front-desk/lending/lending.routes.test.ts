import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  makeProperty,
  ok,
  problem,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
  signedIn,
} from '../../../test/helpers.ts';
import { remindOverdue } from './lending.jobs.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, supervisor: Session, tenant: Session, outsider: Session;
const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  desk = await signedIn(t.app, fx.propertyId, ['front_desk']);
  supervisor = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  outsider = await signedIn(t.app, other.propertyId, ['front_desk']);
});
after(() => t.close());

const q = (p: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const rows = async (text: string) => ((await t.app.database.db.execute(text)) as unknown as { rows: Record<string, unknown>[] }).rows;
const item = async (id: string) =>
  ok(await desk.get(`/api/v1/front-desk/lending-items?${q({ all: 'true' })}`)).data.find((i: { id: string }) => i.id === id);

test('the supervisor keeps the items; the desk lends and takes back (fine, damaged with a note); overdue is listed and reminded once', async () => {
  problem(await desk.post('/api/v1/front-desk/lending-items', { propertyId: fx.propertyId, nameZh: '雨伞', total: 5 }), 403);
  const umbrella = ok(
    await supervisor.post('/api/v1/front-desk/lending-items', {
      propertyId: fx.propertyId,
      nameZh: '雨伞',
      nameEn: 'Umbrella',
      total: 5,
      loanHours: 8,
    }),
    201,
  );
  assert.equal(umbrella.available, 5);
  problem(
    await supervisor.post('/api/v1/front-desk/lending-items', { propertyId: fx.propertyId, nameZh: '雨伞', total: 1 }),
    409,
    'lending_item_name_taken',
  );

  const l1 = ok(
    await desk.post('/api/v1/front-desk/loans', {
      propertyId: fx.propertyId,
      itemId: umbrella.id,
      quantity: 2,
      borrowerName: '刘洋',
      borrowerPhone: '13600001234',
    }),
    201,
  );
  assert.equal(new Date(l1.dueAt).toISOString(), new Date('2026-12-07T17:00:00+08:00').toISOString());
  assert.equal((await item(umbrella.id)).available, 3);
  // The total cannot fall below the two lent out.
  problem(await supervisor.patch(`/api/v1/front-desk/lending-items/${umbrella.id}`, { total: 1 }), 422, 'lending_stock_below_lent');
  const grown = ok(await supervisor.patch(`/api/v1/front-desk/lending-items/${umbrella.id}`, { total: 6 }));
  assert.deepEqual([grown.total, grown.available], [6, 4]);

  // Overdue after 17:00: listed, reminded once.
  clock.set('2026-12-07T18:00:00+08:00');
  const overdue = ok(await desk.get(`/api/v1/front-desk/loans?${q({ state: 'overdue' })}`)).data;
  assert.deepEqual(
    overdue.map((l: { id: string }) => l.id),
    [l1.id],
  );
  assert.equal(overdue[0].overdue, true);
  // (Counted for this loan: a shared PostgreSQL holds other runs' overdue loans too.)
  const reminders = async () =>
    (
      (await t.app.database.db.execute(
        `select count(*)::int as n from audit_events where action = 'loan.overdue_reminded' and entity_id = '${l1.id}'`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]!.n;
  assert.ok((await remindOverdue(t.app.database.db, clock.now())) >= 1);
  await remindOverdue(t.app.database.db, clock.now());
  assert.equal(await reminders(), 1, 'reminded once');

  // A damaged return needs a note and writes the piece off; a fine one goes back on the shelf.
  problem(await desk.post(`/api/v1/front-desk/loans/${l1.id}/return`, { condition: 'damaged' }), 422, 'loan_return_note_required');
  const back = ok(await desk.post(`/api/v1/front-desk/loans/${l1.id}/return`, { condition: 'damaged', note: '伞骨折断一根' }));
  assert.equal(back.condition, 'damaged');
  assert.deepEqual([(await item(umbrella.id)).total, (await item(umbrella.id)).available], [4, 4]);
  problem(await desk.post(`/api/v1/front-desk/loans/${l1.id}/return`, { condition: 'ok' }), 409, 'loan_already_returned');

  // Others: a tenant cannot lend or read loans; another property's desk gets 404.
  problem(await tenant.get(`/api/v1/front-desk/loans?${q({})}`), 403);
  problem(await outsider.get(`/api/v1/front-desk/loans/${l1.id}`), 404);
  problem(
    await desk.post('/api/v1/front-desk/loans', {
      propertyId: fx.propertyId,
      itemId: umbrella.id,
      borrowerName: 'x',
      dueAt: '2026-12-07T08:00:00+08:00',
    }),
    422,
    'loan_due_invalid',
  );

  const x = await desk.get(`/api/v1/front-desk/loans/export?${q({})}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
});

test('20 concurrent loans of the last 3 umbrellas: exactly 3 succeed, the rest are 422 out_of_stock, stock never negative, refusals audited', async () => {
  const it = ok(await supervisor.post('/api/v1/front-desk/lending-items', { propertyId: fx.propertyId, nameZh: '折叠伞', total: 3 }), 201);
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      desk.post('/api/v1/front-desk/loans', { propertyId: fx.propertyId, itemId: it.id, borrowerName: `借用人${i}` }),
    ),
  );
  const codes = results.map((r) => r.statusCode).sort();
  assert.equal(codes.filter((c) => c === 201).length, 3);
  assert.equal(codes.filter((c) => c === 422).length, 17);
  for (const r of results.filter((r) => r.statusCode === 422)) problem(r, 422, 'out_of_stock');
  assert.equal((await item(it.id)).available, 0);
  assert.equal((await rows(`select count(*)::int as n from loans where item_id = '${it.id}'`))[0]!.n, 3);
  assert.equal(
    (await rows(`select count(*)::int as n from audit_events where entity_id = '${it.id}' and action = 'loan.refused'`))[0]!.n,
    17,
  );

  // More than in stock at once; an inactive item is not lent.
  problem(
    await desk.post('/api/v1/front-desk/loans', { propertyId: fx.propertyId, itemId: it.id, quantity: 2, borrowerName: 'x' }),
    422,
    'out_of_stock',
  );
  ok(await supervisor.patch(`/api/v1/front-desk/lending-items/${it.id}`, { total: 10, active: false }));
  problem(
    await desk.post('/api/v1/front-desk/loans', { propertyId: fx.propertyId, itemId: it.id, borrowerName: 'x' }),
    422,
    'lending_item_inactive',
  );
});
