import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
let secretary: Session, reader: Session, tenant: Session, outsider: Session;
const clock = new TestClock(new Date('2026-12-01T09:00:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  secretary = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  reader = await signedIn(t.app, fx.propertyId, ['engineer']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: fx.organizationId });
  outsider = await signedIn(t.app, other.propertyId, ['cs_assistant']);
});
after(() => t.close());

const entry = (b: object = {}) => ({
  propertyId: fx.propertyId,
  organizationId: fx.organizationId,
  title: '二次装修申请表及施工图纸',
  category: 'fit_out',
  pages: 12,
  filedOn: '2026-12-01',
  ...b,
});

test('the secretary files documents (numbered by month), lends one, a second loan is 409 document_out, takes it back checked; overdue loans listed', async () => {
  const a = ok(await secretary.post('/api/v1/tenant-archive', entry()), 201);
  assert.equal(a.fileNo, 'DA-202612-001');
  const b = ok(await secretary.post('/api/v1/tenant-archive', entry({ title: '入驻登记表', category: 'move_in', pages: 3 })), 201);
  assert.equal(b.fileNo, 'DA-202612-002');
  const old = ok(
    await secretary.post('/api/v1/tenant-archive', entry({ title: '租赁合同', category: 'contract', pages: 20, filedOn: '2024-11-20' })),
    201,
  );
  assert.equal(old.fileNo, 'DA-202411-001');
  assert.equal(old.toBind, true);
  assert.equal(a.toBind, false);
  problem(await secretary.post('/api/v1/tenant-archive', entry({ fileNo: 'DA-202612-001' })), 409, 'archive_file_no_taken');

  const lent = ok(
    await secretary.post(`/api/v1/tenant-archive/${a.id}/loans`, { borrowerName: '李娜', borrowerDept: '工程部', purpose: '核对图纸' }),
    201,
  );
  assert.equal(lent.loan.borrowerName, '李娜');
  assert.equal(lent.loan.dueOn, '2026-12-08');
  problem(await secretary.post(`/api/v1/tenant-archive/${a.id}/loans`, { borrowerName: '王芳' }), 409, 'document_out');
  problem(await secretary.post(`/api/v1/tenant-archive/${a.id}/cancel`), 409, 'document_out');
  ok(await secretary.post(`/api/v1/tenant-archive/${b.id}/loans`, { borrowerName: '王芳', dueOn: '2026-12-03' }), 201);

  const month = ok(await reader.get(`/api/v1/tenant-archive?propertyId=${fx.propertyId}&month=2026-12`));
  assert.equal(month.data.length, 2);
  assert.deepEqual(month.retention, { binderYears: 2, loanDays: 7 });
  assert.equal(ok(await reader.get(`/api/v1/tenant-archive?propertyId=${fx.propertyId}&out=true`)).data.length, 2);
  assert.equal(ok(await reader.get(`/api/v1/tenant-archive?propertyId=${fx.propertyId}`)).data.length, 3);

  // A loan left out past its due day (a week ago: sessions would expire on a moved clock).
  await t.app.database.db.execute(`update tenant_archive_loans set due_on = '2026-11-29' where borrower_name = '王芳'`);
  const overdue = ok(await secretary.get(`/api/v1/tenant-archive-loans?propertyId=${fx.propertyId}&overdue=true`));
  assert.equal(overdue.data.length, 1);
  assert.equal(overdue.data[0].borrowerName, '王芳');
  assert.equal(overdue.data[0].daysOverdue, 2);
  assert.equal(overdue.data[0].overdue, true);

  const back = ok(await secretary.post(`/api/v1/tenant-archive-loans/${lent.loan.id}/return`, { copyTaken: true, note: '页数核对无误' }));
  assert.equal(back.copyTaken, true);
  assert.ok(back.returnedAt);
  problem(await secretary.post(`/api/v1/tenant-archive-loans/${lent.loan.id}/return`, {}), 409, 'loan_returned');
  const cancelled = ok(await secretary.post(`/api/v1/tenant-archive/${a.id}/cancel`));
  assert.ok(cancelled.cancelledAt);
  problem(await secretary.post(`/api/v1/tenant-archive/${a.id}/loans`, { borrowerName: '王芳' }), 409, 'document_cancelled');
  assert.equal(ok(await secretary.get(`/api/v1/tenant-archive-loans?propertyId=${fx.propertyId}`)).data.length, 2);

  const x = await reader.get(`/api/v1/tenant-archive/export?propertyId=${fx.propertyId}&month=2026-12`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
});

test('refusals: borrowing only through the secretary (403), bad input 400 with fields, past due 422, other property 404, tenants 403', async () => {
  const e = ok(await secretary.post('/api/v1/tenant-archive', entry({ title: '走访记录', category: 'visit', pages: 1 })), 201);
  problem(await reader.post(`/api/v1/tenant-archive/${e.id}/loans`, { borrowerName: '李娜' }), 403);
  problem(await reader.post('/api/v1/tenant-archive', entry()), 403);
  const bad = problem(await secretary.post('/api/v1/tenant-archive', entry({ pages: 0, category: 'misc', title: '' })), 400);
  assert.deepEqual(bad.fields!.map((f) => f.path).sort(), ['category', 'pages', 'title']);
  problem(await secretary.post(`/api/v1/tenant-archive/${e.id}/loans`, { borrowerName: '李娜', dueOn: '2026-01-01' }), 422, 'loan_due');
  problem(await outsider.post(`/api/v1/tenant-archive/${e.id}/loans`, { borrowerName: '李娜' }), 404);
  problem(await outsider.get(`/api/v1/tenant-archive?propertyId=${fx.propertyId}`), 404);
  problem(await tenant.get(`/api/v1/tenant-archive?propertyId=${fx.propertyId}`), 403);
  const count = (await t.app.database.db.execute(
    `select count(*)::int as n from tenant_archive_loans where entry_id = '${e.id}'`,
  )) as unknown as {
    rows: { n: number }[];
  };
  assert.equal(count.rows[0]!.n, 0);
});
