import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCursor, encodeCursor } from './paging.ts';

test('cursors round-trip and reject garbage', () => {
  const key = ['ZL-0301', '0b9c1c1e-0000-4000-8000-000000000000'];
  assert.deepEqual(decodeCursor(encodeCursor(key), 2), key);
  assert.equal(decodeCursor(undefined, 2), undefined);
  for (const bad of ['x', encodeCursor(['a']), encodeCursor([{}, 'b']), Buffer.from('{"a":1}').toString('base64url')])
    assert.equal(decodeCursor(bad, 2), null, bad);
});
