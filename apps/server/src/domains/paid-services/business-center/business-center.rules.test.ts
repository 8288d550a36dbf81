import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BcSlipDetails } from '@hy/contracts';
import {
  DEFAULT_PRICES,
  faxFileDueAt,
  faxFilingDue,
  nextSeq,
  registerRangeOk,
  slipAmount,
  slipNumber,
  slipPages,
  slipPolicies,
} from './business-center.rules.ts';

test('prices: fax per page or minute by zone, typing per page by language, copying per page × copies by size and sides', () => {
  const cases: [BcSlipDetails, number][] = [
    [{ kind: 'fax_out', faxNumber: '010-1', zone: 'local', pages: 3, minutes: 2, errorPages: 1, stamped: true }, 600],
    [{ kind: 'fax_out', faxNumber: '010-1', zone: 'domestic', pages: 4, minutes: 0, errorPages: 0, stamped: true }, 2000],
    [{ kind: 'fax_out', faxNumber: '852-1', zone: 'hkmt', pages: 4, minutes: 3, errorPages: 0, stamped: true }, 3000],
    [{ kind: 'fax_out', faxNumber: '1-1', zone: 'international', pages: 1, minutes: 0, errorPages: 0, stamped: true }, 1500],
    [{ kind: 'typing', pages: 5, language: 'zh', format: null, fileName: null }, 5000],
    [{ kind: 'typing', pages: 2, language: 'en', format: null, fileName: null }, 1600],
    [{ kind: 'copying', pages: 10, size: 'A4', sides: 'single', copies: 3 }, 1500],
    [{ kind: 'copying', pages: 10, size: 'A3', sides: 'double', copies: 2 }, 3000],
  ];
  for (const [d, fen] of cases) assert.equal(slipAmount(d, DEFAULT_PRICES), fen, JSON.stringify(d));
  assert.equal(slipPages({ kind: 'copying', pages: 10, size: 'A4', sides: 'single', copies: 3 }), 30);
});

test('slip numbers: FW-YYYYMM-NNNN, the month restarting at 1', () => {
  const cases: [string | null, number, string][] = [
    [null, 1, 'FW-202612-0001'],
    ['FW-202612-0001', 2, 'FW-202612-0002'],
    ['FW-202612-0999', 1000, 'FW-202612-1000'],
    ['FW-202612-9999', 10000, 'FW-202612-10000'],
  ];
  for (const [last, seq, number] of cases) {
    assert.equal(nextSeq(last), seq);
    assert.equal(slipNumber('202612', seq), number);
  }
});

test('fax filing: a 待查 fax or one for a company moved out is filed the set days after it came in, others never', () => {
  const at = new Date('2026-12-01T10:00:00+08:00');
  const cases: [Parameters<typeof faxFileDueAt>[0], string, boolean][] = [
    [{ state: 'unknown', situation: 'normal', receivedAt: at }, '2026-12-04T09:59:59+08:00', false],
    [{ state: 'unknown', situation: 'normal', receivedAt: at }, '2026-12-04T10:00:00+08:00', true],
    [{ state: 'waiting', situation: 'moved_out', receivedAt: at }, '2026-12-05T00:00:00+08:00', true],
    [{ state: 'waiting', situation: 'normal', receivedAt: at }, '2027-01-01T00:00:00+08:00', false],
    [{ state: 'waiting', situation: 'not_arrived', receivedAt: at }, '2027-01-01T00:00:00+08:00', false],
    [{ state: 'collected', situation: 'normal', receivedAt: at }, '2027-01-01T00:00:00+08:00', false],
    [{ state: 'filed', situation: 'normal', receivedAt: at }, '2027-01-01T00:00:00+08:00', false],
  ];
  for (const [f, now, due] of cases) assert.equal(faxFilingDue(f, new Date(now), 3), due, `${f.state}/${f.situation} ${now}`);
  assert.equal(faxFileDueAt({ state: 'unknown', situation: 'normal', receivedAt: at }, 3)!.toISOString(), '2026-12-04T02:00:00.000Z');
});

test('slip policies by state and handover', () => {
  const d = new Date();
  assert.deepEqual(slipPolicies({ state: 'open', handoverAt: null, takenOverAt: null }), {
    finish: true,
    sign: false,
    handover: true,
    takeOver: false,
    void: true,
  });
  assert.deepEqual(slipPolicies({ state: 'open', handoverAt: d, takenOverAt: null }), {
    finish: true,
    sign: false,
    handover: false,
    takeOver: true,
    void: true,
  });
  assert.deepEqual(slipPolicies({ state: 'open', handoverAt: d, takenOverAt: d }), {
    finish: true,
    sign: false,
    handover: true,
    takeOver: false,
    void: true,
  });
  assert.deepEqual(slipPolicies({ state: 'finished', handoverAt: null, takenOverAt: null }), {
    finish: false,
    sign: true,
    handover: false,
    takeOver: false,
    void: true,
  });
  assert.deepEqual(slipPolicies({ state: 'voided', handoverAt: null, takenOverAt: null }), {
    finish: false,
    sign: false,
    handover: false,
    takeOver: false,
    void: false,
  });
});

test('register range: one day to a year', () => {
  assert.equal(registerRangeOk('2026-12-01', '2026-12-01'), true);
  assert.equal(registerRangeOk('2026-12-02', '2026-12-01'), false);
  assert.equal(registerRangeOk('2026-01-01', '2026-12-31'), true);
  assert.equal(registerRangeOk('2025-01-01', '2026-12-31'), false);
});
