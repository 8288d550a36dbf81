/** Payments and receipts: partial payments, overpayment refused, unbroken receipt numbers, voiding with permission and signature. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { twoProperties, makeOrganization } from '../../../test/builders.ts';
import { TestClock, ok, problem, signedIn, type Session } from '../../../test/helpers.ts';
import { issuedMonth } from '../../../test/billing-months.ts';

const clock = new TestClock(new Date('2026-12-08T02:00:00Z'));
const { t, fx, other } = await twoProperties({ clock });
after(() => t.close());
const db = t.app.database.db;
const org2 = await makeOrganization(db, fx.propertyId);
const { byOrg } = await issuedMonth(db, fx.propertyId, '2026-11', [
  { organizationId: fx.organizationId, unitId: fx.unitId, amountFen: 100_000 },
  { organizationId: fx.organizationId, unitId: fx.unitId, sheet: 'water', description: '水费', amountFen: 2_345 },
  { organizationId: org2, amountFen: 50_000 },
]);
const n1 = byOrg.get(fx.organizationId)!;
const n2 = byOrg.get(org2)!;
const finance = await signedIn(t.app, fx.propertyId, ['finance_manager']);
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const sign = async (s: Session, name: string) =>
  ok(await s.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: name, image: PNG }), 201).id as string;
const rows = async (q: string) => ((await db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;

test('a partial payment gets a numbered receipt; the outstanding falls; more than outstanding is 422', async () => {
  const r = ok(await finance.post(`/api/v1/bills/${n1.id}/payments`, { amountFen: 60_000, method: 'cash', payerName: '王丽' }), 201);
  assert.match(r.number, /^SJ-2026-\d{6}$/);
  assert.equal(r.amountInWords, '陆佰元整');
  assert.equal(r.receivedByName.length > 0, true);
  const bill = ok(await finance.get(`/api/v1/bills/${n1.id}`));
  assert.equal(bill.paidFen, 60_000);
  assert.equal(bill.outstandingFen, 42_345);
  assert.equal(bill.state, 'partial');
  assert.equal(bill.receipts.length, 1);
  const over = problem(
    await finance.post(`/api/v1/bills/${n1.id}/payments`, { amountFen: 42_346, method: 'transfer', payerName: '王丽' }),
    422,
    'payment_exceeds_due',
  );
  assert.equal(over.fields![0]!.path, 'amountFen');
  ok(
    await finance.post(`/api/v1/bills/${n1.id}/payments`, { amountFen: 42_345, method: 'transfer', payerName: '王丽', reference: 'BOC1' }),
    201,
  );
  assert.equal(ok(await finance.get(`/api/v1/bills/${n1.id}`)).state, 'paid');
  problem(await finance.post(`/api/v1/bills/${n1.id}/payments`, { amountFen: 1, method: 'cash', payerName: '王丽' }), 409, 'notice_paid');
  const audits = await rows(
    `select count(*)::int as n from audit_events where action = 'billing_payment.recorded' and property_id = '${fx.propertyId}'`,
  );
  assert.equal(audits[0]!.n, 2);
});

test('negative, zero or fractional fen and unknown methods are 400; roles without billing.payments 403; other property 404', async () => {
  for (const amountFen of [-100, 0, 10.5, '100'])
    problem(
      await finance.post(`/api/v1/bills/${n2.id}/payments`, { amountFen, method: 'cash', payerName: '王丽' }),
      400,
      'validation_failed',
    );
  problem(
    await finance.post(`/api/v1/bills/${n2.id}/payments`, { amountFen: 100, method: 'cheque', payerName: '王丽' }),
    400,
    'validation_failed',
  );
  const assistant = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  problem(await assistant.post(`/api/v1/bills/${n2.id}/payments`, { amountFen: 100, method: 'cash', payerName: '王丽' }), 403);
  const stranger = await signedIn(t.app, other.propertyId, ['finance_manager']);
  problem(await stranger.post(`/api/v1/bills/${n2.id}/payments`, { amountFen: 100, method: 'cash', payerName: '王丽' }), 404);
  problem(await stranger.get(`/api/v1/bills/${n2.id}`), 404);
});

test('receipt numbers stay unbroken under concurrent payments', async () => {
  const admin = await signedIn(t.app, fx.propertyId, ['affairs_admin']);
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      (i % 2 ? admin : finance).post(`/api/v1/bills/${n2.id}/payments`, { amountFen: 1_000, method: 'cash', payerName: '孙伟' }),
    ),
  );
  const numbers = results.map((r) => ok(r, 201).number as string).sort();
  const all = (
    await rows(`select receipt_number from billing_payments where property_id = '${fx.propertyId}' order by receipt_number`)
  ).map((r) => r.receipt_number as string);
  assert.equal(new Set(all).size, all.length);
  assert.deepEqual(
    all.map((n) => Number(n.slice(-6))),
    all.map((_, i) => i + 1),
    'no gap, no reuse',
  );
  assert.equal(numbers.length, 8);
  assert.equal(ok(await finance.get(`/api/v1/bills/${n2.id}`)).paidFen, 8_000);
});

test('voiding needs billing.receipts.void and a signature; the number stays (void), the outstanding is restored', async () => {
  const r = ok(await finance.post(`/api/v1/bills/${n2.id}/payments`, { amountFen: 5_000, method: 'card', payerName: '孙伟' }), 201);
  const admin = await signedIn(t.app, fx.propertyId, ['affairs_admin']);
  problem(await admin.post(`/api/v1/receipts/${r.id}/void`, { reason: '金额错误', signatureFileId: await sign(admin, '张三') }), 403);
  const supervisor = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  problem(await supervisor.post(`/api/v1/receipts/${r.id}/void`, { reason: '金额错误' }), 400, 'validation_failed');
  problem(
    await supervisor.post(`/api/v1/receipts/${r.id}/void`, { reason: '金额错误', signatureFileId: '00000000-0000-4000-8000-000000000000' }),
    422,
    'file_not_attachable',
  );
  const before = ok(await finance.get(`/api/v1/bills/${n2.id}`)).paidFen;
  const v = ok(
    await supervisor.post(`/api/v1/receipts/${r.id}/void`, { reason: '金额错误', signatureFileId: await sign(supervisor, '马红梅') }),
  );
  assert.equal(v.void, true);
  assert.equal(v.number, r.number);
  assert.equal(v.voidedByName, '马红梅');
  assert.equal(ok(await finance.get(`/api/v1/bills/${n2.id}`)).paidFen, before - 5_000);
  problem(
    await supervisor.post(`/api/v1/receipts/${r.id}/void`, { reason: '再次', signatureFileId: await sign(supervisor, '马红梅') }),
    409,
    'receipt_void_already',
  );
  const next = ok(await finance.post(`/api/v1/bills/${n2.id}/payments`, { amountFen: 5_000, method: 'card', payerName: '孙伟' }), 201);
  assert.equal(Number(next.number.slice(-6)), Number(r.number.slice(-6)) + 1, 'a voided number is never reused');
  const audits = await rows(
    `select count(*)::int as n from audit_events where action = 'billing_payment.voided' and property_id = '${fx.propertyId}'`,
  );
  assert.equal(audits[0]!.n, 1);
});
