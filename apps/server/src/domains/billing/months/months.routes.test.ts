/** The month's fee tables: draw, 409 exists (also two at once), signing order, voiding on change, lock, 404/400. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { auditEvents, billableCharges } from '../../../db/schema/index.ts';
import { TestClock, ok, problem, signedIn, type Session } from '../../../test/helpers.ts';
import { at, twoProperties } from '../../../test/builders.ts';
import { systemCtx } from '../../../lib/context.ts';
import { postCharge } from '../index.ts';
import { drawDueMonths } from './months.jobs.ts';

const clock = new TestClock(at('2026-11-26T10:00'));
const { t, fx, other } = await twoProperties({ clock });
after(() => t.close());
const db = t.app.database.db;
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const finance = await signedIn(t.app, fx.propertyId, ['finance_manager'], { displayName: '钱雅琴' });
const assistant = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
const cs = await signedIn(t.app, fx.propertyId, ['cs_supervisor'], { displayName: '马红梅' });
const gm = await signedIn(t.app, fx.propertyId, ['general_manager'], { displayName: '罗建平' });
const admin = await signedIn(t.app, fx.propertyId, ['admin']);

// Set-up: items, the unit's area, a reading, a phone line, a parking space, a paid repair.
for (const [code, name, sheet, basis, unitPriceFen, unitLabel] of [
  ['WG01', '物业管理费', 'management', 'area', 650, '㎡·月'],
  ['SF01', '水费', 'water', 'meter', 520, '吨'],
  ['CW01', '车位费', 'parking', 'fixed', 30_000, '月'],
] as const)
  ok(await finance.post('/api/v1/billing/items', { propertyId: fx.propertyId, code, name, sheet, basis, unitPriceFen, unitLabel }), 201);
ok(await finance.put(`/api/v1/billing/units/${fx.unitId}/area`, { billingAreaSqm: 120.5 }));
ok(
  await assistant.put('/api/v1/billing/meters', {
    propertyId: fx.propertyId,
    month: '2026-11',
    unitId: fx.unitId,
    currentReading: 30.25,
    readOn: '2026-11-22',
  }),
);
const space = ok(
  await assistant.post('/api/v1/billing/parking', { propertyId: fx.propertyId, code: 'B1-001', zone: 'B1', monthlyFeeFen: 30_000 }),
  201,
);
ok(await assistant.post(`/api/v1/billing/parking/${space.id}/assign`, { organizationId: fx.organizationId, fromDay: '2026-11-30' }));
const line = ok(
  await assistant.post('/api/v1/billing/phones', {
    propertyId: fx.propertyId,
    organizationId: fx.organizationId,
    number: '0755-83302000',
    kind: 'line',
    monthlyRentFen: 2_500,
  }),
  201,
);
ok(await assistant.put(`/api/v1/billing/phones/${line.id}/usage`, { month: '2026-11', usageFen: 4_321 }));
const repairId = randomUUID();
await postCharge(db, systemCtx(db, clock.now()), {
  propertyId: fx.propertyId,
  organizationId: fx.organizationId,
  unitId: fx.unitId,
  sheet: 'engineering',
  sourceKind: 'repair',
  sourceId: repairId,
  sourceLabel: 'WO-7',
  description: '更换水龙头',
  amountFen: 12_050,
  occurredOn: '2026-11-20',
});

async function signature(s: Session, name: string) {
  return ok(await s.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: name, image: PNG }), 201).id as string;
}

let monthId = '';

test('the month is drawn up into the six sub-tables; a second draw is 409, also two at once', async () => {
  const m = ok(await assistant.post('/api/v1/billing/months', { propertyId: fx.propertyId, month: '2026-11' }), 201);
  monthId = m.id;
  assert.equal(m.state, 'drafted');
  assert.equal(m.version, 1);
  assert.equal(m.throughDay, '2026-11-25');
  assert.equal(m.sheetTotals.management, 78_325, '120.5 ㎡ × 6.50');
  assert.equal(m.sheetTotals.water, 15_730, '30.25 t × 5.20');
  assert.equal(m.sheetTotals.phone, 2_500 + 4_321);
  assert.equal(m.sheetTotals.parking, 30_000, 'held on the 30th only: the whole month');
  assert.equal(m.sheetTotals.engineering, 12_050, 'the paid repair is on 工程费统计表');
  assert.equal(m.totalFen, 78_325 + 15_730 + 6_821 + 30_000 + 12_050);
  assert.equal(m.receivables.length, 1);
  assert.equal(m.receivables[0].totalFen, m.totalFen);
  assert.deepEqual(m.policies, { redraw: true, edit: true, sign: false });
  const [c] = await db.select().from(billableCharges).where(eq(billableCharges.sourceId, repairId));
  assert.equal(c!.billingMonth, '2026-11');

  problem(await assistant.post('/api/v1/billing/months', { propertyId: fx.propertyId, month: '2026-11' }), 409, 'billing_month_exists');
  const both = await Promise.all([
    assistant.post('/api/v1/billing/months', { propertyId: fx.propertyId, month: '2026-10' }),
    assistant.post('/api/v1/billing/months', { propertyId: fx.propertyId, month: '2026-10' }),
  ]);
  assert.deepEqual(both.map((r) => r.statusCode).sort(), [201, 409]);
});

test('a unit without a reading is a warning, never a silent zero', async () => {
  const oct = ok(await assistant.get(`/api/v1/billing/months/by-month?propertyId=${fx.propertyId}&month=2026-10`));
  assert.equal(oct.sheetTotals.water, 0);
  assert.ok(oct.warnings.some((w: { code: string }) => w.code === 'no_meter_reading'));
});

test('signing in order; out of order 409; wrong role 403; the same step twice 409', async () => {
  problem(
    await gm.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: await signature(gm, '罗建平') }),
    409,
    'billing_sign_out_of_order',
  );
  problem(await admin.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: randomUUID() }), 403);
  const m1 = ok(await cs.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: await signature(cs, '马红梅') }));
  assert.equal(m1.state, 'signing');
  assert.equal(m1.nextStep, 'general_manager');
  problem(
    await cs.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: await signature(cs, '马红梅') }),
    409,
    'billing_sign_step_done',
  );
  problem(
    await finance.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: await signature(finance, '钱雅琴') }),
    409,
    'billing_sign_out_of_order',
  );
  const m2 = ok(await gm.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: await signature(gm, '罗建平') }));
  assert.equal(m2.nextStep, 'finance_manager');
});

test('a change after signatures voids them and is audited with totals per sheet; 400 for fractional fen', async () => {
  const m = ok(await assistant.get(`/api/v1/billing/months/${monthId}`));
  const water = m.lines.find((l: { sheet: string }) => l.sheet === 'water');
  problem(
    await assistant.patch(`/api/v1/billing/months/${monthId}/lines/${water.id}`, { amountFen: 10.5, reason: '复核' }),
    400,
    'validation_failed',
  );
  problem(
    await assistant.patch(`/api/v1/billing/months/${monthId}/lines/${water.id}`, { amountFen: -1, reason: '复核' }),
    400,
    'validation_failed',
  );
  const e = ok(await assistant.patch(`/api/v1/billing/months/${monthId}/lines/${water.id}`, { amountFen: 10_000, reason: '水表读数复核' }));
  assert.equal(e.version, 2);
  assert.equal(e.state, 'drafted');
  assert.equal(e.sheetTotals.water, 10_000);
  assert.equal(e.signatures.length, 2);
  assert.ok(
    e.signatures.every((s: { voidedAt: string | null; voidReason: string }) => s.voidedAt && s.voidReason.includes('水表读数复核')),
  );
  assert.equal(e.nextStep, 'cs_manager');
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, monthId), eq(auditEvents.action, 'billing_month.line_edit')));
  assert.ok(row, 'audited');
  assert.match(JSON.stringify(row!.changes), /15730/);
  const r = ok(await assistant.post(`/api/v1/billing/months/${monthId}/redraw`, { reason: '补录读数后重算' }));
  assert.equal(r.version, 3);
  assert.equal(r.sheetTotals.water, 15_730);
  assert.equal(r.sheetTotals.engineering, 12_050, 'the charge is drawn again, not lost or doubled');
});

test('the three sign the new version; the last signature locks the month', async () => {
  for (const [s, n] of [
    [cs, '马红梅'],
    [gm, '罗建平'],
    [finance, '钱雅琴'],
  ] as const)
    ok(await s.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: await signature(s, n) }));
  const m = ok(await assistant.get(`/api/v1/billing/months/${monthId}`));
  assert.equal(m.state, 'signed');
  assert.ok(m.signedAt);
  assert.equal(m.signatures.filter((s: { voidedAt: string | null; version: number }) => !s.voidedAt && s.version === 3).length, 3);
  assert.deepEqual(m.policies, { redraw: false, edit: false, sign: false });
  problem(await assistant.post(`/api/v1/billing/months/${monthId}/redraw`, { reason: 'x' }), 409, 'billing_month_locked');
  problem(
    await assistant.patch(`/api/v1/billing/months/${monthId}/lines/${m.lines[0].id}`, { amountFen: 1, reason: 'x' }),
    409,
    'billing_month_locked',
  );
  problem(
    await finance.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: await signature(finance, '钱雅琴') }),
    409,
    'billing_month_locked',
  );
  const x = await assistant.get(`/api/v1/billing/months/${monthId}/export`);
  assert.equal(x.statusCode, 200);
});

test('another property’s staff get 404; a cleaner 403; the job draws the month on its draw day once', async () => {
  const stranger = await signedIn(t.app, other.propertyId, ['finance_manager']);
  problem(await stranger.get(`/api/v1/billing/months/${monthId}`), 404);
  problem(await stranger.post(`/api/v1/billing/months/${monthId}/sign`, { signatureFileId: randomUUID() }), 404);
  problem(await stranger.post('/api/v1/billing/months', { propertyId: fx.propertyId, month: '2026-12' }), 404);
  const cleaner = await signedIn(t.app, fx.propertyId, ['cleaner']);
  problem(await cleaner.get(`/api/v1/billing/months?propertyId=${fx.propertyId}`), 403);

  clock.set(at('2026-12-24T23:00'));
  await drawDueMonths(db, clock.now());
  const later = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  problem(await later.get(`/api/v1/billing/months/by-month?propertyId=${fx.propertyId}&month=2026-12`), 404);
  clock.set(at('2026-12-25T01:00'));
  assert.ok((await drawDueMonths(db, clock.now())) >= 1);
  assert.equal(await drawDueMonths(db, clock.now()), 0, 'idempotent');
  const dec = ok(await later.get(`/api/v1/billing/months/by-month?propertyId=${fx.propertyId}&month=2026-12`));
  assert.equal(dec.drawnByName, '系统');
});
