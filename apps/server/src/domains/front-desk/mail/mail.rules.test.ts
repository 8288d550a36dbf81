import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MailFrequency } from '@hy/contracts';
import {
  accuracy,
  accuracyTrend,
  checksSummary,
  discrepancy,
  issueDayFits,
  issueDue,
  monthsEnding,
  handOverRefusal,
  isConfidential,
  loggedStatus,
  mailNumber,
  pigeonholeFor,
  proxyAllowed,
  reminderDue,
} from './mail.rules.ts';

test('who may sign: proxies for ordinary items only', () => {
  assert.equal(proxyAllowed('none'), true);
  assert.equal(proxyAllowed('warehouse'), false);
  assert.equal(proxyAllowed('special_equipment'), false);
});

test('hand-over: damaged never, only while waiting, proxies only where allowed', () => {
  const table = [
    [{ status: 'waiting', condition: 'ok', handling: 'none' }, 'recipient', null],
    [{ status: 'waiting', condition: 'ok', handling: 'none' }, 'proxy', null],
    [{ status: 'waiting', condition: 'ok', handling: 'warehouse' }, 'recipient', null],
    [{ status: 'waiting', condition: 'ok', handling: 'warehouse' }, 'proxy', 'mail_proxy_not_allowed'],
    [{ status: 'waiting', condition: 'ok', handling: 'special_equipment' }, 'proxy', 'mail_proxy_not_allowed'],
    [{ status: 'refused_damaged', condition: 'damaged', handling: 'none' }, 'recipient', 'mail_damaged_refused'],
    [{ status: 'waiting', condition: 'damaged', handling: 'none' }, 'recipient', 'mail_damaged_refused'],
    [{ status: 'picked_up', condition: 'ok', handling: 'none' }, 'recipient', 'mail_not_waiting'],
    [{ status: 'unknown', condition: 'ok', handling: 'none' }, 'proxy', 'mail_not_waiting'],
    [{ status: 'sent', condition: 'ok', handling: 'none' }, 'recipient', 'mail_not_waiting'],
  ] as const;
  for (const [item, signer, want] of table) assert.equal(handOverRefusal(item, signer), want, `${JSON.stringify(item)} ${signer}`);
});

test('logged status: unknown recipient, damaged packaging, else waiting', () => {
  assert.equal(loggedStatus({ condition: 'ok', recipientKnown: true }), 'waiting');
  assert.equal(loggedStatus({ condition: 'damaged', recipientKnown: true }), 'refused_damaged');
  assert.equal(loggedStatus({ condition: 'ok', recipientKnown: false }), 'unknown');
  assert.equal(loggedStatus({ condition: 'damaged', recipientKnown: false }), 'unknown');
});

test('confidential and pigeonholes', () => {
  assert.equal(isConfidential('confidential', false), true);
  assert.equal(isConfidential('parcel', true), true);
  assert.equal(isConfidential('parcel', false), false);
  assert.equal(pigeonholeFor('陈静', true), 'C');
  assert.equal(pigeonholeFor('单立新', true), 'S');
  assert.equal(pigeonholeFor('市财政局', false), 'S');
  assert.equal(pigeonholeFor('???', false), '#');
});

test('reminders: urgent every two hours, the rest daily, only while waiting', () => {
  const at = new Date('2026-06-01T01:00:00Z');
  const h = (n: number) => new Date(at.getTime() + n * 3600_000);
  const base = { status: 'waiting' as const, important: false, confidential: false, lastNoticeAt: at };
  assert.equal(reminderDue(base, h(23)), false);
  assert.equal(reminderDue(base, h(24)), true);
  assert.equal(reminderDue({ ...base, important: true }, h(2)), true);
  assert.equal(reminderDue({ ...base, confidential: true }, h(1.5)), false);
  assert.equal(reminderDue({ ...base, status: 'picked_up' }, h(48)), false);
  assert.equal(reminderDue({ ...base, lastNoticeAt: null }, h(48)), false);
});

test('accuracy: correct ÷ handled against 99%', () => {
  assert.deepEqual(accuracy(0, 0), { handled: 0, incidents: 0, correct: 0, rate: null, target: 0.99, met: true });
  assert.equal(accuracy(100, 1).rate, 0.99);
  assert.equal(accuracy(100, 1).met, true);
  assert.equal(accuracy(100, 2).met, false);
  assert.equal(accuracy(300, 2).met, true);
  assert.equal(accuracy(1, 3).correct, 0);
});

test('register numbers', () => {
  assert.equal(mailNumber('in', '2026-12-07', 7), 'SJ-20261207-007');
  assert.equal(mailNumber('out', '2026-12-07', 12), 'FJ-20261207-012');
});

test('issue day fits the frequency', () => {
  const table: [MailFrequency, number | null, boolean][] = [
    ['daily', null, true],
    ['daily', 3, false],
    ['weekly', 1, true],
    ['weekly', 7, true],
    ['weekly', 8, false],
    ['weekly', null, false],
    ['weekly', 0, false],
    ['monthly', 31, true],
    ['monthly', 32, false],
    ['monthly', null, false],
  ];
  for (const [f, d, want] of table) assert.equal(issueDayFits(f, d), want, `${f} ${d}`);
});

test('an issue is due: daily always, weekly on its weekday, monthly on its day or the month’s last', () => {
  const table: [MailFrequency, number | null, string, boolean][] = [
    ['daily', null, '2026-03-08', true],
    ['weekly', 1, '2026-03-09', true], // a Monday
    ['weekly', 1, '2026-03-10', false],
    ['weekly', 7, '2026-03-08', true], // a Sunday
    ['monthly', 15, '2026-03-15', true],
    ['monthly', 15, '2026-03-16', false],
    ['monthly', 31, '2026-04-30', true],
    ['monthly', 31, '2026-04-29', false],
    ['monthly', 30, '2026-02-28', true],
    ['monthly', 29, '2028-02-29', true],
    ['monthly', 31, '2026-05-31', true],
    ['monthly', 31, '2026-05-30', false],
  ];
  for (const [frequency, issueDay, day, want] of table)
    assert.equal(issueDue({ frequency, issueDay }, day), want, `${frequency} ${issueDay} ${day}`);
});

test('newspaper discrepancies: short and extra copies per carrier', () => {
  assert.equal(discrepancy(5, 3), -2);
  assert.equal(discrepancy(5, 6), 1);
  const s = checksSummary([
    { carrier: '中国邮政', expected: 5, received: 5 },
    { carrier: '中国邮政', expected: 5, received: 3 },
    { carrier: '中国邮政', expected: 2, received: 3 },
    { carrier: ' 报刊发行站 ', expected: 1, received: 0 },
    { carrier: null, expected: 1, received: 1 },
  ]);
  assert.deepEqual(
    { checks: s.checks, discrepancies: s.discrepancies, short: s.short, extra: s.extra },
    { checks: 5, discrepancies: 3, short: 3, extra: 1 },
  );
  assert.deepEqual(s.byCarrier, [
    { carrier: '中国邮政', checks: 3, discrepancies: 2, short: 2, extra: 1 },
    { carrier: '报刊发行站', checks: 1, discrepancies: 1, short: 1, extra: 0 },
    { carrier: '—', checks: 1, discrepancies: 0, short: 0, extra: 0 },
  ]);
  assert.deepEqual(checksSummary([]), { checks: 0, discrepancies: 0, short: 0, extra: 0, byCarrier: [] });
});

test('the last twelve months and their accuracy', () => {
  assert.deepEqual(monthsEnding('2026-03', 4), ['2025-12', '2026-01', '2026-02', '2026-03']);
  assert.equal(monthsEnding('2026-12', 12)[0], '2026-01');
  assert.equal(monthsEnding('2026-01', 12)[0], '2025-02');
  const t = accuracyTrend(
    ['2026-01', '2026-02', '2026-03'],
    new Map([
      ['2026-01', 200],
      ['2026-02', 100],
    ]),
    new Map([
      ['2026-01', 2],
      ['2026-02', 2],
    ]),
  );
  assert.deepEqual(
    t.map((m) => [m.month, m.rate, m.met]),
    [
      ['2026-01', 0.99, true],
      ['2026-02', 0.98, false],
      ['2026-03', null, true],
    ],
  );
});
