import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emergencyPinPatch, signOffRefusal } from './classification.rules.ts';

test('emergency sign-off: refused for a non-emergency or twice; a new emergency starts a new pin', () => {
  const signed = new Date('2026-10-09T10:00:00Z');
  const rows: [boolean, Date | null, ReturnType<typeof signOffRefusal>][] = [
    // [emergency, signed off at, sign-off refusal]
    [true, null, null],
    [true, signed, 'already_signed_off'],
    [false, null, 'case_not_emergency'],
    [false, signed, 'case_not_emergency'],
  ];
  for (const [emergency, emergencySignedOffAt, refusal] of rows) assert.equal(signOffRefusal({ emergency, emergencySignedOffAt }), refusal);
  assert.deepEqual(emergencyPinPatch(false, true), { emergencySignedOffAt: null, emergencySignedOffBy: null, emergencySignOffNote: null });
  for (const [was, is] of [
    [true, true],
    [true, false],
    [false, false],
  ] as const)
    assert.deepEqual(emergencyPinPatch(was, is), {});
});
