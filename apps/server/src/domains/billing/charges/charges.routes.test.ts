/** One-off charges: posted once per source, drawn by one month only, withdrawn only while unbilled, read with billing.read. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { twoProperties } from '../../../test/builders.ts';
import { ok, problem, signedIn } from '../../../test/helpers.ts';
import { systemCtx } from '../../../lib/context.ts';
import { postCharge, withdrawCharge } from '../index.ts';
import { drawIntoMonth } from './charges.repository.ts';

const { t, fx, other } = await twoProperties();
after(() => t.close());
const db = t.app.database.db;
const ctx = systemCtx(db, new Date('2026-11-20T02:00:00Z'));
const charge = (sourceId: string, over: Partial<Parameters<typeof postCharge>[2]> = {}) => ({
  propertyId: fx.propertyId,
  organizationId: fx.organizationId,
  unitId: fx.unitId,
  sheet: 'engineering' as const,
  sourceKind: 'repair',
  sourceId,
  sourceLabel: 'WO-1',
  description: '更换水龙头',
  amountFen: 12_050,
  occurredOn: '2026-11-18',
  ...over,
});

test('a source posts once; the month draws it; a drawn charge cannot be withdrawn', async () => {
  const a = randomUUID();
  const b = randomUUID();
  assert.equal(await postCharge(db, ctx, charge(a)), true);
  assert.equal(await postCharge(db, ctx, charge(a, { amountFen: 99 })), false, 'the second post is a no-op');
  assert.equal(await postCharge(db, ctx, charge(b, { sheet: 'other_services', sourceKind: 'laundry', occurredOn: '2026-11-28' })), true);

  const finance = await signedIn(t.app, fx.propertyId, ['finance_manager']);
  const waiting = ok(await finance.get(`/api/v1/billing/charges?propertyId=${fx.propertyId}`)).data;
  assert.deepEqual(
    waiting.map((c: { sourceId: string; sheet: string }) => [c.sourceId, c.sheet]),
    [
      [a, 'engineering'],
      [b, 'other_services'],
    ],
  );

  const drawn = await db.transaction((tx) => drawIntoMonth(tx, fx.propertyId, '2026-11', '2026-11-25'));
  assert.deepEqual(
    drawn.map((c) => c.sourceId),
    [a],
    'only what occurred by the draw day',
  );
  assert.equal((await db.transaction((tx) => drawIntoMonth(tx, fx.propertyId, '2026-12', '2026-11-25'))).length, 0, 'never drawn twice');
  await assert.rejects(withdrawCharge(db, ctx, 'repair', a), (e: { code: string }) => e.code === 'charge_already_billed');
  assert.equal(await withdrawCharge(db, ctx, 'laundry', b), true);
  const month = ok(await finance.get(`/api/v1/billing/charges?propertyId=${fx.propertyId}&month=2026-11`)).data;
  assert.equal(month.length, 1);
  assert.equal(month[0].organizationName.length > 0, true);
});

test('charges are read with billing.read in the own property only; a bad month is a 400', async () => {
  const cleaner = await signedIn(t.app, fx.propertyId, ['cleaner']);
  problem(await cleaner.get(`/api/v1/billing/charges?propertyId=${fx.propertyId}`), 403);
  const stranger = await signedIn(t.app, other.propertyId, ['finance_manager']);
  problem(await stranger.get(`/api/v1/billing/charges?propertyId=${fx.propertyId}`), 404);
  const finance = await signedIn(t.app, fx.propertyId, ['finance_manager']);
  problem(await finance.get(`/api/v1/billing/charges?propertyId=${fx.propertyId}&month=2026-13`), 400, 'validation_failed');
  await assert.rejects(postCharge(db, ctx, charge(randomUUID(), { amountFen: 10.5 })), RangeError);
});
