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

let t: TestApp;
let fx: Fixture;
let desk: Session, guard: Session, tenant: Session, otherTenant: Session, outsider: Session;
let tenantId: string;

before(async () => {
  t = await createTestApp();
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  desk = await signedIn(t.app, fx.propertyId, ['front_desk']);
  guard = await signedIn(t.app, fx.propertyId, ['security']);
  const tu = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], {
    unitId: fx.unitId,
    organizationId: fx.organizationId,
    phone: '13800001111',
    email: 'chen@example.com',
  });
  tenantId = tu.id;
  tenant = await login(t.app, tu);
  otherTenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  outsider = await signedIn(t.app, other.propertyId, ['front_desk']);
});
after(() => t.close());

const q = (p: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const rows = async (text: string) => (await t.app.database.db.execute(text)) as unknown as { rows: Record<string, unknown>[] };

async function person(userId: string | null) {
  const org = ok(
    await desk.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'tenant', nameZh: `市财政局${Math.random()}` }),
    201,
  );
  return ok(
    await desk.post('/api/v1/front-desk/directory', {
      propertyId: fx.propertyId,
      kind: 'person',
      parentId: org.id,
      nameZh: '陈静',
      userId,
    }),
    201,
  );
}

test('a message for a tenant is notified (in app, e-mail), the tenant sees and acknowledges it; others get 404', async () => {
  const chen = await person(tenantId);
  const m = ok(
    await desk.post('/api/v1/front-desk/messages', {
      propertyId: fx.propertyId,
      recipientEntryId: chen.id,
      callerName: '李明',
      callerPhone: '0755-28301234',
      callerCompany: '市审计局',
      content: '请回电确认周三的会议材料',
    }),
    201,
  );
  assert.equal(m.status, 'notified');
  assert.match(m.recipientName, /^陈静（/);
  const n = await rows(`select kind, message_key from notifications where user_id = '${tenantId}'`);
  assert.deepEqual(n.rows, [{ kind: 'frontdesk.message', message_key: 'frontdesk.message' }]);
  const out = await rows(`select channel from outbox o join notifications n on n.id = o.notification_id where n.user_id = '${tenantId}'`);
  assert.deepEqual(
    out.rows.map((r) => r.channel),
    ['email'],
  );

  // The tenant's own list; another tenant sees nothing and gets 404 (audited); a guard is not the desk.
  const mine = ok(await tenant.get('/api/v1/front-desk/my-messages'));
  assert.deepEqual(
    mine.data.map((x: { id: string }) => x.id),
    [m.id],
  );
  assert.equal(mine.data[0].policies.acknowledge, true);
  assert.equal(ok(await otherTenant.get('/api/v1/front-desk/my-messages')).data.length, 0);
  problem(await otherTenant.get(`/api/v1/front-desk/messages/${m.id}`), 404, 'not_found');
  problem(await otherTenant.post(`/api/v1/front-desk/messages/${m.id}/acknowledge`), 404, 'not_found');
  problem(await outsider.get(`/api/v1/front-desk/messages/${m.id}`), 404, 'not_found');
  problem(await guard.get(`/api/v1/front-desk/messages?${q({})}`), 403, 'forbidden');
  problem(await tenant.get(`/api/v1/front-desk/messages?${q({})}`), 403, 'forbidden');
  const refused = await rows(
    `select count(*)::int as n from audit_events where entity_id = '${m.id}' and action = 'message.access_refused'`,
  );
  assert.equal(refused.rows[0]!.n, 2);

  // The desk cannot acknowledge for the tenant; the tenant does, once.
  problem(await desk.post(`/api/v1/front-desk/messages/${m.id}/acknowledge`), 403, 'forbidden');
  const ack = ok(await tenant.post(`/api/v1/front-desk/messages/${m.id}/acknowledge`));
  assert.equal(ack.status, 'delivered');
  assert.equal(ack.deliveredHow, 'app');
  problem(await tenant.post(`/api/v1/front-desk/messages/${m.id}/acknowledge`), 409, 'message_already_delivered');
  problem(await desk.post(`/api/v1/front-desk/messages/${m.id}/deliver`, { how: 'phone' }), 409, 'message_already_delivered');
});

test('without an account the message waits (logged, urgent); the desk marks it delivered by phone; open ones listed first', async () => {
  const nobody = await person(null);
  const m = ok(
    await desk.post('/api/v1/front-desk/messages', {
      propertyId: fx.propertyId,
      recipientEntryId: nobody.id,
      callerName: '王女士',
      content: '快递放在传达室',
      urgent: true,
    }),
    201,
  );
  assert.equal(m.status, 'logged');
  const open = ok(await desk.get(`/api/v1/front-desk/messages?${q({ state: 'open' })}`)).data.map((x: { id: string }) => x.id);
  assert.ok(open.includes(m.id));
  problem(await desk.post(`/api/v1/front-desk/messages/${m.id}/deliver`, { how: 'carrier pigeon' }), 400, 'validation_failed');
  const d = ok(await desk.post(`/api/v1/front-desk/messages/${m.id}/deliver`, { how: 'phone' }));
  assert.equal(d.status, 'delivered');
  assert.equal(
    ok(await desk.get(`/api/v1/front-desk/messages?${q({ state: 'open' })}`)).data.some((x: { id: string }) => x.id === m.id),
    false,
  );

  // Bad input: an unknown recipient, an empty content, unknown fields; nothing written.
  const before = (await rows(`select count(*)::int as n from desk_messages where property_id = '${fx.propertyId}'`)).rows[0]!.n;
  problem(
    await desk.post('/api/v1/front-desk/messages', {
      propertyId: fx.propertyId,
      recipientEntryId: '00000000-0000-4000-8000-000000000000',
      callerName: 'x',
      content: 'y',
    }),
    422,
    'message_recipient_invalid',
  );
  problem(
    await desk.post('/api/v1/front-desk/messages', {
      propertyId: fx.propertyId,
      recipientEntryId: nobody.id,
      callerName: 'x',
      content: ' ',
    }),
    400,
  );
  problem(
    await desk.post('/api/v1/front-desk/messages', {
      propertyId: fx.propertyId,
      recipientEntryId: nobody.id,
      callerName: 'x',
      content: 'y',
      extra: 1,
    }),
    400,
  );
  assert.equal((await rows(`select count(*)::int as n from desk_messages where property_id = '${fx.propertyId}'`)).rows[0]!.n, before);

  // The book exports as a workbook (audited).
  const x = await desk.get(`/api/v1/front-desk/messages/export?${q({})}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
});

test('business calls are logged with their department', async () => {
  const dep = ok(await desk.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'department', nameZh: '工程部' }), 201);
  const c = ok(
    await desk.post('/api/v1/front-desk/calls', {
      propertyId: fx.propertyId,
      callerName: '张先生',
      callerPhone: '13912345678',
      topic: '询问停车卡办理',
      departmentEntryId: dep.id,
      durationMin: 3,
    }),
    201,
  );
  assert.equal(c.departmentName, '工程部');
  assert.equal(ok(await desk.get(`/api/v1/front-desk/calls?${q({ q: '停车' })}`)).data[0].id, c.id);
  const chen = await person(null);
  problem(
    await desk.post('/api/v1/front-desk/calls', { propertyId: fx.propertyId, callerName: 'x', topic: 'y', departmentEntryId: chen.id }),
    422,
    'call_department_invalid',
  );
  problem(await tenant.post('/api/v1/front-desk/calls', { propertyId: fx.propertyId, callerName: 'x', topic: 'y' }), 403);
});
