import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badTextReason, findBadText } from './text-input.ts';

test('badTextReason: NUL, C0 controls and lone surrogates are refused; tab, LF, CR and all printable text kept', () => {
  const table: [string, ReturnType<typeof badTextReason>][] = [
    ['', null],
    ['会议室 A-101', null],
    ['line 1\nline 2\r\n\tindented', null],
    ['emoji 😀 ok', null],
    ['\u007F\u0085\u2028', null],
    ['a\u0000b', 'control_character'],
    ['\u0001', 'control_character'],
    ['\u0008', 'control_character'],
    ['\u000B', 'control_character'],
    ['\u000C', 'control_character'],
    ['\u001B[31m', 'control_character'],
    ['\u001F', 'control_character'],
    ['\ud800', 'invalid_unicode'],
    ['x\udc00', 'invalid_unicode'],
    ['\ude00\ud83d', 'invalid_unicode'],
  ];
  for (const [s, want] of table) assert.equal(badTextReason(s), want, JSON.stringify(s));
});

test('findBadText names values and keys by dotted path, in document order, up to a limit', () => {
  assert.deepEqual(findBadText({ a: 'ok', b: [1, 'x\u0000', { c: '\u0007' }], d: null, e: true, f: 2 }), [
    { path: 'b.1', reason: 'control_character' },
    { path: 'b.2.c', reason: 'control_character' },
  ]);
  assert.deepEqual(findBadText({ ['k\u0000']: 'v', ok: '\ud800' }), [
    { path: 'k?', reason: 'control_character' },
    { path: 'ok', reason: 'invalid_unicode' },
  ]);
  assert.deepEqual(findBadText('\u0000'), [{ path: '', reason: 'control_character' }]);
  assert.deepEqual(findBadText(undefined), []);
  assert.equal(
    findBadText(
      Array.from({ length: 50 }, () => '\u0000'),
      3,
    ).length,
    3,
  );
});

test('findBadText walks very deep input without overflowing the stack', () => {
  let deep: unknown = 'a\u0000';
  for (let i = 0; i < 200_000; i++) deep = [deep];
  const [found] = findBadText(deep);
  assert.equal(found!.reason, 'control_character');
  assert.equal(found!.path.split('.').length, 200_000);
});
