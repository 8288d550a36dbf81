import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { notificationCount, roster, sheetNames, twoProperties } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Fixture, type Session, type TestApp } from '../../../test/helpers.ts';

const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));
let t: TestApp;
let fx: Fixture;
let outsider: Session;
const team = roster<'house' | 'cleaner' | 'engineer' | 'tenant'>();
const rooms: Record<string, string> = {};
const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();

before(async () => {
  const w = await twoProperties({ clock });
  t = w.t;
  fx = w.fx;
  team.on(t.app, fx.propertyId);
  await team.members({
    house: 'housekeeping_supervisor',
    cleaner: 'cleaner',
    engineer: 'engineer',
    tenant: { roles: ['tenant'], organizationId: fx.organizationId },
  });
  outsider = await signedIn(t.app, w.other.propertyId, ['housekeeping_supervisor']);
  for (const [number, roomType] of [
    ['801', 'standard'],
    ['802', 'king'],
    ['803', 'suite'],
  ] as const)
    rooms[number] = ok(
      await team.s.house.post('/api/v1/guest-rooms', { propertyId: fx.propertyId, building: '北楼', floor: 8, number, roomType, beds: 1 }),
      201,
    ).id;
});
after(() => t.close());

test('the status board counts rooms by status; manual changes follow the rules; out of order tells engineering', async () => {
  problem(
    await team.s.house.post('/api/v1/guest-rooms', {
      propertyId: fx.propertyId,
      building: '北楼',
      floor: 8,
      number: '801',
      roomType: 'standard',
      beds: 2,
    }),
    409,
    'room_number_taken',
  );
  let b = ok(await team.s.cleaner.get(`/api/v1/guest-rooms?${q()}`));
  assert.deepEqual(b.counts, { vacant_clean: 3, vacant_dirty: 0, occupied: 0, out_of_order: 0 });
  assert.equal(b.policies.manage, false);
  problem(await team.s.house.post(`/api/v1/guest-rooms/${rooms['801']}/status`, { status: 'vacant_clean' }), 409, 'room_status_unchanged');
  problem(await team.s.house.post(`/api/v1/guest-rooms/${rooms['801']}/status`, { status: 'out_of_order' }), 422, 'room_reason_required');
  problem(await team.s.house.post(`/api/v1/guest-rooms/${rooms['801']}/status`, { status: 'occupied' }), 400);
  problem(await team.s.cleaner.post(`/api/v1/guest-rooms/${rooms['801']}/status`, { status: 'vacant_dirty' }), 403);
  problem(await outsider.post(`/api/v1/guest-rooms/${rooms['801']}/status`, { status: 'vacant_dirty' }), 404);
  problem(await outsider.get(`/api/v1/guest-rooms/${rooms['801']}`), 404);
  problem(await team.s.tenant.get(`/api/v1/guest-rooms?${q()}`), 403);
  const r = ok(await team.s.house.post(`/api/v1/guest-rooms/${rooms['801']}/status`, { status: 'out_of_order', reason: '空调不制冷' }));
  assert.equal(r.status, 'out_of_order');
  assert.equal(r.statusReason, '空调不制冷');
  assert.equal(await notificationCount(t.app.database.db, team.ids.engineer, 'guestrooms.out_of_order'), 1);
  b = ok(await team.s.cleaner.get(`/api/v1/guest-rooms?${q()}`));
  assert.equal(b.counts.out_of_order, 1);
});

test('the 房态核对表: drawn from the rooms, signed once a day; discrepancies flagged; a room found out of order is reported', async () => {
  const draft = ok(await team.s.house.get(`/api/v1/guest-room-checks/sheet?${q()}`));
  assert.equal(draft.day, '2026-12-07');
  assert.equal(draft.id, null);
  assert.equal(draft.lines.length, 3);
  assert.equal(draft.policies.sign, true);
  const lines = draft.lines.map((l: { roomId: string; number: string; recorded: string }) => ({
    roomId: l.roomId,
    observed: l.number === '802' ? 'vacant_dirty' : l.number === '803' ? 'out_of_order' : l.recorded,
    note: l.number === '803' ? '卫生间漏水' : null,
  }));
  problem(
    await team.s.house.post('/api/v1/guest-room-checks', { propertyId: fx.propertyId, day: '2026-12-08', lines }),
    422,
    'check_sheet_future',
  );
  problem(
    await team.s.house.post('/api/v1/guest-room-checks', {
      propertyId: fx.propertyId,
      day: '2026-12-07',
      lines: [{ roomId: fx.unitId, observed: 'vacant_clean' }],
    }),
    422,
    'check_sheet_room_unknown',
  );
  problem(await team.s.cleaner.post('/api/v1/guest-room-checks', { propertyId: fx.propertyId, day: '2026-12-07', lines }), 403);
  const signed = ok(await team.s.house.post('/api/v1/guest-room-checks', { propertyId: fx.propertyId, day: '2026-12-07', lines }), 201);
  assert.equal(signed.discrepancies, 2);
  assert.ok(signed.signedAt);
  assert.equal(signed.policies.sign, false);
  assert.equal(signed.lines.find((l: { number: string }) => l.number === '802').discrepancy, true);
  problem(
    await team.s.house.post('/api/v1/guest-room-checks', { propertyId: fx.propertyId, day: '2026-12-07', lines }),
    409,
    'check_sheet_signed',
  );
  const b = ok(await team.s.house.get(`/api/v1/guest-rooms?${q()}`)).data;
  assert.equal(b.find((r: { number: string }) => r.number === '803').status, 'out_of_order');
  assert.equal(b.find((r: { number: string }) => r.number === '802').status, 'vacant_clean', 'a discrepancy is flagged, not applied');
  assert.equal(await notificationCount(t.app.database.db, team.ids.engineer, 'guestrooms.out_of_order'), 2);
  const list = ok(await team.s.cleaner.get(`/api/v1/guest-room-checks?${q()}`)).data;
  assert.deepEqual(
    list.map((c: { day: string; rooms: number; discrepancies: number }) => [c.day, c.rooms, c.discrepancies]),
    [['2026-12-07', 3, 2]],
  );
  const x = await team.s.house.get(`/api/v1/guest-room-checks/sheet/export?${q({ day: '2026-12-07' })}`);
  assert.equal(x.statusCode, 200);
  assert.deepEqual(await sheetNames(x.rawPayload), ['房态核对表']);
  problem(await outsider.get(`/api/v1/guest-room-checks/sheet?${q()}`), 404);
  problem(await team.s.house.get(`/api/v1/guest-room-checks/sheet?${q({ day: '2026-13-01' })}`), 400);
});
