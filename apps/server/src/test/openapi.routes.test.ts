/**
 * One contract: every operation in the OpenAPI document declares the answer it gives — a success
 * response with a schema (JSON objects list their properties, so nothing beyond them is serialised),
 * or a documented file / empty answer.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from './helpers.ts';

type Op = { responses?: Record<string, { content?: Record<string, { schema?: { type?: string; description?: string } }> }> };

test('every operation declares its success response schema', async (t) => {
  const app = await createTestApp();
  after(() => app.close());
  const res = await app.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json() as { paths: Record<string, Record<string, Op>> };
  const missing: string[] = [];
  let count = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      count++;
      const success = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
      const declared = success.some(([code, r]) => {
        if (code === '204') return true;
        const schema = r.content?.['application/json']?.schema;
        return !!schema && (schema.type !== undefined || !!schema.description);
      });
      if (!declared) missing.push(`${method.toUpperCase()} ${path}`);
    }
  }
  t.diagnostic(`${count} operations, ${missing.length} without a response schema`);
  assert.ok(count > 150, `the document lists the operations (${count})`);
  assert.deepEqual(missing, []);
});
