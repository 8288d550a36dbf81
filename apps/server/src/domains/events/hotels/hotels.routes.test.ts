import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents, notifications, outbox } from '../../../db/schema/index.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';
import { hotelCosts, hotelFigure } from './hotels.costs.ts';
import { roomOf } from './hotels.guest.ts';
import { releaseWatch } from './hotels.jobs.ts';

const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

const stay = {
  rsvp: 'registered' as const,
  hotelWish: 'needed' as const,
  arrivalAt: new Date('2026-06-03T15:00:00+08:00'),
  departureAt: new Date('2026-06-05T17:30:00+08:00'),
};

/** An event with 五洲宾馆: twins ×k and singles ×2 for the nights 06-03 and 06-04 at ¥480, released 05-28. */
async function setup(k = 2) {
  const e = await w.newEvent();
  const h = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/hotels`, { name: '五洲宾馆', address: '深南大道6001号', email: 'fo@wuzhou.example' }),
    201,
  );
  const base = `/api/v1/events/${e.id}`;
  ok(
    await w.s.lead.put(`${base}/hotels/${h.id}/blocks`, {
      roomType: 'twin',
      from: '2026-06-03',
      to: '2026-06-04',
      rooms: k,
      priceFen: 48000,
      releaseOn: '2026-05-28',
    }),
  );
  ok(
    await w.s.lead.put(`${base}/hotels/${h.id}/blocks`, {
      roomType: 'single',
      from: '2026-06-03',
      to: '2026-06-04',
      rooms: 2,
      priceFen: 58000,
      releaseOn: '2026-05-28',
    }),
  );
  return { e, h, base };
}

test('a block over-assigned is refused naming the night, nothing half-written; the guest cannot be roomed twice', async () => {
  const { e, h, base } = await setup(1);
  const [a, b, c] = await w.addGuests(e.id, 3, { ...stay, gender: 'm' });
  const r = ok(await w.s.lead.post(`${base}/rooms`, { guestIds: [a!.id, b!.id], hotelId: h.id, roomType: 'twin' }), 201);
  const full = problem(
    await w.s.lead.post(`${base}/rooms`, { guestIds: [c!.id], hotelId: h.id, roomType: 'twin' }),
    409,
    'room_block_full',
  );
  assert.equal(full.night, '2026-06-03');
  problem(await w.s.lead.post(`${base}/rooms`, { guestIds: [a!.id], hotelId: h.id, roomType: 'single' }), 409, 'guest_already_roomed');
  problem(await w.s.lead.post(`${base}/rooms`, { guestIds: [c!.id], hotelId: h.id, roomType: 'suite' }), 409, 'room_block_missing');
  problem(
    await w.s.lead.post(`${base}/rooms`, {
      guestIds: [c!.id],
      hotelId: h.id,
      roomType: 'single',
      checkInOn: '2026-06-04',
      checkOutOn: '2026-06-03',
    }),
    422,
    'room_dates_reversed',
  );
  problem(
    await w.s.lead.put(`${base}/hotels/${h.id}/blocks`, {
      roomType: 'twin',
      from: '2026-06-03',
      to: '2026-06-03',
      rooms: 0,
      priceFen: 1,
      releaseOn: '2026-05-28',
    }),
    409,
    'room_block_below_used',
  );
  const view = ok(await w.s.lead.get(`${base}/rooming`));
  // The refused single took nothing: singles still free on both nights.
  assert.deepEqual(
    view.hotels[0].blocks.filter((x: { roomType: string }) => x.roomType === 'single').map((x: { used: number }) => x.used),
    [0, 0],
  );
  assert.equal(view.roomNights, 2);
  assert.equal(view.unroomed.length, 1);
  // Moving the pair's room to a single is refused (two in a single); cancelling gives the nights back.
  problem(await w.s.lead.patch(`${base}/rooms/${r.id}`, { roomType: 'single' }), 422, 'room_over_capacity');
  ok(await w.s.lead.patch(`${base}/rooms/${r.id}`, { guestIds: [a!.id], roomType: 'single', roomNo: '1208' }));
  ok(await w.s.lead.post(`${base}/rooms`, { guestIds: [b!.id, c!.id], hotelId: h.id, roomType: 'twin' }), 201);
  ok(await w.s.lead.del(`${base}/rooms/${r.id}`), 204);
  const after = ok(await w.s.lead.get(`${base}/rooming`));
  assert.equal(after.roomNights, 2);
  assert.deepEqual(after.changes.map((x: { action: string }) => x.action).sort(), ['assigned', 'assigned', 'cancelled', 'moved']);
  const audits = await w.t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'event.room_moved'));
  assert.equal(audits.length, 1);
});

test('concurrent assigns into a block of k rooms: exactly k succeed', async () => {
  const { e, h, base } = await setup(3);
  const guests = await w.addGuests(e.id, 8, { ...stay, gender: 'f' });
  const res = await Promise.all(guests.map((g) => w.s.lead.post(`${base}/rooms`, { guestIds: [g.id], hotelId: h.id, roomType: 'twin' })));
  assert.equal(res.filter((r) => r.statusCode === 201).length, 3);
  assert.ok(res.filter((r) => r.statusCode !== 201).every((r) => r.statusCode === 409 && r.json().code === 'room_block_full'));
  const view = ok(await w.s.lead.get(`${base}/rooming`));
  assert.ok(view.hotels[0].blocks.every((b: { rooms: number; used: number; roomType: string }) => b.roomType !== 'twin' || b.used === 3));
});

test('sharing rules: VIPs and single-askers alone, room-mates of one gender, companions count', async () => {
  const { e, h, base } = await setup(4);
  const [vip] = await w.addGuests(e.id, 1, { ...stay, gender: 'm', vip: true, name: '王主任' });
  const [solo] = await w.addGuests(e.id, 1, { ...stay, gender: 'm', roomShare: 'single', name: '李处长' });
  const [m, f] = [(await w.addGuests(e.id, 1, { ...stay, gender: 'm' }))[0]!, (await w.addGuests(e.id, 1, { ...stay, gender: 'f' }))[0]!];
  const [withCompanion] = await w.addGuests(e.id, 1, { ...stay, gender: 'm', companions: [{ name: '秘书', relation: '随行' }] });
  const [own] = await w.addGuests(e.id, 1, { ...stay, hotelWish: 'own' });
  problem(await w.s.lead.post(`${base}/rooms`, { guestIds: [vip!.id, m.id], hotelId: h.id, roomType: 'twin' }), 422, 'room_guest_single');
  problem(await w.s.lead.post(`${base}/rooms`, { guestIds: [solo!.id, m.id], hotelId: h.id, roomType: 'twin' }), 422, 'room_guest_single');
  problem(await w.s.lead.post(`${base}/rooms`, { guestIds: [f.id, m.id], hotelId: h.id, roomType: 'twin' }), 422, 'room_mixed_gender');
  problem(
    await w.s.lead.post(`${base}/rooms`, { guestIds: [withCompanion!.id, m.id], hotelId: h.id, roomType: 'twin' }),
    422,
    'room_over_capacity',
  );
  problem(
    await w.s.lead.post(`${base}/rooms`, { guestIds: [withCompanion!.id], hotelId: h.id, roomType: 'single' }),
    422,
    'room_over_capacity',
  );
  problem(
    await w.s.lead.post(`${base}/rooms`, { guestIds: [own!.id], hotelId: h.id, roomType: 'single' }),
    422,
    'room_guest_not_registered',
  );
  problem(await w.s.lead.post(`${base}/rooms`, { guestIds: [], hotelId: h.id, roomType: 'single' }), 400);
  // Auto-assign: the VIP and the single-asker in singles, the one with a companion in a twin, m and f apart.
  const auto = ok(await w.s.lead.post(`${base}/rooming/auto`, {}));
  assert.equal(auto.placed, 5);
  assert.deepEqual(auto.unplaced, []);
  const view = ok(await w.s.lead.get(`${base}/rooming`));
  const roomOfGuest = (id: string) => view.rooms.find((r: { guests: { id: string }[] }) => r.guests.some((g) => g.id === id));
  assert.equal(roomOfGuest(vip!.id).guests.length, 1);
  assert.equal(roomOfGuest(vip!.id).roomType, 'single');
  assert.equal(roomOfGuest(withCompanion!.id).roomType, 'twin');
  assert.equal(roomOfGuest(m.id).guests.length, 1);
  assert.equal(view.unroomed.length, 0);
  // The guest's page sees the room.
  const info = await roomOf(w.t.database.db, vip!.id);
  assert.equal(info?.hotel, '五洲宾馆');
  assert.equal(info?.checkInOn, '2026-06-03');
  assert.equal(info?.roomType, '单人间');
  // Nothing left to place: a second run places none.
  assert.equal(ok(await w.s.lead.post(`${base}/rooming/auto`, {})).placed, 0);
});

test('who may: other property 404, no events right 404, staff reading 403 on writes and no ID numbers', async () => {
  const { e, h, base } = await setup();
  const [g] = await w.addGuests(e.id, 1, { ...stay, gender: 'm', idNo: '440301198001011234' });
  ok(await w.s.lead.post(`${base}/rooms`, { guestIds: [g!.id], hotelId: h.id, roomType: 'single' }), 201);
  problem(await outsider.get(`${base}/rooming`), 404);
  problem(await outsider.post(`${base}/hotels`, { name: 'x' }), 404);
  problem(await w.s.cleaner.get(`${base}/rooming`), 404);
  problem(await w.s.assistant.post(`${base}/hotels`, { name: 'x' }), 403);
  problem(await w.s.assistant.post(`${base}/rooming/auto`, {}), 403);
  const seen = ok(await w.s.assistant.get(`${base}/hotels/${h.id}/plan`));
  assert.equal(seen.showIdNo, false);
  assert.equal(seen.rooms[0].guests[0].idNo, null);
  problem(await w.s.lead.get(`${base}/hotels/${e.id}/plan`), 404);
  problem(await w.s.lead.post(`${base}/hotels`, { name: '五洲宾馆' }), 409, 'hotel_exists');
  problem(
    await w.s.lead.put(`${base}/hotels/${h.id}/blocks`, {
      roomType: 'twin',
      from: '2026-06-04',
      to: '2026-06-03',
      rooms: 1,
      priceFen: 1,
      releaseOn: '2026-05-28',
    }),
    422,
    'block_dates_reversed',
  );
  problem(await w.s.lead.del(`${base}/hotels/${h.id}`), 409, 'hotel_has_rooms');
});

test('the plan prints as JSON and .xlsx; the list is sent once per version and later changes mark it', async () => {
  const { e, h, base } = await setup();
  const [a, b] = await w.addGuests(e.id, 2, { ...stay, gender: 'm', idNo: '440301198001011234' });
  ok(await w.s.lead.post(`${base}/rooms`, { guestIds: [a!.id, b!.id], hotelId: h.id, roomType: 'twin', roomNo: '806' }), 201);
  const p = ok(await w.s.lead.get(`${base}/hotels/${h.id}/plan`));
  assert.equal(p.hotel.name, '五洲宾馆');
  assert.equal(p.rooms[0].roomNo, '806');
  assert.equal(p.rooms[0].nights, 2);
  assert.equal(p.rooms[0].guests[0].idNo, '440301198001011234');
  assert.deepEqual(p.totals, { rooms: 1, guests: 2, roomNights: 2 });
  const x = await w.s.lead.get(`${base}/hotels/${h.id}/plan?format=xlsx`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  const sent = ok(await w.s.lead.post(`${base}/hotels/${h.id}/send-list`, {}));
  assert.equal(sent.sentVersion, 1);
  const [mail] = await w.t.database.db.select().from(outbox).where(eq(outbox.id, sent.outboxId));
  assert.equal(mail!.recipient, 'fo@wuzhou.example');
  assert.match(mail!.body, /1 间、2 位宾客/);
  assert.equal(ok(await w.s.lead.get(`${base}/rooming`)).hotels[0].changedSinceSent, false);
  clock.advance(60_000);
  const [c] = await w.addGuests(e.id, 1, { ...stay, gender: 'f' });
  ok(await w.s.lead.post(`${base}/rooms`, { guestIds: [c!.id], hotelId: h.id, roomType: 'single' }), 201);
  assert.equal(ok(await w.s.lead.get(`${base}/rooming`)).hotels[0].changedSinceSent, true);
  const h2 = ok(await w.s.lead.post(`${base}/hotels`, { name: '深圳大梅沙京基洲际酒店' }), 201);
  problem(await w.s.lead.post(`${base}/hotels/${h2.id}/send-list`, {}), 422, 'hotel_no_email');
  // Costs: 2 twin nights at ¥480 and 2 single nights at ¥580.
  const costs = await hotelCosts(w.t.database.db, e.id);
  assert.deepEqual(
    costs.map((l) => [l.category, l.qty, l.amountFen]).sort((a, b) => Number(a[2]) - Number(b[2])),
    [
      ['accommodation', 2, 96000],
      ['accommodation', 2, 116000],
    ],
  );
  assert.equal(await hotelFigure(w.t.database.db, e.id), 4);
});

test('the release watch tells the secretariat and the owner once per block; the page flags it', async () => {
  const { e, h, base } = await setup();
  for (const roomType of ['twin', 'single'])
    ok(
      await w.s.lead.put(`${base}/hotels/${h.id}/blocks`, {
        roomType,
        from: '2026-06-03',
        to: '2026-06-04',
        rooms: 2,
        priceFen: 48000,
        releaseOn: '2026-05-13',
      }),
    );
  const secretariat = e.groups.find((g: { code: string }) => g.code === 'secretariat');
  ok(await w.s.lead.patch(`${base}/groups/${secretariat.id}`, { leaderId: w.ids.assistant }));
  const at = clock.now();
  const count = async (userId: string) =>
    (
      await w.t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.messageKey, 'event.block_release')))
    ).length;
  const before = await count(w.ids.assistant);
  await releaseWatch(w.t.database.db, at);
  await releaseWatch(w.t.database.db, at);
  assert.equal((await count(w.ids.assistant)) - before, 1);
  assert.ok((await count(w.ids.lead)) >= 1);
  const view = ok(await w.s.lead.get(`${base}/rooming`));
  assert.deepEqual(view.flags.map((f: { roomType: string; unusedNights: number }) => [f.roomType, f.unusedNights]).sort(), [
    ['single', 4],
    ['twin', 4],
  ]);
});
