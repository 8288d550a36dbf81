import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NOTIFICATION_CATALOGS } from '@hy/contracts';

const DOMAINS = new URL('..', import.meta.url).pathname;

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sources(p)));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

test('every message key the server sends exists in both catalogs, and no notify() call passes raw text', async () => {
  const used = new Set<string>();
  for (const file of await sources(DOMAINS)) {
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/key: '([a-z_]+\.[a-z_]+)'/g)) used.add(m[1]!);
    // notify(tx, { … title: … }) would store text in one language.
    for (const m of text.matchAll(/notify\(tx, \{([^}]*)\}/g)) assert.doesNotMatch(m[1]!, /\btitle:/, `${file}: notify() with a title`);
  }
  assert.ok(used.size >= 30, `found the keys the server uses (${used.size})`);
  for (const key of used) {
    for (const [lang, catalog] of Object.entries(NOTIFICATION_CATALOGS)) assert.ok(key in catalog, `${key} is in the ${lang} catalog`);
  }
});
