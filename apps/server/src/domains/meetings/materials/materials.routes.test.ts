/** Materials of meetings: warehouse stock, checkouts and returns, losses on the fee statement. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock } from '../../../test/helpers.ts';
import { juneAt, meetingsWorld, type MeetingsWorld } from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorld;

before(async () => {
  w = await meetingsWorld(clock);
  await w.setPrices();
});
after(async () => w.t.close());

test('materials: warehouse stock, concurrent checkouts and returns never break counts, losses charged to the fee statement', async () => {
  const { fx, v, s, meeting } = w;
  const notice = await meeting({
    venueId: v.room,
    startAt: juneAt('05', '09:00'),
    endAt: juneAt('05', '10:00'),
    attendeeCount: 10,
    topic: '材料测试会',
    application: undefined,
  });
  const item = { propertyId: fx.propertyId, code: 'bat.aa', name: '5号电池', unit: '节', stock: 10, lossFen: 550, technical: true };
  problem(await s.staff.post('/api/v1/warehouse-items', item), 403, 'forbidden');
  const it = ok(await s.assistant.post('/api/v1/warehouse-items', item), 201);
  problem(await s.assistant.post('/api/v1/warehouse-items', item), 409, 'duplicate');
  const base = `/api/v1/service-notices/${notice}/materials`;
  problem(await s.staff.post(`${base}/checkout`, { itemId: it.id, qty: -1 }), 400, 'validation_failed');
  problem(await s.staff.post(`${base}/checkout`, { itemId: it.id, qty: 11 }), 422, 'insufficient_stock');
  const outs = await Promise.all(Array.from({ length: 8 }, () => s.staff.post(`${base}/checkout`, { itemId: it.id, qty: 2 })));
  assert.deepEqual(outs.map((r) => r.statusCode).sort(), [200, 200, 200, 200, 200, 422, 422, 422]);
  assert.equal(ok(await s.staff.get(`/api/v1/warehouse-items?propertyId=${fx.propertyId}`)).data.find((x: any) => x.id === it.id).stock, 0);

  problem(await s.av.post(`${base}/return`, { itemId: it.id, returned: 11 }), 422, 'return_exceeds_checkout');
  problem(await s.av.post(`${base}/return`, { itemId: it.id, returned: -1, lost: 2 }), 400, 'validation_failed');
  problem(await s.av.post(`${base}/return`, { itemId: it.id }), 400, 'validation_failed');
  ok(await s.av.post(`${base}/return`, { itemId: it.id, returned: 6, lost: 2 }));
  const backs = await Promise.all(Array.from({ length: 4 }, () => s.av.post(`${base}/return`, { itemId: it.id, returned: 1 })));
  assert.deepEqual(backs.map((r) => r.statusCode).sort(), [200, 200, 422, 422]);
  const [m] = ok(await s.staff.get(base)).data;
  assert.deepEqual([m.checkedOut, m.returned, m.lost, m.outstanding, m.lossFen], [10, 8, 2, 0, 1100]);
  assert.equal(ok(await s.staff.get(`/api/v1/warehouse-items?propertyId=${fx.propertyId}`)).data.find((x: any) => x.id === it.id).stock, 8);
  ok(await s.assistant.post(`/api/v1/warehouse-items/${it.id}/restock`, { qty: 2 }));

  const st = ok(await s.assistant.post(`/api/v1/service-notices/${notice}/fee-statement`, {}), 201);
  assert.deepEqual(
    st.lines.map((l: any) => [l.kind, l.qty, l.amountFen]),
    [
      ['venue', 1, 60_000],
      ['technical_loss', 2, 1100],
    ],
  );
  assert.equal(st.totalFen, 61_100);
});
