import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
  signedIn,
} from '../../../test/helpers.ts';
import { runMailReminders, runUnknownReport } from './mail.jobs.ts';

let t: TestApp;
let fx: Fixture;
let clerk: Session, desk: Session, manager: Session, tenant: Session, otherTenant: Session, outsider: Session;
let tenantId: string;
let person: { id: string }, warehouse: { id: string };

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

before(async () => {
  t = await createTestApp();
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  clerk = await signedIn(t.app, fx.propertyId, ['mail_clerk']);
  desk = await signedIn(t.app, fx.propertyId, ['front_desk']);
  manager = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  const tu = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], {
    organizationId: fx.organizationId,
    unitId: fx.unitId,
  });
  tenantId = tu.id;
  tenant = await login(t.app, tu);
  otherTenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  outsider = await signedIn(t.app, other.propertyId, ['mail_clerk']);
  const org = ok(
    await manager.post('/api/v1/front-desk/directory', {
      propertyId: fx.propertyId,
      kind: 'tenant',
      nameZh: '市财政局',
      organizationId: fx.organizationId,
    }),
    201,
  ).id as string;
  person = ok(
    await manager.post('/api/v1/front-desk/directory', {
      propertyId: fx.propertyId,
      kind: 'person',
      parentId: org,
      nameZh: '陈静',
      userId: tenantId,
    }),
    201,
  );
  warehouse = ok(
    await manager.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'person', parentId: org, nameZh: '王库管' }),
    201,
  );
});
after(() => t.close());

const log = (s: Session, body: Record<string, unknown>) =>
  s.post('/api/v1/front-desk/mail', {
    propertyId: fx.propertyId,
    kind: 'parcel',
    carrier: '顺丰速运',
    trackingNo: 'SF1234567890',
    ...body,
  });
const q = (p: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const actions = async (like: string) => {
  const r = await t.app.database.db.execute(
    `select action from audit_events where property_id = '${fx.propertyId}' and action like '${like}' order by id`,
  );
  return (r as unknown as { rows: { action: string }[] }).rows.map((x) => x.action);
};

test('a parcel is logged on its pigeonhole, the recipient told, and handed over to a proxy against a drawn signature', async () => {
  const item = ok(await log(desk, { recipientEntryId: person.id, pieces: 2 }), 201);
  assert.equal(item.status, 'waiting');
  assert.equal(item.pigeonhole, 'C');
  assert.match(item.number, /^SJ-\d{8}-\d{3}$/);
  assert.ok(item.notifiedAt, 'the recipient was told');
  const bell = ok(await tenant.get('/api/v1/notifications?limit=10'));
  assert.ok(bell.data.some((n: { kind: string }) => n.kind === 'mail.waiting'));
  // The tenant sees it in the portal; another tenant does not (404 on the item).
  assert.equal(ok(await tenant.get(`/api/v1/front-desk/mail/mine?${q({})}`)).data[0].id, item.id);
  assert.equal(ok(await otherTenant.get(`/api/v1/front-desk/mail/mine?${q({})}`)).data.length, 0);
  problem(await otherTenant.get(`/api/v1/front-desk/mail/${item.id}`), 404, 'not_found');
  problem(await outsider.get(`/api/v1/front-desk/mail/${item.id}`), 404);
  problem(await tenant.get(`/api/v1/front-desk/mail?${q({})}`), 403);

  // Screen without a drawing: refused with a code.
  problem(
    await desk.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, { signer: 'proxy', name: '李代收', method: 'screen' }),
    422,
    'mail_signature_required',
  );
  const sig = ok(await desk.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: '李代收', image: PNG }), 201);
  const done = ok(
    await desk.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, {
      signer: 'proxy',
      name: '李代收',
      method: 'screen',
      signatureId: sig.id,
      version: item.version,
    }),
  );
  assert.equal(done.status, 'picked_up');
  assert.equal(done.pickup.signer, 'proxy');
  assert.equal(done.pickup.signature.id, sig.id);
  // The tenant may read the item and its signature file.
  const file = await tenant.get(`/api/v1/files/${sig.id}`);
  assert.equal(file.statusCode, 200);
  assert.equal((await otherTenant.get(`/api/v1/files/${sig.id}`)).statusCode, 404);
  problem(
    await desk.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, { signer: 'recipient', name: '陈静', method: 'paper' }),
    409,
    'mail_not_waiting',
  );
});

test('damaged packaging is refused (recipient contacted), never signed for; a proxy cannot sign for warehouse goods', async () => {
  const damaged = ok(await log(desk, { recipientEntryId: person.id, condition: 'damaged' }), 201);
  assert.equal(damaged.status, 'refused_damaged');
  assert.equal(damaged.policies.handOver, false);
  problem(
    await desk.post(`/api/v1/front-desk/mail/${damaged.id}/hand-over`, { signer: 'recipient', name: '陈静', method: 'paper' }),
    422,
    'mail_damaged_refused',
  );
  assert.equal(ok(await desk.get(`/api/v1/front-desk/mail/${damaged.id}`)).status, 'refused_damaged');

  const goods = ok(await log(desk, { recipientEntryId: warehouse.id, handling: 'warehouse', kind: 'express' }), 201);
  assert.equal(goods.policies.proxyAllowed, false);
  const bad = problem(
    await desk.post(`/api/v1/front-desk/mail/${goods.id}/hand-over`, { signer: 'proxy', name: '张三', method: 'paper' }),
    422,
    'mail_proxy_not_allowed',
  );
  assert.equal(bad.fields![0]!.path, 'signer');
  assert.equal(ok(await desk.get(`/api/v1/front-desk/mail/${goods.id}`)).status, 'waiting');
  ok(await desk.post(`/api/v1/front-desk/mail/${goods.id}/hand-over`, { signer: 'recipient', name: '王库管', method: 'paper' }));
  const refused = await actions('mail_item.hand_over_refused');
  assert.ok(refused.length >= 3, 'refused attempts are audited');
});

test('two clerks hand over the same parcel at once: one wins, the other gets 409, one pickup stored', async () => {
  const item = ok(await log(desk, { recipientEntryId: person.id }), 201);
  const [a, b] = await Promise.all([
    desk.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, {
      signer: 'recipient',
      name: '陈静',
      method: 'paper',
      version: item.version,
    }),
    clerk.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, { signer: 'proxy', name: '李代收', method: 'paper', version: item.version }),
  ]);
  assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 409]);
  const loser = a.statusCode === 409 ? a : b;
  assert.equal(JSON.parse(loser.body).code, 'mail_not_waiting');
  assert.match(String(loser.headers['content-type']), /problem\+json/);
  const r = await t.app.database.db.execute(
    `select count(*)::int as n from audit_events where entity_id = '${item.id}' and action = 'mail_item.picked_up'`,
  );
  assert.equal((r as unknown as { rows: { n: number }[] }).rows[0]!.n, 1);
});

test('the tenant signs for their own parcel in the portal; 机要 items only for the clerk, managers and the recipient', async () => {
  const item = ok(await log(desk, { recipientEntryId: person.id, kind: 'express' }), 201);
  problem(
    await otherTenant.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, { signer: 'recipient', name: 'x', method: 'portal' }),
    404,
  );
  problem(await tenant.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, { signer: 'recipient', name: '陈静', method: 'paper' }), 400);
  assert.equal(
    ok(await tenant.post(`/api/v1/front-desk/mail/${item.id}/hand-over`, { signer: 'recipient', name: '陈静', method: 'portal' })).status,
    'picked_up',
  );

  problem(await log(desk, { recipientEntryId: person.id, kind: 'confidential' }), 403);
  const secret = ok(await log(clerk, { recipientEntryId: person.id, kind: 'confidential', carrier: '机要通信局' }), 201);
  assert.equal(secret.confidential, true);
  problem(await desk.get(`/api/v1/front-desk/mail/${secret.id}`), 404);
  assert.ok(!ok(await desk.get(`/api/v1/front-desk/mail?${q({})}`)).data.some((m: { id: string }) => m.id === secret.id));
  ok(await manager.get(`/api/v1/front-desk/mail/${secret.id}`));
  ok(await tenant.get(`/api/v1/front-desk/mail/${secret.id}`));
});

test('unknown recipients are listed and reported; outgoing mail with the courier’s receipt; newspapers; accuracy', async () => {
  const unknown = ok(await log(desk, { recipientName: '查无此人', kind: 'registered_letter' }), 201);
  assert.equal(unknown.status, 'unknown');
  problem(await log(desk, { kind: 'parcel' }), 422, 'mail_recipient_required');
  problem(await log(desk, { kind: 'parcel', pieces: 0, recipientName: 'x' }), 400, 'validation_failed');
  const list = ok(await desk.get(`/api/v1/front-desk/mail?${q({ status: 'unknown' })}`)).data;
  assert.ok(list.some((m: { id: string }) => m.id === unknown.id));
  await runUnknownReport(t.app.database.db, new Date());
  const bell = ok(await clerk.get('/api/v1/notifications?limit=10'));
  assert.ok(bell.data.some((n: { kind: string }) => n.kind === 'mail.unknown_daily'));
  const found = ok(await desk.post(`/api/v1/front-desk/mail/${unknown.id}/recipient`, { recipientEntryId: person.id }));
  assert.equal(found.status, 'waiting');

  // Reminders until pickup.
  const later = new Date(Date.now() + 25 * 3600_000);
  assert.ok((await runMailReminders(t.app.database.db, later)).sent >= 1);

  const out = ok(await log(clerk, { direction: 'out', kind: 'express', recipientEntryId: person.id, destination: '北京市西城区' }), 201);
  assert.match(out.number, /^FJ-/);
  problem(await clerk.post(`/api/v1/front-desk/mail/${out.id}/hand-over`, { signer: 'proxy', name: '快递员', method: 'paper' }), 400);
  const sent = ok(
    await clerk.post(`/api/v1/front-desk/mail/${out.id}/hand-over`, {
      signer: 'proxy',
      name: '快递员',
      method: 'paper',
      courierReceiptNo: 'EMS998877',
    }),
  );
  assert.equal(sent.status, 'sent');
  assert.equal(sent.pickup.courierReceiptNo, 'EMS998877');

  const sub = ok(
    await clerk.post('/api/v1/front-desk/mail/subscriptions', {
      propertyId: fx.propertyId,
      title: '人民日报',
      recipientName: '市财政局',
      perDay: 5,
    }),
    201,
  );
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const check = ok(
    await clerk.post('/api/v1/front-desk/mail/newspaper-checks', {
      propertyId: fx.propertyId,
      subscriptionId: sub.id,
      day: today,
      received: 4,
      carrier: '邮政',
    }),
  );
  assert.equal(check.discrepancy, -1);

  ok(await clerk.post(`/api/v1/front-desk/mail/${found.id}/incidents`, { kind: 'misdelivery', note: '错放 S 格' }));
  const acc = ok(await manager.get(`/api/v1/front-desk/mail/accuracy?${q({ month: today.slice(0, 7) })}`));
  assert.equal(acc.incidents, 1);
  assert.ok(acc.handled >= 8);
  assert.equal(acc.met, false);

  const x = await clerk.get(`/api/v1/front-desk/mail/register?${q({ from: today, to: today })}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.deepEqual(await actions('mail.register_exported'), ['mail.register_exported']);
});

test('two clerks logging at once get the day register numbers one after the other, none twice', async () => {
  const made = await Promise.all(
    Array.from({ length: 8 }, (_, i) => log(i % 2 ? clerk : desk, { recipientEntryId: person.id, trackingNo: `YT88000${i}` })),
  );
  const numbers = made.map((r) => ok<{ number: string }>(r, 201).number);
  assert.equal(new Set(numbers).size, numbers.length, numbers.join());
});
