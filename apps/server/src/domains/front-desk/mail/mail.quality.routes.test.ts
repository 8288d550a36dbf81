import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  ok,
  problem,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
  signedIn,
} from '../../../test/helpers.ts';
import { jpeg, uploadAs } from '../../../test/uploads.ts';

let t: TestApp;
let fx: Fixture;
let clerk: Session, desk: Session, tenant: Session;
let person: { id: string };

before(async () => {
  // 10 March 2026, 10:00 in Beijing.
  t = await createTestApp({ clock: new TestClock(new Date('2026-03-10T02:00:00Z')) });
  fx = await makeProperty(t.app);
  clerk = await signedIn(t.app, fx.propertyId, ['mail_clerk']);
  desk = await signedIn(t.app, fx.propertyId, ['front_desk']);
  const tu = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { organizationId: fx.organizationId });
  tenant = await login(t.app, tu);
  const manager = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  person = ok(
    await manager.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'person', nameZh: '陈静', userId: tu.id }),
    201,
  );
});
after(() => t.close());

const q = (p: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const log = (s: Session, body: Record<string, unknown>) =>
  s.post('/api/v1/front-desk/mail', { propertyId: fx.propertyId, kind: 'parcel', recipientEntryId: person.id, ...body });

test('incidents (misdelivery, lost, damaged after receipt) lower the month’s accuracy; twelve months against 99%', async () => {
  t.clock.set('2026-02-10T02:00:00Z');
  for (let i = 0; i < 4; i++) ok(await log(clerk, { trackingNo: `FEB${i}` }), 201);
  t.clock.set('2026-03-10T02:00:00Z');
  const items = [];
  for (let i = 0; i < 3; i++) items.push(ok(await log(clerk, { trackingNo: `MAR${i}` }), 201));
  const before = ok(await clerk.get(`/api/v1/front-desk/mail/accuracy/months?${q({})}`));
  assert.equal(before.months.length, 12);
  assert.equal(before.months[0].month, '2025-04');
  assert.equal(before.target, 0.99);
  const march = () => before.months.at(-1);
  assert.deepEqual([march().month, march().handled, march().incidents, march().rate, march().met], ['2026-03', 3, 0, 1, true]);

  ok(await clerk.post(`/api/v1/front-desk/mail/${items[0].id}/incidents`, { kind: 'misdelivery', note: '错放 S 格' }));
  ok(await clerk.post(`/api/v1/front-desk/mail/${items[1].id}/incidents`, { kind: 'damaged', note: '受潮' }));
  problem(await clerk.post(`/api/v1/front-desk/mail/${items[1].id}/incidents`, { kind: 'stolen', note: 'x' }), 400);
  problem(await clerk.post(`/api/v1/front-desk/mail/${items[1].id}/incidents`, { kind: 'lost', note: ' ' }), 400);
  problem(await tenant.post(`/api/v1/front-desk/mail/${items[2].id}/incidents`, { kind: 'lost', note: '没收到' }), 403);

  const after = ok(await clerk.get(`/api/v1/front-desk/mail/accuracy/months?${q({ to: '2026-03' })}`));
  const m = after.months.at(-1);
  assert.deepEqual([m.handled, m.incidents, m.correct, m.met], [3, 2, 1, false]);
  assert.ok(Math.abs(m.rate - 1 / 3) < 1e-9);
  const feb = after.months.at(-2);
  assert.deepEqual([feb.month, feb.handled, feb.incidents, feb.rate], ['2026-02', 4, 0, 1]);
  const month = ok(await clerk.get(`/api/v1/front-desk/mail/accuracy?${q({ month: '2026-03' })}`));
  assert.deepEqual(month.list.map((i: { kind: string }) => i.kind).sort(), ['damaged', 'misdelivery']);
  problem(await tenant.get(`/api/v1/front-desk/mail/accuracy/months?${q({})}`), 403);
  problem(await clerk.get(`/api/v1/front-desk/mail/accuracy/months?${q({ to: '2026-13x' })}`), 400);
});

test('the label photo: read by those who may read the item — a 机要 item’s photo not by the front desk', async () => {
  const up = ok(await uploadAs(clerk, fx.propertyId, { filename: 'label.jpg', type: 'image/jpeg', data: await jpeg(400, 300) }), 201);
  const secret = ok(await log(clerk, { kind: 'confidential', labelPhotoId: up.id }), 201);
  assert.equal(secret.labelPhoto.id, up.id);
  assert.equal((await clerk.get(`/api/v1/files/${up.id}`)).statusCode, 200);
  assert.equal((await tenant.get(`/api/v1/files/${up.id}/thumbnail`)).statusCode, 200, 'the recipient reads it');
  problem(await desk.get(`/api/v1/files/${up.id}`), 404);

  const up2 = ok(await uploadAs(desk, fx.propertyId, { filename: 'p.jpg', type: 'image/jpeg', data: await jpeg(300, 300) }), 201);
  const parcel = ok(await log(desk, { labelPhotoId: up2.id }), 201);
  assert.equal(parcel.labelPhoto.id, up2.id);
  assert.equal((await clerk.get(`/api/v1/files/${up2.id}`)).statusCode, 200);
  // Somebody else's upload cannot be taken, and nothing is logged then.
  problem(await log(clerk, { labelPhotoId: up2.id, trackingNo: 'TAKEN' }), 422, 'file_not_attachable');
  const taken = ok(await clerk.get(`/api/v1/front-desk/mail?${q({ q: 'TAKEN' })}`)).data;
  assert.equal(taken.length, 0);
});

test('the letter register for print: registered letters and 机要 items of the period, oldest first, with the signature; audited', async () => {
  t.clock.set('2026-03-10T04:00:00Z');
  const letter = ok(await log(desk, { kind: 'registered_letter' }), 201);
  const parcel = ok(await log(desk, { kind: 'parcel' }), 201);
  const secret = ok(await log(clerk, { kind: 'confidential' }), 201);
  const sig = ok(
    await clerk.post('/api/v1/signatures', {
      propertyId: fx.propertyId,
      signerName: '陈静',
      image: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    }),
    201,
  );
  ok(
    await clerk.post(`/api/v1/front-desk/mail/${letter.id}/hand-over`, {
      signer: 'recipient',
      name: '陈静',
      method: 'screen',
      signatureId: sig.id,
    }),
  );

  const r = ok(await clerk.get(`/api/v1/front-desk/mail/register/entries?${q({ from: '2026-03-10', to: '2026-03-10' })}`));
  const ids = r.data.map((m: { id: string }) => m.id);
  assert.ok(ids.indexOf(letter.id) >= 0 && ids.indexOf(letter.id) < ids.indexOf(secret.id), ids.join());
  assert.ok(!ids.includes(parcel.id));
  assert.ok(r.data.every((m: { kind: string }) => ['registered_letter', 'confidential'].includes(m.kind)));
  assert.equal(r.data[ids.indexOf(letter.id)].pickup.signature.id, sig.id);
  const asDesk = ok(await desk.get(`/api/v1/front-desk/mail/register/entries?${q({ from: '2026-03-10', to: '2026-03-10' })}`));
  assert.ok(asDesk.data.some((m: { id: string }) => m.id === letter.id));
  assert.ok(!asDesk.data.some((m: { kind: string }) => m.kind === 'confidential'), 'the front desk does not see 机要 items');
  const every = ok(
    await clerk.get(`/api/v1/front-desk/mail/register/entries?${q({ from: '2026-03-10', to: '2026-03-10', scope: 'all' })}`),
  );
  assert.ok(every.data.some((m: { id: string }) => m.id === parcel.id));
  const none = ok(await clerk.get(`/api/v1/front-desk/mail/register/entries?${q({ from: '2026-03-11', to: '2026-03-11' })}`));
  assert.equal(none.data.length, 0);
  problem(await tenant.get(`/api/v1/front-desk/mail/register/entries?${q({ from: '2026-03-10', to: '2026-03-10' })}`), 403);
  const a = await t.app.database.db.execute(
    `select count(*)::int as n from audit_events where property_id = '${fx.propertyId}' and action = 'mail.register_printed'`,
  );
  assert.equal((a as unknown as { rows: { n: number }[] }).rows[0]!.n, 4);
});
