import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { roster, sheetNames, twoProperties } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Fixture, type Session, type TestApp } from '../../../test/helpers.ts';

const clock = new TestClock(new Date('2026-12-07T14:00:00+08:00'));
let t: TestApp;
let fx: Fixture;
let outsider: Session;
let otherPid: string;
const team = roster<'desk' | 'house' | 'cleaner' | 'security' | 'engineer' | 'tenant'>();
const rooms: Record<string, string> = {};

const LINEN = { sheet: 2, duvet_cover: 2, pillowcase: 4, bath_towel: 2, face_towel: 2, glass: 2 };
const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const checkIn = (s: Session, roomIds: string[], b: Record<string, unknown> = {}) =>
  s.post('/api/v1/guest-stays', {
    propertyId: fx.propertyId,
    hostUnit: '市财政局',
    guests: ['王建国', '李卫东'],
    roomType: 'standard',
    roomIds,
    plannedCheckOutOn: '2026-12-09',
    keysPerRoom: 1,
    linenPerRoom: LINEN,
    handoverNote: '次日 7:00 叫早',
    ...b,
  });
const board = async () => ok(await team.s.desk.get(`/api/v1/guest-rooms?${q()}`)).data as { id: string; number: string; status: string }[];
const statusOf = async (n: string) => (await board()).find((r) => r.number === n)!.status;

before(async () => {
  const w = await twoProperties({ clock });
  t = w.t;
  fx = w.fx;
  team.on(t.app, fx.propertyId);
  await team.members({
    desk: 'front_desk',
    house: 'housekeeping_supervisor',
    cleaner: 'cleaner',
    security: 'security',
    engineer: 'engineer',
    tenant: { roles: ['tenant'], organizationId: fx.organizationId },
  });
  otherPid = w.other.propertyId;
  for (const [number, roomType] of [
    ['801', 'standard'],
    ['802', 'standard'],
    ['803', 'standard'],
    ['805', 'king'],
  ] as const) {
    const r = ok(
      await team.s.house.post('/api/v1/guest-rooms', { propertyId: fx.propertyId, building: '北楼', floor: 8, number, roomType, beds: 2 }),
      201,
    );
    rooms[number] = r.id;
  }
  ok(
    await team.s.house.post('/api/v1/guest-linen/receive', {
      propertyId: fx.propertyId,
      counts: { sheet: 10, duvet_cover: 10, pillowcase: 20, bath_towel: 10, face_towel: 10, glass: 10 },
    }),
  );
});
after(() => t.close());

test('check-in of a vacant-clean room issues a key and counts linen out; check-out counts them back and the room goes vacant dirty', async () => {
  const s = ok(await checkIn(team.s.desk, [rooms['801']!]), 201);
  assert.equal(s.state, 'in_house');
  assert.equal(s.rooms[0].keysIssued, 1);
  assert.deepEqual(s.rooms[0].linenOut, LINEN);
  assert.equal(s.policies.checkOut, true);
  assert.equal(await statusOf('801'), 'occupied');
  const linen = ok(await team.s.desk.get(`/api/v1/guest-linen?${q()}`)).data;
  assert.deepEqual(
    linen.find((x: { item: string }) => x.item === 'pillowcase'),
    { item: 'pillowcase', inStore: 16, inRooms: 4, dirty: 0, atLaundry: 0, lost: 0, total: 20 },
  );
  const keys = ok(await team.s.desk.get(`/api/v1/guest-keys?${q()}`));
  assert.equal(keys.out, 1);

  // the occupied room is not available, nor can it be set by hand
  problem(await checkIn(team.s.desk, [rooms['801']!]), 409, 'room_not_available');
  problem(await team.s.house.post(`/api/v1/guest-rooms/${rooms['801']}/status`, { status: 'vacant_dirty' }), 409, 'room_occupied');

  // a key not returned needs its outcome and note
  const back = { roomId: rooms['801'], keysReturned: 1, linenBack: { ...LINEN, face_towel: 1 } };
  problem(
    await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, { rooms: [{ ...back, keysReturned: 0 }] }),
    422,
    'key_note_required',
  );
  problem(
    await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, { rooms: [{ ...back, keysReturned: 2 }] }),
    422,
    'key_returned_too_many',
  );
  problem(
    await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, { rooms: [{ ...back, linenBack: { ...LINEN, glass: 3 } }] }),
    422,
    'linen_back_too_many',
  );
  problem(
    await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, { rooms: [{ ...back, roomId: rooms['802'] }] }),
    422,
    'stay_rooms_mismatch',
  );
  clock.set('2026-12-09T11:00:00+08:00');
  await team.relogin();
  const out = ok(await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, { rooms: [back], note: '客人退房' }));
  assert.equal(out.state, 'checked_out');
  assert.equal(out.rooms[0].keyOutcome, 'returned');
  assert.equal(out.rooms[0].linenMissing, 1, 'a face towel did not come back');
  assert.equal(await statusOf('801'), 'vacant_dirty');
  problem(await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, { rooms: [back] }), 409, 'stay_not_in_house');
  const towels = ok(await team.s.desk.get(`/api/v1/guest-linen?${q()}`)).data.find((x: { item: string }) => x.item === 'face_towel');
  assert.deepEqual([towels.inRooms, towels.dirty, towels.lost], [0, 1, 1]);
});

test('a lost key is recorded with its note in the key register', async () => {
  const s = ok(await checkIn(team.s.desk, [rooms['802']!], { hostUnit: '市发改委', guests: ['陈志强'], linenPerRoom: {} }), 201);
  const out = ok(
    await team.s.desk.post(`/api/v1/guest-stays/${s.id}/check-out`, {
      rooms: [{ roomId: rooms['802'], keysReturned: 0, keyOutcome: 'lost_charged', keyNote: '门卡遗失，赔偿 50 元' }],
    }),
  );
  assert.equal(out.rooms[0].keyOutcome, 'lost_charged');
  const keys = ok(await team.s.cleaner.get(`/api/v1/guest-keys?${q()}`));
  assert.equal(keys.lost, 1);
  assert.equal(keys.data.find((k: { number: string }) => k.number === '802').keyNote, '门卡遗失，赔偿 50 元');
  const x = await team.s.desk.get(`/api/v1/guest-keys/export?${q()}`);
  assert.equal(x.statusCode, 200);
  assert.deepEqual(await sheetNames(x.rawPayload), ['钥匙登记']);
});

test('two concurrent check-ins of one room: one succeeds, the other gets 409 room_not_available', async () => {
  const [a, b] = await Promise.all([
    checkIn(team.s.desk, [rooms['803']!]),
    checkIn(team.s.house, [rooms['803']!], { hostUnit: '市教育局' }),
  ]);
  const codes = [a.statusCode, b.statusCode].sort();
  assert.deepEqual(codes, [201, 409]);
  problem(
    [a, b].find((r) => r.statusCode === 409)!,
    409,
    'room_not_available',
  );
  const list = ok(await team.s.desk.get(`/api/v1/guest-stays?${q({ state: 'in_house' })}`)).data;
  assert.equal(list.filter((s: { rooms: { number: string }[] }) => s.rooms.some((r) => r.number === '803')).length, 1);
});

test('check-in refusals: dirty room, wrong type, past check-out, not enough linen, bad input; permissions and other property', async () => {
  outsider = await signedIn(t.app, otherPid, ['front_desk']);
  problem(await checkIn(team.s.desk, [rooms['801']!]), 409, 'room_not_available');
  problem(await checkIn(team.s.desk, [rooms['805']!]), 422, 'stay_room_type_mismatch');
  problem(
    await checkIn(team.s.desk, [rooms['805']!], { roomType: 'king', plannedCheckOutOn: '2026-12-01' }),
    422,
    'stay_checkout_before_checkin',
  );
  problem(await checkIn(team.s.desk, [rooms['805']!], { roomType: 'king', linenPerRoom: { glass: 20 } }), 409, 'linen_short');
  assert.equal(await statusOf('805'), 'vacant_clean', 'the refused check-in left the room as it was');
  const bad = problem(await checkIn(team.s.desk, [], { guests: [] }), 400);
  assert.ok(bad.fields?.some((f) => f.path === 'roomIds'));
  problem(await checkIn(team.s.cleaner, [rooms['805']!], { roomType: 'king' }), 403);
  problem(await checkIn(outsider, [rooms['805']!], { roomType: 'king' }), 404);
  problem(await team.s.tenant.get(`/api/v1/guest-stays?${q()}`), 403);
  const any = ok(await team.s.desk.get(`/api/v1/guest-stays?${q()}`)).data[0];
  problem(await outsider.get(`/api/v1/guest-stays/${any.id}`), 404);
  problem(await outsider.get(`/api/v1/guest-stays?${q()}`), 404);
  problem(await team.s.desk.get(`/api/v1/guest-stays/register?${q({ from: '2026-12-09', to: '2026-12-01' })}`), 422, 'stay_register_range');
  const reg = ok(await team.s.desk.get(`/api/v1/guest-stays/register?${q({ from: '2026-12-01', to: '2026-12-31' })}`));
  assert.equal(reg.data.length, 3);
  const x = await team.s.desk.get(`/api/v1/guest-stays/register/export?${q({ from: '2026-12-01', to: '2026-12-31' })}`);
  assert.deepEqual(await sheetNames(x.rawPayload), ['入住登记', '布草发放']);
});
