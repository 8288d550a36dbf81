import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, eventTransfers, outbox } from '../../../db/schema/index.ts';
import { notificationCount } from '../../../test/builders.ts';
import { makeProperty, ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';
import { transportCosts, transportFigure } from './transport.costs.ts';
import { transfersOf } from './transport.guest.ts';

const clock = new TestClock(new Date('2026-05-20T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

const bus = { plate: '粤B·D8621', type: 'minibus', seats: 19, driverName: '刘师傅', driverPhone: '13800138001' };
const mpv = { plate: '粤B·A3579', type: 'mpv', seats: 3, driverName: '陈师傅', driverPhone: '13800138002' };
const trip = (over: Record<string, unknown> = {}) => ({
  kind: 'shuttle',
  fromPlace: '五洲宾馆',
  toPlace: '会议大厦',
  departsAt: '2026-06-04T08:00:00+08:00',
  endsAt: '2026-06-04T08:40:00+08:00',
  ...over,
});
const sms = async (recipient: string) =>
  (
    await w.t.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipient, recipient), eq(outbox.channel, 'sms')))
  ).map((r) => r.subject);

/** An event with the transport leader (security) on the transport group, two vehicles and guests. */
async function setUp() {
  const e = await w.newEvent();
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${e.groups[2].id}`, { leaderId: w.ids.security }));
  const guests = await w.addGuests(e.id, 4);
  const v1 = ok(await w.s.security.post(`/api/v1/events/${e.id}/vehicles`, bus), 201);
  const v2 = ok(await w.s.security.post(`/api/v1/events/${e.id}/vehicles`, { ...mpv, driverUserId: w.ids.staff }), 201);
  return { e, guests, v1, v2, url: `/api/v1/events/${e.id}` };
}

test('vehicles: added by the transport leader, audited; bad input refused; others 403/404', async () => {
  const { e, url, v1 } = await setUp();
  assert.equal(v1.seats, 19);
  problem(await w.s.security.post(`${url}/vehicles`, bus), 409, 'vehicle_plate_exists');
  problem(await w.s.security.post(`${url}/vehicles`, { ...bus, plate: '粤B·X1', hired: true }), 422, 'vehicle_hired_needs_company');
  problem(await w.s.security.post(`${url}/vehicles`, { ...bus, plate: '粤B·X2', driverUserId: w.ids.organizer }), 422, 'driver_not_staff');
  problem(await w.s.organizer.post(`${url}/vehicles`, { ...bus, plate: '粤B·X3' }), 403);
  problem(await outsider.get(`${url}/transport`), 404);
  problem(await outsider.post(`${url}/vehicles`, { ...bus, plate: '粤B·X4' }), 404);
  const rows = await w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, v1.id), eq(auditEvents.action, 'event_vehicle.created')));
  assert.equal(rows.length, 1);
  const o = ok(await w.s.organizer.get(`${url}/transport`));
  assert.equal(o.vehicles.length, 2);
  assert.equal(e.id.length, 36);
});

test('a vehicle double-dispatched 409; a guest on two transfers at once 409; over capacity 422; nothing half-written', async () => {
  const { e, url, v1, v2, guests } = await setUp();
  const g = guests.map((x) => x.id);
  const t1 = ok(await w.s.security.post(`${url}/transfers`, trip({ vehicleId: v1.id, guestIds: [g[0]] })), 201);
  assert.equal(t1.seatsTaken, 1);
  problem(
    await w.s.security.post(
      `${url}/transfers`,
      trip({ vehicleId: v1.id, departsAt: '2026-06-04T08:30:00+08:00', endsAt: '2026-06-04T09:00:00+08:00' }),
    ),
    409,
    'vehicle_double_dispatched',
  );
  problem(await w.s.security.post(`${url}/transfers`, trip({ vehicleId: v2.id, guestIds: [g[0]] })), 409, 'guest_transfer_overlap');
  problem(await w.s.security.post(`${url}/transfers`, trip({ vehicleId: v2.id, guestIds: g })), 422, 'vehicle_over_capacity');
  problem(await w.s.security.post(`${url}/transfers`, trip({ endsAt: '2026-06-04T07:00:00+08:00' })), 422, 'transfer_times_reversed');
  problem(
    await w.s.security.post(`${url}/transfers`, trip({ guestIds: [g[1], '00000000-0000-4000-8000-000000000000'] })),
    422,
    'transfer_guest_unknown',
  );
  // One bad passenger (already riding at that time) writes nothing: no transfer, no passengers, no SMS.
  const before = await w.t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventTransfers)
    .where(eq(eventTransfers.eventId, e.id));
  problem(
    await w.s.security.post(`${url}/transfers`, trip({ kind: 'pickup', vehicleId: v2.id, guestIds: [g[1], g[0]] })),
    409,
    'guest_transfer_overlap',
  );
  const afterRows = await w.t.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(eventTransfers)
    .where(eq(eventTransfers.eventId, e.id));
  assert.deepEqual(afterRows, before);
  assert.deepEqual(await sms(guests[1]!.phone!), []);
  // Moving the guest onto a full vehicle is refused too, and the move keeps them where they were.
  const t2 = ok(
    await w.s.security.post(
      `${url}/transfers`,
      trip({ vehicleId: v2.id, departsAt: '2026-06-04T10:00:00+08:00', endsAt: '2026-06-04T10:30:00+08:00', guestIds: [g[1], g[2], g[3]] }),
    ),
    201,
  );
  problem(
    await w.s.security.post(`${url}/transfers/move`, { guestId: g[0], fromTransferId: t1.id, toTransferId: t2.id }),
    422,
    'vehicle_over_capacity',
  );
  const o = ok(await w.s.security.get(`${url}/transport`));
  assert.deepEqual(
    o.transfers.find((t: { id: string }) => t.id === t1.id).passengers.map((p: { guestId: string }) => p.guestId),
    [g[0]],
  );
  // Fewer seats than a trip carries is refused.
  problem(await w.s.security.patch(`${url}/vehicles/${v2.id}`, { seats: 2 }), 422, 'vehicle_over_capacity');
  problem(await w.s.security.del(`${url}/vehicles/${v1.id}`), 409, 'vehicle_in_use');
  problem(
    await w.s.security.patch(`${url}/transfers/${t2.id}`, {
      departsAt: '2026-06-04T08:10:00+08:00',
      endsAt: '2026-06-04T08:20:00+08:00',
      vehicleId: v1.id,
    }),
    409,
    'vehicle_double_dispatched',
  );
});

test('a pick-up texts its guests; the sheet texts the driver; any change tells the driver (SMS, and the bell for staff)', async () => {
  const { url, v1, v2, guests } = await setUp();
  const g = guests.map((x) => x.id);
  const p = ok(
    await w.s.security.post(
      `${url}/transfers`,
      trip({ kind: 'pickup', fromPlace: '深圳北站', toPlace: '五洲宾馆', vehicleId: v2.id, guestIds: [g[0], g[1]] }),
    ),
    201,
  );
  assert.deepEqual(await sms(guests[0]!.phone!), ['接站安排：全市重大项目建设推进会']);
  const sent = ok(await w.s.security.post(`${url}/vehicles/${v2.id}/dispatch`));
  assert.equal(sent.sent, 1);
  assert.deepEqual(await sms(mpv.driverPhone), ['派车单：全市重大项目建设推进会']);
  assert.equal(await notificationCount(w.t.database.db, w.ids.staff, 'event.dispatch'), 1);
  ok(await w.s.security.patch(`${url}/transfers/${p.id}`, { departsAt: '2026-06-04T08:15:00+08:00', endsAt: '2026-06-04T09:00:00+08:00' }));
  assert.deepEqual(await sms(mpv.driverPhone), ['派车单：全市重大项目建设推进会', '派车变更：全市重大项目建设推进会']);
  assert.equal(await notificationCount(w.t.database.db, w.ids.staff, 'event.dispatch_changed'), 1);
  // the guests hear the new time
  assert.equal((await sms(guests[0]!.phone!)).length, 2);
  // moving to another vehicle tells both drivers
  ok(await w.s.security.patch(`${url}/transfers/${p.id}`, { vehicleId: v1.id }));
  assert.equal((await sms(mpv.driverPhone)).length, 3);
  assert.equal((await sms(bus.driverPhone)).length, 1);
  const mine = await transfersOf(w.t.database.db, g[0]!);
  assert.deepEqual(
    mine.map((t) => [t.kind, t.from, t.vehicle, t.driver]),
    [['pickup', '深圳北站', '粤B·D8621', '刘师傅']],
  );
  const sheet = ok(await w.s.security.get(`${url}/dispatch?vehicleId=${v1.id}`));
  assert.equal(sheet.transfers.length, 1);
  assert.equal(sheet.transfers[0].passengers.length, 2);
  const x = await w.s.security.get(`${url}/dispatch?vehicleId=${v1.id}&format=xlsx`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  problem(await outsider.get(`${url}/dispatch?vehicleId=${v1.id}`), 404);
});

test('pick-ups suggested from arrivals, created with vehicles by seats in one go; costs of hired buses', async () => {
  const { e, url } = await setUp();
  const arrive = (hm: string) => new Date(`2026-06-03T${hm}:00+08:00`);
  await w.addGuests(e.id, 3, {
    arrivalStation: '深圳北站',
    arrivalMode: 'train',
    arrivalAt: arrive('14:00'),
    departureAt: new Date('2026-06-05T17:30:00+08:00'),
    departureStation: '深圳北站',
    departureMode: 'train',
  });
  await w.addGuests(e.id, 2, {
    arrivalStation: '宝安国际机场',
    arrivalMode: 'plane',
    arrivalAt: arrive('15:40'),
    companions: [{ name: '随员', relation: '秘书' }],
  });
  await w.addGuests(e.id, 1, { arrivalStation: '深圳北站', arrivalMode: 'train', arrivalAt: arrive('16:30') });
  const s = ok(await w.s.security.get(`${url}/transfers/suggest-pickups`));
  assert.equal(s.windowMinutes, 60);
  assert.deepEqual(
    s.transfers.map((t: { fromPlace: string; seats: number }) => [t.fromPlace, t.seats]),
    [
      ['深圳北站', 3],
      ['宝安国际机场', 4],
      ['深圳北站', 1],
    ],
  );
  problem(await w.s.organizer.get(`${url}/transfers/suggest-pickups`), 403);
  const hired = ok(
    await w.s.security.post(`${url}/vehicles`, {
      plate: '粤B·K0451',
      type: 'bus',
      seats: 45,
      hired: true,
      company: '深圳市鹏程旅游客运有限公司',
      dayRateFen: 160000,
      driverName: '王师傅',
      driverPhone: '13800138009',
    }),
    201,
  );
  const o = ok(await w.s.security.post(`${url}/transfers/pickups`, { transfers: s.transfers }));
  const pickups = o.transfers.filter((t: { kind: string }) => t.kind === 'pickup');
  assert.deepEqual(
    pickups.map((t: { vehicle: string }) => t.vehicle),
    ['粤B·A3579', '粤B·D8621', '粤B·A3579'],
  );
  assert.equal(ok(await w.s.security.get(`${url}/transfers/suggest-pickups`)).transfers.length, 0);
  const drops = ok(await w.s.security.get(`${url}/transfers/suggest-pickups?kind=dropoff&place=五洲宾馆`));
  assert.deepEqual(
    drops.transfers.map((t: { fromPlace: string; toPlace: string }) => [t.fromPlace, t.toPlace]),
    [['五洲宾馆', '深圳北站']],
  );
  // The hired bus runs the shuttles on both days: two days at ¥1,600.
  ok(await w.s.security.post(`${url}/transfers`, trip({ vehicleId: hired.id })), 201);
  ok(
    await w.s.security.post(
      `${url}/transfers`,
      trip({ vehicleId: hired.id, departsAt: '2026-06-05T08:00:00+08:00', endsAt: '2026-06-05T08:40:00+08:00' }),
    ),
    201,
  );
  const costs = await transportCosts(w.t.database.db, e.id);
  assert.deepEqual(
    costs.map((c) => [c.qty, c.unitFen, c.amountFen]),
    [[2, 160000, 320000]],
  );
  assert.equal(await transportFigure(w.t.database.db, e.id), 4);
});
