/**
 * F6 "do when the occupant is out": a repair case carries the window from intake; it is shown on the case and on
 * the engineer's work order; a window that ends before it starts, is over or lacks an end is refused on its field.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { cases } from '../../../db/schema/index.ts';
import { ok, problem } from '../../../test/helpers.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'eng' | 'tenant'>;
before(async () => {
  w = await casesWorld({ desk: DESK, eng: ['engineer'], tenant: UNIT_TENANT });
});
after(async () => w.t.close());

const repair = (extra: object = {}) => ({
  propertyId: w.fx.propertyId,
  kind: 'repair',
  channel: 'phone',
  content: '办公室空调不制冷',
  location: '12 楼 1203',
  ...extra,
});

test('a repair to do while the occupant is out: the window on the case and on the engineer’s work order', async () => {
  const { t, s, ids } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const window = { occupantOut: true, occupantOutFrom: '2026-10-09T14:00:00+08:00', occupantOutTo: '2026-10-09T16:30:00+08:00' };
  const c = ok(await s.desk.post('/api/v1/cases', repair(window)), 201);
  assert.deepEqual(c.occupantOut, { from: at('2026-10-09T14:00').toISOString(), to: at('2026-10-09T16:30').toISOString() });
  assert.deepEqual(ok(await s.desk.get(`/api/v1/cases/${c.id}`)).occupantOut, c.occupantOut);
  ok(await s.desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '检修空调', assigneeId: ids.eng }), 201);
  const mine = ok(await s.eng.get('/api/v1/work-orders?assignee=me')).data;
  const card = mine.find((x: { caseNumber: string }) => x.caseNumber === c.number);
  assert.deepEqual(card.occupantOut, c.occupantOut);
  const one = ok(await s.eng.get(`/api/v1/work-orders/${card.id}`));
  assert.deepEqual(one.occupantOut, c.occupantOut);
  // Without the flag, no window is kept; the window alone means nothing.
  const plain = ok(
    await s.desk.post('/api/v1/cases', repair({ occupantOutFrom: window.occupantOutFrom, occupantOutTo: window.occupantOutTo })),
    201,
  );
  assert.equal(plain.occupantOut, null);
});

test('the window is checked at intake: problem+json with the code and the field, nothing written', async () => {
  const { t, s, fx } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const before = (await t.database.db.select().from(cases).where(eq(cases.propertyId, fx.propertyId))).length;
  const refuse = async (extra: object, code: string, path: string) => {
    const p = problem(await s.desk.post('/api/v1/cases', repair({ occupantOut: true, ...extra })), 422);
    assert.deepEqual([p.code, p.fields?.[0]?.path], [code, path]);
  };
  await refuse({ occupantOutTo: '2026-10-09T16:00:00+08:00' }, 'occupant_out_window_required', 'occupantOutFrom');
  await refuse({ occupantOutFrom: '2026-10-09T16:00:00+08:00' }, 'occupant_out_window_required', 'occupantOutTo');
  await refuse(
    { occupantOutFrom: '2026-10-09T16:00:00+08:00', occupantOutTo: '2026-10-09T15:00:00+08:00' },
    'occupant_out_window_invalid',
    'occupantOutTo',
  );
  await refuse(
    { occupantOutFrom: '2026-10-08T14:00:00+08:00', occupantOutTo: '2026-10-08T16:00:00+08:00' },
    'occupant_out_window_past',
    'occupantOutTo',
  );
  assert.equal(problem(await s.desk.post('/api/v1/cases', repair({ occupantOut: 'yes' })), 400).code, 'validation_failed');
  assert.equal((await t.database.db.select().from(cases).where(eq(cases.propertyId, fx.propertyId))).length, before);
  // A tenant on the portal may ask for it too.
  const mine = ok(
    await s.tenant.post('/api/v1/cases', {
      propertyId: fx.propertyId,
      kind: 'repair',
      content: '灯管闪烁',
      occupantOut: true,
      occupantOutFrom: '2026-10-10T12:00:00+08:00',
      occupantOutTo: '2026-10-10T13:30:00+08:00',
    }),
    201,
  );
  assert.equal(mine.occupantOut.to, at('2026-10-10T13:30').toISOString());
});
