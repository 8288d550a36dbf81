import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role, SignStep } from '@hy/contracts';
import { drawDayOf, drawDue, nextStep, signVerdict } from './months.rules.ts';

test('the signing order: CS manager → general manager → finance manager', () => {
  const rows: [Role[], SignStep[], string][] = [
    [['cs_supervisor'], [], 'ok:cs_manager'],
    [['general_manager'], [], 'billing_sign_out_of_order'],
    [['finance_manager'], ['cs_manager'], 'billing_sign_out_of_order'],
    [['general_manager'], ['cs_manager'], 'ok:general_manager'],
    [['finance_manager'], ['cs_manager', 'general_manager'], 'ok:finance_manager'],
    [['cs_supervisor'], ['cs_manager'], 'billing_sign_step_done'],
    [['admin'], [], 'forbidden'],
    [['cs_supervisor', 'finance_manager'], ['cs_manager', 'general_manager'], 'ok:finance_manager'],
  ];
  for (const [roles, signed, want] of rows) {
    const v = signVerdict(roles, signed);
    assert.equal(v.ok ? `ok:${v.step}` : v.code, want, `${roles} after ${signed}`);
  }
  assert.equal(nextStep(['cs_manager', 'general_manager', 'finance_manager']), null);
});

test('the draw day of a month', () => {
  assert.equal(drawDayOf('2026-11', 25), '2026-11-25');
  assert.equal(drawDayOf('2026-12', 5), '2026-12-05');
  assert.equal(drawDue('2026-12', 25, '2026-12-07'), false);
  assert.equal(drawDue('2026-11', 25, '2026-12-07'), true);
  assert.equal(drawDue('2026-12', 25, '2026-12-25'), true);
});
