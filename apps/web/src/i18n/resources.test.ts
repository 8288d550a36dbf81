import { test } from 'node:test';
import assert from 'node:assert/strict';
import { common } from './common.ts';
import { featureResources } from './features.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}

test('every UI string exists in zh-CN and en-US', () => {
  const all = { common, ...featureResources };
  for (const [ns, res] of Object.entries(all)) {
    const zh = keys(res['zh-CN']);
    const en = keys(res['en-US']);
    assert.deepEqual(
      en.filter((k) => !zh.includes(k)),
      [],
      `${ns}: keys only in en-US`,
    );
    assert.deepEqual(
      zh.filter((k) => !en.includes(k)),
      [],
      `${ns}: keys only in zh-CN`,
    );
    assert.ok(zh.length > 0, ns);
  }
});
