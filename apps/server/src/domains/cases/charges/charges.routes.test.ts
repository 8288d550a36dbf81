import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { auditEvents } from '../../../db/schema/index.ts';
import { at, sheetNames } from '../../../test/builders.ts';
import { casesWorld, DESK_ADMIN, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'tenant' | 'tenant2' | 'pm'>;

before(async () => {
  w = await casesWorld({ desk: DESK_ADMIN, tenant: UNIT_TENANT, tenant2: ['tenant'], pm: ['project_manager'] });
});
after(async () => w.t.close());

test('paid repair: quote → tenant consents on the portal → numbered payment notice → paid → monthly billing list (+ .xlsx, audited)', async () => {
  const { t, fx, s, q } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(
    await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '室内水龙头更换', location: '0301' }),
    201,
  );
  const free = ok(await s.desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '检查' }), 201).workOrders[0];
  problem(
    await s.desk.post(`/api/v1/work-orders/${free.id}/quote`, { items: [{ name: '人工', qty: 1, unitPriceFen: 5000, note: '上门' }] }),
    422,
    'work_order_not_paid',
  );
  const wo = ok(await s.desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '更换水龙头', paid: true }), 201).workOrders[1];
  problem(await s.desk.post(`/api/v1/work-orders/${wo.id}/quote`, { items: [] }), 400, 'validation_failed');
  problem(
    await s.tenant.post(`/api/v1/work-orders/${wo.id}/quote`, { items: [{ name: '人工', qty: 1, unitPriceFen: 5000, note: '上门' }] }),
    403,
    'forbidden',
  );
  problem(await s.desk.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 422, 'charge_state');
  const quoted = ok(
    await s.desk.post(`/api/v1/work-orders/${wo.id}/quote`, {
      items: [
        { name: '水龙头', qty: 1, unitPriceFen: 8800, note: '业户自选型号' },
        { name: '人工', qty: 1.5, unitPriceFen: 4000, note: '半天' },
      ],
    }),
  );
  assert.equal(quoted.amountFen, 14800);
  assert.equal(quoted.amountYuan, '148.00');
  problem(await s.tenant2.post(`/api/v1/work-orders/${wo.id}/consent`, { name: 'x', method: 'portal' }), 404);
  problem(await s.tenant.post(`/api/v1/work-orders/${wo.id}/consent`, { name: '王女士', method: 'recorded' }), 400, 'validation_failed');
  const consented = ok(await s.tenant.post(`/api/v1/work-orders/${wo.id}/consent`, { name: '王女士', method: 'portal' }));
  assert.equal(consented.status, 'consented');
  problem(await s.tenant.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 403);
  const notice = ok(await s.desk.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 201);
  assert.match(notice.number, /^JF-2026-\d{6}$/);
  assert.equal(notice.title, '缴费通知书');
  assert.equal(notice.amountFen, 14800);
  assert.equal(ok(await s.tenant.get(`/api/v1/work-orders/${wo.id}/payment-notice`)).number, notice.number);
  problem(await s.desk.post(`/api/v1/work-orders/${wo.id}/payment-notice`), 422, 'charge_state');
  const paid = ok(await s.desk.post(`/api/v1/work-orders/${wo.id}/paid`, { receiptNo: 'SJ-0001' }));
  assert.equal(paid.status, 'paid');

  const list = ok(await s.desk.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-10' })}`));
  const row = list.rows.find((r: { noticeNumber: string }) => r.noticeNumber === notice.number);
  assert.equal(row.workOrderNumber, wo.number);
  assert.equal(row.receiptNo, 'SJ-0001');
  assert.equal(list.paidFen, 14800);
  assert.equal(ok(await s.desk.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-09' })}`)).rows.length, 0);
  problem(await s.tenant.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-10' })}`), 403);
  problem(await s.desk.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-13' })}`), 400, 'validation_failed');
  const x = await s.pm.get(`/api/v1/reports/paid-repairs?${q({ month: '2026-10', format: 'xlsx' })}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.deepEqual(await sheetNames(x.rawPayload), ['有偿维修收费']);
  const exp = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'case_report.exported'), eq(auditEvents.propertyId, fx.propertyId)));
  assert.ok(exp.length >= 1);
  const d = ok(await s.desk.get(`/api/v1/cases/${c.id}`));
  assert.deepEqual(
    d.timeline.map((e: { kind: string }) => e.kind).filter((k: string) => k.startsWith('charge_')),
    ['charge_quoted', 'charge_consented', 'charge_noticed', 'charge_paid'],
  );
});
