import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paymentRefusal, receiptNumber } from './payments.rules.ts';
import { dayOfNextMonth, monthAfter, noticeNumber, noticeState } from '../notices/notices.rules.ts';

test('the next receipt and notice numbers', () => {
  const receipts: [number, number, string][] = [
    [2026, 1, 'SJ-2026-000001'],
    [2026, 42, 'SJ-2026-000042'],
    [2027, 123456, 'SJ-2027-123456'],
    [2027, 1234567, 'SJ-2027-1234567'],
  ];
  for (const [y, n, s] of receipts) assert.equal(receiptNumber(y, n), s);
  assert.equal(noticeNumber('2026-11', 7), 'JF-202611-007');
  assert.equal(noticeNumber('2026-12', 1234), 'JF-202612-1234');
});

test('what may be paid: never more than outstanding, never on a paid notice', () => {
  const table: [number, number, string | null][] = [
    [10_000, 10_000, null],
    [10_000, 1, null],
    [10_000, 10_001, 'payment_exceeds_due'],
    [0, 1, 'notice_paid'],
  ];
  for (const [out, amount, why] of table) assert.equal(paymentRefusal(out, amount), why);
});

test('notice days fall in the month after; the state follows the paid amount', () => {
  assert.equal(monthAfter('2026-11'), '2026-12');
  assert.equal(monthAfter('2026-12'), '2027-01');
  assert.equal(dayOfNextMonth('2026-12', 5), '2027-01-05');
  assert.equal(noticeState(100, 0), 'unpaid');
  assert.equal(noticeState(100, 40), 'partial');
  assert.equal(noticeState(100, 100), 'paid');
});
