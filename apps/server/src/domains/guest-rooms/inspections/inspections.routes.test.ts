import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { roster, twoProperties } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Fixture, type Session, type TestApp } from '../../../test/helpers.ts';

const clock = new TestClock(new Date('2026-12-07T11:00:00+08:00'));
let t: TestApp;
let fx: Fixture;
let outsider: Session;
const team = roster<'desk' | 'house' | 'cleaner'>();
let room: string;
const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();

before(async () => {
  const w = await twoProperties({ clock });
  t = w.t;
  fx = w.fx;
  team.on(t.app, fx.propertyId);
  await team.members({ desk: 'front_desk', house: 'housekeeping_supervisor', cleaner: 'cleaner' });
  outsider = await signedIn(t.app, w.other.propertyId, ['housekeeping_supervisor']);
  room = ok(
    await team.s.house.post('/api/v1/guest-rooms', {
      propertyId: fx.propertyId,
      building: '北楼',
      floor: 8,
      number: '806',
      roomType: 'king',
      beds: 1,
    }),
    201,
  ).id;
});
after(() => t.close());

test('a vacated room is inspected: a charger left behind goes to the left-items list and is handed in; cleaning confirmed makes it vacant clean', async () => {
  problem(await team.s.house.post('/api/v1/guest-inspections', { roomId: room }), 409, 'room_not_dirty');
  const s = ok(
    await team.s.desk.post('/api/v1/guest-stays', {
      propertyId: fx.propertyId,
      hostUnit: '市卫健委',
      guests: ['何秀兰'],
      roomType: 'king',
      roomIds: [room],
      plannedCheckOutOn: '2026-12-08',
    }),
    201,
  );
  ok(await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, { rooms: [{ roomId: room, keysReturned: 1 }] }));
  problem(await outsider.post('/api/v1/guest-inspections', { roomId: room }), 404);
  problem(await team.s.cleaner.post('/api/v1/guest-inspections', { roomId: room }), 403);
  problem(await team.s.house.post('/api/v1/guest-inspections', { roomId: room, leftItems: [{ description: '' }] }), 400);
  const i = ok(
    await team.s.house.post('/api/v1/guest-inspections', {
      roomId: room,
      consumables: '矿泉水 2 瓶已补',
      leftItems: [{ description: '手机充电器', valuable: false }],
    }),
    201,
  );
  assert.equal(i.hostUnit, '市卫健委');
  assert.equal(i.leftItems.length, 1);
  assert.equal(i.policies.confirmCleaned, true);
  const items = ok(await team.s.cleaner.get(`/api/v1/guest-left-items?${q()}`)).data;
  assert.deepEqual(
    items.map((x: { description: string; roomNumber: string; handedInAt: string | null }) => [x.description, x.roomNumber, x.handedInAt]),
    [['手机充电器', '806', null]],
  );
  const h = ok(await team.s.house.post(`/api/v1/guest-left-items/${items[0].id}/hand-in`, { handedToName: '前台 林晓燕' }));
  assert.equal(h.handedToName, '前台 林晓燕');
  problem(await team.s.house.post(`/api/v1/guest-left-items/${items[0].id}/hand-in`, { handedToName: '前台' }), 409, 'left_item_handed_in');
  problem(await outsider.post(`/api/v1/guest-left-items/${items[0].id}/hand-in`, { handedToName: '前台' }), 404);
  const c = ok(await team.s.house.post(`/api/v1/guest-inspections/${i.id}/cleaned`));
  assert.ok(c.cleanedAt);
  problem(await team.s.house.post(`/api/v1/guest-inspections/${i.id}/cleaned`), 409, 'inspection_cleaned');
  const b = ok(await team.s.desk.get(`/api/v1/guest-rooms?${q()}`)).data;
  assert.equal(b[0].status, 'vacant_clean');
  assert.equal(ok(await team.s.cleaner.get(`/api/v1/guest-inspections?${q()}`)).data.length, 1);
  problem(await outsider.get(`/api/v1/guest-inspections/${i.id}`), 404);
});
