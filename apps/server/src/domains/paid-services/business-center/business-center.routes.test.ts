import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { billableCharges } from '../../../db/schema/index.ts';
import { makeUser, ok, problem, TestClock, signedIn, type TestApp, type Fixture, type Session } from '../../../test/helpers.ts';
import { notificationCount, twoProperties } from '../../../test/builders.ts';
import { fileFaxes } from './business-center.faxes.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));
let t: TestApp, fx: Fixture, other: Fixture;
let desk: Session, desk2: Session, sup: Session, reader: Session, outsider: Session, tenant: Session;
let securityId: string, csId: string;

before(async () => {
  ({ t, fx, other } = await twoProperties({ clock }));
  desk = await signedIn(t.app, fx.propertyId, ['front_desk'], { displayName: '王前台' });
  desk2 = await signedIn(t.app, fx.propertyId, ['affairs_admin'], { displayName: '李接班' });
  sup = await signedIn(t.app, fx.propertyId, ['cs_supervisor'], { displayName: '马主管' });
  reader = await signedIn(t.app, fx.propertyId, ['finance_manager']);
  outsider = await signedIn(t.app, other.propertyId, ['front_desk']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: fx.organizationId, unitId: fx.unitId });
  securityId = (await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['security'] }])).id;
  csId = (await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_assistant'] }])).id;
});
after(() => t.close());

const sign = async (s: Session, name: string) =>
  ok(await s.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: name, image: PNG }), 201).id as string;
const fax = { kind: 'fax_out', faxNumber: '010-6855 1234', zone: 'domestic', pages: 3, errorPages: 1 };
const write = (s: Session, b: Record<string, unknown> = {}) =>
  s.post('/api/v1/business-center/slips', {
    propertyId: fx.propertyId,
    organizationId: fx.organizationId,
    customerName: '周建国',
    details: fax,
    ...b,
  });
const charges = async (id: string) =>
  t.app.database.db
    .select()
    .from(billableCharges)
    .where(and(eq(billableCharges.sourceKind, 'business_center'), eq(billableCharges.sourceId, id)));

test('a fax slip: numbered, priced, finished, signed on account → the charge posted once; voided with the supervisor signature → withdrawn', async () => {
  clock.set('2026-12-07T09:00:00+08:00');
  const s = ok(await write(desk), 201);
  assert.match(s.number, /^FW-202612-\d{4}$/);
  assert.equal(s.amountFen, 1500);
  assert.equal(s.state, 'open');
  const s2 = ok(await write(desk, { details: { kind: 'copying', pages: 10, size: 'A4', sides: 'single', copies: 3 } }), 201);
  assert.equal(Number(s2.number.slice(-4)), Number(s.number.slice(-4)) + 1);
  assert.equal(s2.amountFen, 1500);

  problem(
    await desk.post(`/api/v1/business-center/slips/${s.id}/sign`, {
      signerName: '周建国',
      signatureId: await sign(desk, '周建国'),
      payment: 'account',
    }),
    409,
    'bc_slip_not_finished',
  );
  clock.set('2026-12-07T09:30:00+08:00');
  const f = ok(await desk.post(`/api/v1/business-center/slips/${s.id}/finish`, {}));
  assert.equal(f.operatorName, '王前台');
  assert.equal(f.finishedAt, '2026-12-07T01:30:00.000Z');
  const signed = ok(
    await desk.post(`/api/v1/business-center/slips/${s.id}/sign`, {
      signerName: '周建国',
      signatureId: await sign(desk, '周建国'),
      payment: 'account',
    }),
  );
  assert.equal(signed.state, 'signed');
  assert.equal(signed.charged, true);
  assert.equal(signed.signature.signerName, '周建国');
  // The signature is served to those who may read the slip.
  assert.equal((await reader.get(signed.signature.url)).statusCode, 200);
  const [c] = await charges(s.id);
  assert.equal(c!.amountFen, 1500);
  assert.equal(c!.sheet, 'other_services');
  assert.equal(c!.occurredOn, '2026-12-07');
  assert.equal(c!.sourceLabel, s.number);
  problem(
    await desk.post(`/api/v1/business-center/slips/${s.id}/sign`, {
      signerName: '周建国',
      signatureId: await sign(desk, '周建国'),
      payment: 'account',
    }),
    409,
    'bc_slip_not_finished',
  );
  assert.equal((await charges(s.id)).length, 1);

  // Void: only a supervisor, only with a signature; the charge is withdrawn.
  problem(
    await desk.post(`/api/v1/business-center/slips/${s.id}/void`, { reason: '重复开单', signatureId: await sign(desk, '王前台') }),
    403,
  );
  problem(await sup.post(`/api/v1/business-center/slips/${s.id}/void`, { reason: '重复开单' }), 422, 'bc_void_signature_required');
  const v = ok(
    await sup.post(`/api/v1/business-center/slips/${s.id}/void`, { reason: '重复开单', signatureId: await sign(sup, '马主管') }),
  );
  assert.equal(v.state, 'voided');
  assert.equal(v.voidedByName, '马主管');
  assert.equal(v.voidSignature.signerName, '马主管');
  assert.equal((await charges(s.id)).length, 0);
  problem(
    await sup.post(`/api/v1/business-center/slips/${s.id}/void`, { reason: '再次', signatureId: await sign(sup, '马主管') }),
    409,
    'bc_slip_voided',
  );
});

test('cash → no charge; account without a company → 422; a drawn charge cannot be voided (409 charge_already_billed)', async () => {
  const s = ok(await write(desk, { organizationId: null, customerName: '访客 陈先生' }), 201);
  ok(await desk.post(`/api/v1/business-center/slips/${s.id}/finish`, {}));
  problem(
    await desk.post(`/api/v1/business-center/slips/${s.id}/sign`, {
      signerName: '陈先生',
      signatureId: await sign(desk, '陈先生'),
      payment: 'account',
    }),
    422,
    'bc_account_needs_company',
  );
  problem(await desk.post(`/api/v1/business-center/slips/${s.id}/finish`, {}), 409, 'bc_slip_not_open');
  const cash = ok(
    await desk.post(`/api/v1/business-center/slips/${s.id}/sign`, {
      signerName: '陈先生',
      signatureId: await sign(desk, '陈先生'),
      payment: 'cash',
    }),
  );
  assert.equal(cash.payment, 'cash');
  assert.equal((await charges(s.id)).length, 0);

  const a = ok(await write(desk), 201);
  ok(await desk.post(`/api/v1/business-center/slips/${a.id}/finish`, {}));
  ok(
    await desk.post(`/api/v1/business-center/slips/${a.id}/sign`, {
      signerName: '周建国',
      signatureId: await sign(desk, '周建国'),
      payment: 'account',
    }),
  );
  await t.app.database.db.update(billableCharges).set({ billingMonth: '2026-12' }).where(eq(billableCharges.sourceId, a.id));
  problem(
    await sup.post(`/api/v1/business-center/slips/${a.id}/void`, { reason: '错开', signatureId: await sign(sup, '马主管') }),
    409,
    'charge_already_billed',
  );
  assert.equal(ok(await desk.get(`/api/v1/business-center/slips/${a.id}`)).state, 'signed');
});

test('unfinished typing handed over shows on the next shift until taken over by someone else', async () => {
  const s = ok(
    await write(desk, { details: { kind: 'typing', pages: 12, language: 'zh', format: '会议纪要', fileName: '纪要.docx' } }),
    201,
  );
  assert.equal(s.amountFen, 12000);
  const h = ok(
    await desk.post(`/api/v1/business-center/slips/${s.id}/handover`, {
      stoppedAtPage: 7,
      format: 'A4 仿宋三号',
      fileName: '纪要.docx',
      proofAt: '15:00',
    }),
  );
  assert.equal(h.handoverByName, '王前台');
  assert.equal(h.policies.takeOver, true);
  const list = ok(await desk2.get(`/api/v1/business-center/handovers?propertyId=${fx.propertyId}`));
  assert.ok(list.data.some((x: { id: string }) => x.id === s.id));
  problem(await desk.post(`/api/v1/business-center/slips/${s.id}/take-over`), 422, 'bc_handover_self');
  const took = ok(await desk2.post(`/api/v1/business-center/slips/${s.id}/take-over`));
  assert.equal(took.takenOverByName, '李接班');
  assert.equal(took.handover.stoppedAtPage, 7);
  problem(await desk2.post(`/api/v1/business-center/slips/${s.id}/take-over`), 409, 'bc_handover_missing');
  const after = ok(await desk.get(`/api/v1/business-center/handovers?propertyId=${fx.propertyId}`));
  assert.ok(!after.data.some((x: { id: string }) => x.id === s.id));
});

test('a fax with no recipient is 待查 (CS asked) and filed by the job exactly once after 3 days; a found one follows the normal flow', async () => {
  clock.set('2026-12-07T10:00:00+08:00');
  const before = await notificationCount(t.app.database.db, csId, 'paidservices.fax_unknown');
  const f = ok(await desk.post('/api/v1/business-center/faxes', { propertyId: fx.propertyId, pages: 2, sender: '无抬头' }), 201);
  assert.equal(f.state, 'unknown');
  assert.equal(f.fileDueAt, '2026-12-10T02:00:00.000Z');
  assert.equal(await notificationCount(t.app.database.db, csId, 'paidservices.fax_unknown'), before + 1);
  problem(await desk.post(`/api/v1/business-center/faxes/${f.id}/phoned`, { whom: '某人' }), 409, 'bc_fax_not_waiting');
  const db = t.app.database.db;
  await fileFaxes(db, new Date('2026-12-10T01:59:00Z'));
  assert.equal(ok(await desk.get(`/api/v1/business-center/faxes/${f.id}`)).state, 'unknown');
  assert.ok((await fileFaxes(db, new Date('2026-12-10T02:00:00Z'))) >= 1);
  const filed = ok(await desk.get(`/api/v1/business-center/faxes/${f.id}`));
  assert.equal(filed.state, 'filed');
  assert.equal(filed.filedAt, '2026-12-10T02:00:00.000Z');
  await fileFaxes(db, new Date('2026-12-11T02:00:00Z'));
  assert.equal(ok(await desk.get(`/api/v1/business-center/faxes/${f.id}`)).filedAt, '2026-12-10T02:00:00.000Z');

  const g = ok(await desk.post('/api/v1/business-center/faxes', { propertyId: fx.propertyId, pages: 1 }), 201);
  const found = ok(
    await desk.post(`/api/v1/business-center/faxes/${g.id}/found`, {
      recipientName: '刘芳',
      unitText: '0301',
      organizationId: fx.organizationId,
    }),
  );
  assert.equal(found.state, 'waiting');
  assert.equal(found.fileDueAt, null);
  ok(await desk.post(`/api/v1/business-center/faxes/${g.id}/phoned`, { whom: '刘芳' }));
  ok(await desk.post(`/api/v1/business-center/faxes/${g.id}/notice`));
  const got = ok(
    await desk.post(`/api/v1/business-center/faxes/${g.id}/collect`, { signerName: '刘芳', signatureId: await sign(desk, '刘芳') }),
  );
  assert.equal(got.state, 'collected');
  assert.equal(got.phonedWhom, '刘芳');
  const search = ok(await desk.get(`/api/v1/business-center/faxes?propertyId=${fx.propertyId}&q=${encodeURIComponent('刘芳')}`));
  assert.deepEqual(
    search.data.map((x: { id: string }) => x.id),
    [g.id],
  );
});

test('a suspicious document is reported: listed, and security notified', async () => {
  const r = ok(
    await desk.post('/api/v1/business-center/reports', {
      propertyId: fx.propertyId,
      kind: 'fax',
      description: '来源不明的传真，内容涉及索要账户信息',
    }),
    201,
  );
  assert.equal(r.reportedByName, '王前台');
  assert.equal(await notificationCount(t.app.database.db, securityId, 'paidservices.suspicious_report'), 1);
  const list = ok(await reader.get(`/api/v1/business-center/reports?propertyId=${fx.propertyId}`));
  assert.equal(list.data[0].id, r.id);
});

test('price list: defaults, set by a supervisor only; the register by day and as .xlsx', async () => {
  const p = ok(await desk.get(`/api/v1/business-center/prices?propertyId=${fx.propertyId}`));
  assert.equal(p.prices.fax.domestic.fen, 500);
  const prices = { ...p.prices, fax: { ...p.prices.fax, local: { basis: 'minute', fen: 300 } } };
  problem(await desk.put('/api/v1/business-center/prices', { propertyId: fx.propertyId, prices }), 403);
  const set = ok(await sup.put('/api/v1/business-center/prices', { propertyId: fx.propertyId, prices }));
  assert.equal(set.prices.fax.local.basis, 'minute');
  assert.equal(set.updatedByName, '马主管');
  const s = ok(await write(desk, { details: { kind: 'fax_out', faxNumber: '2830 1111', zone: 'local', pages: 5, minutes: 2 } }), 201);
  assert.equal(s.amountFen, 600);

  const reg = ok(
    await reader.get(`/api/v1/business-center/register?propertyId=${fx.propertyId}&register=fax&from=2026-12-01&to=2026-12-31`),
  );
  assert.ok(reg.data.length >= 2);
  assert.ok(reg.data.every((x: { kind: string; state: string }) => x.kind === 'fax_out' && x.state !== 'voided'));
  assert.equal(reg.days[0].day, '2026-12-07');
  const x = await reader.get(
    `/api/v1/business-center/register/export?propertyId=${fx.propertyId}&register=services&from=2026-12-01&to=2026-12-31`,
  );
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  problem(
    await reader.get(`/api/v1/business-center/register?propertyId=${fx.propertyId}&register=fax&from=2026-12-31&to=2026-12-01`),
    422,
    'bc_register_range',
  );
});

test('authorization: another property → 404, tenant → 404, reader cannot write; bad input codes', async () => {
  const s = ok(await write(desk), 201);
  problem(await outsider.get(`/api/v1/business-center/slips/${s.id}`), 404);
  problem(await outsider.post(`/api/v1/business-center/slips/${s.id}/finish`, {}), 404);
  problem(await tenant.get(`/api/v1/business-center/slips/${s.id}`), 404);
  problem(await outsider.get(`/api/v1/business-center/slips?propertyId=${fx.propertyId}`), 404);
  problem(await reader.post('/api/v1/business-center/slips', { propertyId: fx.propertyId, customerName: 'x', details: fax }), 403);
  problem(
    await desk.post('/api/v1/business-center/slips', { propertyId: fx.propertyId, customerName: '', details: fax }),
    400,
    'validation_failed',
  );
  problem(
    await desk.post('/api/v1/business-center/slips', { propertyId: fx.propertyId, customerName: 'x', details: { ...fax, zone: 'mars' } }),
    400,
    'validation_failed',
  );
  problem(
    await desk.post('/api/v1/business-center/slips', { propertyId: fx.propertyId, customerName: 'x', details: { ...fax, pages: 0 } }),
    400,
    'validation_failed',
  );
  problem(
    await desk.post('/api/v1/business-center/slips', {
      propertyId: fx.propertyId,
      organizationId: other.organizationId,
      customerName: 'x',
      details: fax,
    }),
    400,
    'validation_failed',
  );
  problem(
    await desk.post(`/api/v1/business-center/slips/${s.id}/finish`, { details: { kind: 'typing', pages: 1, language: 'zh' } }),
    400,
    'validation_failed',
  );
  problem(
    await desk.post('/api/v1/business-center/reports', {
      propertyId: fx.propertyId,
      kind: 'fax',
      description: 'x',
      slipId: '00000000-0000-4000-8000-000000000000',
    }),
    422,
    'bc_unknown_reference',
  );
  const f = ok(await desk.post('/api/v1/business-center/faxes', { propertyId: fx.propertyId, recipientName: '王丽', pages: 1 }), 201);
  problem(await desk.post(`/api/v1/business-center/faxes/${f.id}/found`, { recipientName: '王丽' }), 409, 'bc_fax_not_unknown');
  problem(await outsider.get(`/api/v1/business-center/faxes/${f.id}`), 404);
  problem(
    await desk.post('/api/v1/business-center/faxes', { propertyId: fx.propertyId, pages: 1, receivedAt: '2027-01-01T00:00:00+08:00' }),
    400,
    'validation_failed',
  );
});
