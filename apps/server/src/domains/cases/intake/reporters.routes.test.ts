import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok } from '../../../test/helpers.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK, type CasesWorld } from '../cases.fixture.ts';
import { runSlaScan } from '../index.ts';

let w: CasesWorld<'cleaner' | 'otherCleaner'>;
before(async () => {
  w = await casesWorld({ desk: DESK, cleaner: ['cleaner'], otherCleaner: ['cleaner'] });
});
after(async () => w.t.close());

test('staff who record a problem follow their own case, read-only; SLA alerts go to those who handle cases', async () => {
  const { s, ids, fx } = w;
  const c = await w.openCase({ propertyId: fx.propertyId, kind: 'repair', channel: 'staff', content: '三楼男卫洗手池漏水' }, s.cleaner);
  const d = ok(await s.cleaner.get(`/api/v1/cases/${c.id}`));
  assert.equal(d.number, c.number);
  assert.deepEqual([d.policies.dispatch, d.policies.resolve, d.policies.close], [false, false, false]);
  assert.deepEqual(
    ok(await s.cleaner.get(`/api/v1/cases?${w.q({})}`)).data.map((x: { id: string }) => x.id),
    [c.id],
  );
  problem(await s.otherCleaner.get(`/api/v1/cases/${c.id}`), 404);
  assert.equal(ok(await s.otherCleaner.get(`/api/v1/cases?${w.q({})}`)).data.length, 0);
  problem(await s.cleaner.post(`/api/v1/cases/${c.id}/resolve`, { note: '已修' }), 403);

  // Past the response deadline: the duty dispatchers hear of it, not the cleaner.
  for (const when of ['2026-10-09T10:00', '2026-10-09T12:00', '2026-10-09T17:00', '2026-10-12T09:00'])
    await runSlaScan(w.t.database.db, at(when));
  assert.equal(await w.notes(ids.cleaner, 'case.respond_breach', c.id), 0);
  assert.ok((await w.notes(ids.desk, 'case.respond_breach', c.id)) >= 1);
});
