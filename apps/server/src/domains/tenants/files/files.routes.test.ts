import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
let rep: Session, reader: Session, tenant: Session, otherTenant: Session, outsider: Session;
let secondOrg: string;
const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  const [o] = await t.app.database.db
    .insert(organizations)
    .values({ propertyId: fx.propertyId, name: '华信科技有限公司', kind: 'company' })
    .returning();
  secondOrg = o!.id;
  rep = await signedIn(t.app, fx.propertyId, ['tenant_rep']);
  reader = await signedIn(t.app, fx.propertyId, ['engineer']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: fx.organizationId });
  otherTenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: secondOrg });
  outsider = await signedIn(t.app, other.propertyId, ['tenant_rep']);
});
after(() => t.close());

const FILE = {
  nameEn: 'Municipal Finance Bureau',
  status: 'occupied',
  areaSqm: 860.5,
  staffCount: 42,
  moveInDate: '2019-03-01',
  leaders: [
    { name: '王建国', title: '局长', phone: '0755-28301200' },
    { name: '李秀兰', title: '副局长', phone: null },
  ],
  contacts: [
    { nameZh: '陈静', nameEn: 'Chen Jing', title: '办公室主任', phone: '13800000018', email: 'chenjing@example.gov.cn' },
    { nameZh: '周凯', nameEn: 'Kevin Zhou', title: '行政', phone: '', email: '' },
  ],
  emergencyName: '赵强',
  emergencyPhone: '13912345678',
  notes: '每周五下午有局务会',
};

test('the tenant list shows every company; the first save creates the file, the next saves over its version, each audited', async () => {
  const list = ok(await reader.get(`/api/v1/tenant-files?propertyId=${fx.propertyId}`));
  assert.equal(list.data.length, 2);
  assert.equal(list.policies.edit, false);
  const mine = list.data.find((r: { organizationId: string }) => r.organizationId === fx.organizationId);
  assert.equal(mine.hasFile, false);
  assert.deepEqual(
    mine.units.map((u: { code: string }) => u.code),
    ['0301'],
  );

  const saved = ok(await rep.put(`/api/v1/tenant-files/${fx.organizationId}`, FILE));
  assert.equal(saved.hasFile, true);
  assert.equal(saved.version, 1);
  assert.equal(saved.leaders.length, 2);
  assert.equal(saved.contacts[1].phone, null);
  assert.equal(saved.contact.nameEn, 'Chen Jing');
  assert.equal(saved.areaSqm, 860.5);
  const again = ok(await rep.put(`/api/v1/tenant-files/${fx.organizationId}`, { ...FILE, staffCount: 45, version: 1 }));
  assert.equal(again.version, 2);
  assert.equal(again.staffCount, 45);
  problem(await rep.put(`/api/v1/tenant-files/${fx.organizationId}`, { ...FILE, version: 1 }), 409, 'tenant_file_stale');

  const audits = (await t.app.database.db.execute(
    `select action from audit_events where entity_id = '${fx.organizationId}' order by at`,
  )) as unknown as { rows: { action: string }[] };
  assert.deepEqual(
    audits.rows.map((r) => r.action),
    ['tenant_file.created', 'tenant_file.updated'],
  );
  const filtered = ok(await reader.get(`/api/v1/tenant-files?propertyId=${fx.propertyId}&q=chen`));
  assert.equal(filtered.data.length, 1);
});

test('bad input: 400 with the fields; no permission 403; other property 404', async () => {
  const bad = problem(
    await rep.put(`/api/v1/tenant-files/${fx.organizationId}`, {
      ...FILE,
      staffCount: -1,
      moveInDate: '2026-02-30',
      contacts: [{ nameZh: '', email: 'x' }],
    }),
    400,
    'validation_failed',
  );
  const paths = bad.fields!.map((f) => f.path).sort();
  assert.ok(paths.includes('staffCount') && paths.includes('moveInDate') && paths.includes('contacts.0.nameZh'), paths.join());
  problem(await reader.put(`/api/v1/tenant-files/${fx.organizationId}`, FILE), 403);
  problem(await outsider.get(`/api/v1/tenant-files/${fx.organizationId}`), 404);
  problem(await outsider.put(`/api/v1/tenant-files/${fx.organizationId}`, FILE), 404);
  problem(await outsider.get(`/api/v1/tenant-files?propertyId=${fx.propertyId}`), 404);
});

test("a tenant reads their own file; another tenant's is 404; the list is staff only", async () => {
  const own = ok(await tenant.get(`/api/v1/tenant-files/${fx.organizationId}`));
  assert.equal(own.policies.edit, false);
  problem(await otherTenant.get(`/api/v1/tenant-files/${fx.organizationId}`), 404);
  problem(await tenant.get(`/api/v1/tenant-files/${secondOrg}`), 404);
  problem(await tenant.get(`/api/v1/tenant-files?propertyId=${fx.propertyId}`), 403);
});

test('the occupancy table as .xlsx', async () => {
  const r = await reader.get(`/api/v1/tenant-files/export?propertyId=${fx.propertyId}`);
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /spreadsheetml/);
  assert.ok(r.rawPayload.length > 1000);
});
