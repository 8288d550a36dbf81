import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { roster, sheetNames, twoProperties } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Fixture, type Session, type TestApp } from '../../../test/helpers.ts';

const clock = new TestClock(new Date('2026-12-07T11:00:00+08:00'));
let t: TestApp;
let fx: Fixture;
let outsider: Session;
const team = roster<'desk' | 'house' | 'cleaner'>();
const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const item = async (name: string) =>
  ok(await team.s.cleaner.get(`/api/v1/guest-linen?${q()}`)).data.find((x: { item: string }) => x.item === name);

before(async () => {
  const w = await twoProperties({ clock });
  t = w.t;
  fx = w.fx;
  team.on(t.app, fx.propertyId);
  await team.members({ desk: 'front_desk', house: 'housekeeping_supervisor', cleaner: 'cleaner' });
  outsider = await signedIn(t.app, w.other.propertyId, ['housekeeping_supervisor']);
});
after(() => t.close());

test('linen: received, out to a room, back dirty, to the laundry and back with a shortfall flagged', async () => {
  problem(await team.s.house.post('/api/v1/guest-linen/receive', { propertyId: fx.propertyId, counts: {} }), 422, 'linen_nothing_counted');
  problem(await team.s.house.post('/api/v1/guest-linen/receive', { propertyId: fx.propertyId, counts: { towel: 3 } }), 400);
  problem(await team.s.cleaner.post('/api/v1/guest-linen/receive', { propertyId: fx.propertyId, counts: { sheet: 3 } }), 403);
  problem(await outsider.post('/api/v1/guest-linen/receive', { propertyId: fx.propertyId, counts: { sheet: 3 } }), 404);
  ok(await team.s.house.post('/api/v1/guest-linen/receive', { propertyId: fx.propertyId, counts: { pillowcase: 10, sheet: 6 } }));
  const room = ok(
    await team.s.house.post('/api/v1/guest-rooms', {
      propertyId: fx.propertyId,
      building: '北楼',
      floor: 8,
      number: '801',
      roomType: 'standard',
      beds: 2,
    }),
    201,
  ).id;
  const s = ok(
    await team.s.desk.post('/api/v1/guest-stays', {
      propertyId: fx.propertyId,
      hostUnit: '市教育局',
      guests: ['郑晓明'],
      roomType: 'standard',
      roomIds: [room],
      plannedCheckOutOn: '2026-12-08',
      linenPerRoom: { pillowcase: 4, sheet: 2 },
    }),
    201,
  );
  ok(
    await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, {
      rooms: [{ roomId: room, keysReturned: 1, linenBack: { pillowcase: 4, sheet: 2 } }],
    }),
  );
  assert.deepEqual(await item('pillowcase'), { item: 'pillowcase', inStore: 6, inRooms: 0, dirty: 4, atLaundry: 0, lost: 0, total: 10 });
  problem(await team.s.house.post('/api/v1/guest-laundry', { propertyId: fx.propertyId, counts: { pillowcase: 5 } }), 409, 'linen_short');
  const b = ok(await team.s.house.post('/api/v1/guest-laundry', { propertyId: fx.propertyId, counts: { pillowcase: 4, sheet: 2 } }), 201);
  assert.equal((await item('pillowcase')).atLaundry, 4);
  problem(
    await team.s.house.post(`/api/v1/guest-laundry/${b.id}/return`, { counts: { pillowcase: 5, sheet: 2 } }),
    422,
    'laundry_return_too_many',
  );
  problem(await outsider.post(`/api/v1/guest-laundry/${b.id}/return`, { counts: { pillowcase: 4 } }), 404);
  const r = ok(await team.s.house.post(`/api/v1/guest-laundry/${b.id}/return`, { counts: { pillowcase: 2, sheet: 2 } }));
  assert.equal(r.short, true);
  assert.deepEqual(r.shortfall, { pillowcase: 2 });
  problem(await team.s.house.post(`/api/v1/guest-laundry/${b.id}/return`, { counts: { pillowcase: 2 } }), 409, 'laundry_returned');
  assert.deepEqual(await item('pillowcase'), { item: 'pillowcase', inStore: 8, inRooms: 0, dirty: 0, atLaundry: 0, lost: 2, total: 8 });
  const list = ok(await team.s.cleaner.get(`/api/v1/guest-laundry?${q()}`)).data;
  assert.equal(list.length, 1);
  const x = await team.s.house.get(`/api/v1/guest-linen/export?${q()}`);
  assert.deepEqual(await sheetNames(x.rawPayload), ['布草杯具盘点', '送洗记录']);
});
