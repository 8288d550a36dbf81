/** Fee items and unit billing areas: managed by admin and the finance manager, audited, validated. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema/index.ts';
import { ok, problem, signedIn } from '../../../test/helpers.ts';
import { twoProperties } from '../../../test/builders.ts';

const { t, fx, other } = await twoProperties();
after(() => t.close());
const db = t.app.database.db;
const body = {
  propertyId: fx.propertyId,
  code: 'WG01',
  name: '物业管理费',
  sheet: 'management',
  basis: 'area',
  unitLabel: '㎡·月',
  unitPriceFen: 650,
};

test('the finance manager adds and changes a fee item (audited); the code is unique', async () => {
  const finance = await signedIn(t.app, fx.propertyId, ['finance_manager']);
  const it = ok(await finance.post('/api/v1/billing/items', body), 201);
  assert.equal(it.rounding, 'fen');
  assert.equal(it.dueDay, 15);
  problem(await finance.post('/api/v1/billing/items', body), 409, 'fee_item_code_taken');
  const up = ok(await finance.patch(`/api/v1/billing/items/${it.id}`, { unitPriceFen: 700, rounding: 'jiao' }));
  assert.equal(up.unitPriceFen, 700);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, it.id), eq(auditEvents.action, 'fee_item.update')));
  assert.equal(rows.length, 1);
  problem(await finance.post('/api/v1/billing/items', { ...body, code: 'X1', unitPriceFen: 6.5 }), 400, 'validation_failed');
  problem(await finance.post('/api/v1/billing/items', { ...body, code: 'X2', unitPriceFen: -1 }), 400, 'validation_failed');
  assert.equal(ok(await finance.get(`/api/v1/billing/items?propertyId=${fx.propertyId}`)).data.length, 1);
});

test('a unit’s billing area > 0; only item managers; others 403/404', async () => {
  const admin = await signedIn(t.app, fx.propertyId, ['admin']);
  const u = ok(await admin.put(`/api/v1/billing/units/${fx.unitId}/area`, { billingAreaSqm: 86.33 }));
  assert.equal(u.billingAreaSqm, 86.33);
  problem(await admin.put(`/api/v1/billing/units/${fx.unitId}/area`, { billingAreaSqm: 0 }), 400, 'validation_failed');
  problem(await admin.put(`/api/v1/billing/units/${fx.unitId}/area`, { billingAreaSqm: -5 }), 400, 'validation_failed');
  const assistant = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  problem(await assistant.post('/api/v1/billing/items', { ...body, code: 'Z9' }), 403);
  problem(await assistant.put(`/api/v1/billing/units/${fx.unitId}/area`, { billingAreaSqm: 90 }), 403);
  const stranger = await signedIn(t.app, other.propertyId, ['finance_manager']);
  problem(await stranger.put(`/api/v1/billing/units/${fx.unitId}/area`, { billingAreaSqm: 90 }), 404);
  problem(await stranger.get(`/api/v1/billing/items?propertyId=${fx.propertyId}`), 404);
});
