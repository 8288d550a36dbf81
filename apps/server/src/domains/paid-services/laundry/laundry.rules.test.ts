import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectDueAt, collectOverdue, collectedLate, evaluationDueOn, linesTotal, stepAllowed, statementOf } from './laundry.rules.ts';

test('the collect deadline is the call plus the minutes; overdue only when not collected after it', () => {
  const called = new Date('2026-12-07T02:00:00Z');
  const due = collectDueAt(called, 30);
  assert.equal(due.toISOString(), '2026-12-07T02:30:00.000Z');
  const rows: [string, string | null, boolean][] = [
    ['2026-12-07T02:29:59Z', null, false],
    ['2026-12-07T02:30:00Z', null, false],
    ['2026-12-07T02:30:01Z', null, true],
    ['2026-12-07T03:00:00Z', '2026-12-07T02:20:00Z', false],
  ];
  for (const [now, collected, want] of rows)
    assert.equal(collectOverdue({ collectDueAt: due, collectedAt: collected ? new Date(collected) : null }, new Date(now)), want, now);
  assert.equal(collectOverdue({ collectDueAt: null, collectedAt: null }, new Date()), false);
  assert.equal(collectedLate({ collectDueAt: due, collectedAt: new Date('2026-12-07T02:45:00Z') }), true);
  assert.equal(collectedLate({ collectDueAt: due, collectedAt: new Date('2026-12-07T02:25:00Z') }), false);
});

test('the evaluation is due N days before the pay day (clamped to short months)', () => {
  const rows: [string, number, number, string][] = [
    ['2026-12', 28, 3, '2026-12-25'],
    ['2026-02', 28, 3, '2026-02-25'],
    ['2026-11', 5, 3, '2026-11-02'],
    ['2026-03', 1, 3, '2026-02-26'],
  ];
  for (const [m, pay, before, want] of rows) assert.equal(evaluationDueOn(m, pay, before), want, m);
});

test('the steps of a request start from their states', () => {
  assert.equal(stepAllowed('call', 'requested'), true);
  assert.equal(stepAllowed('call', 'called'), false);
  assert.equal(stepAllowed('return', 'rewash'), true);
  assert.equal(stepAllowed('sign', 'returned'), true);
  assert.equal(stepAllowed('sign', 'signed'), false);
  assert.equal(stepAllowed('rewash', 'signed'), false);
});

test('line totals and the month statement per tenant and per supplier', () => {
  assert.equal(
    linesTotal([
      { qty: 2, priceFen: 1500 },
      { qty: 1, priceFen: 4000 },
    ]),
    7000,
  );
  assert.equal(linesTotal([{ count: 3, priceFen: 1800 }]), 5400);
  assert.equal(linesTotal([]), 0);
  const it = (id: string, org: string, sup: string, day: string, fen: number) => ({
    id,
    organizationId: org,
    organizationName: org === 'a' ? '市财政局' : '市审计局',
    supplierId: sup,
    supplierName: sup,
    day,
    description: '',
    amountFen: fen,
  });
  const s = statementOf([
    it('1', 'a', 's1', '2026-11-03', 3000),
    it('2', 'b', 's1', '2026-11-02', 1200),
    it('3', 'a', 's1', '2026-11-01', 800),
  ]);
  assert.equal(s.totalFen, 5000);
  assert.deepEqual(
    s.tenants.map((t) => [t.organizationName, t.totalFen, t.items.map((i) => i.id)]),
    [
      ['市财政局', 3800, ['3', '1']],
      ['市审计局', 1200, ['2']],
    ],
  );
  assert.deepEqual(s.suppliers, [{ supplierId: 's1', supplierName: 's1', count: 3, totalFen: 5000 }]);
});
