/**
 * X1, M12 on the live stream: through the real SSE route and LISTEN/NOTIFY, every property event
 * reaches only the subscribers who may read the record it names. NOTIFY keeps commit order, so
 * "did not receive" is checked after a later event the same subscriber does receive.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { login, ok, TestClock, type TestApp, type Fixture } from '../../test/helpers.ts';
import { openStream } from '../../test/sse.ts';
import { units, users } from '../../db/schema/index.ts';
import { juneAt, makeMeetingVenues, makeOrganization, organizers, propertyFor, roster } from '../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));

let t: TestApp;
let base: string;
let fx: Fixture;
let room: string;
let otherOrg: string;
let otherUnit: string;
const team = roster<string>({ signIn: false });
const { users: u } = team;
const streams: { abort(): void }[] = [];

async function stream(key: string) {
  const st = await openStream(t.app, base, u[key]!);
  streams.push(st);
  return st.reader;
}

before(async () => {
  ({ t, fx } = await propertyFor(team, clock));
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = t.app.server.address();
  assert.ok(addr && typeof addr === 'object');
  base = `http://127.0.0.1:${addr.port}`;
  room = (await makeMeetingVenues(t.database.db, fx)).room;
  otherOrg = await makeOrganization(t.database.db, fx.propertyId);
  const [unit] = await t.database.db
    .insert(units)
    .values({
      propertyId: fx.propertyId,
      buildingId: fx.buildingId,
      floorId: fx.floorId,
      code: '0302',
      households: 1,
      organizationId: otherOrg,
    })
    .returning();
  otherUnit = unit!.id;
  await team.members({
    dispatcher: 'dispatcher',
    tenant: { roles: ['tenant'], unitId: fx.unitId, organizationId: fx.organizationId },
    ...organizers(fx.organizationId, otherOrg),
    cleaner: 'cleaner',
  });
});
after(async () => {
  streams.forEach((s) => s.abort());
  await t.close();
});

const caseBody = (over: Record<string, unknown>) => ({ propertyId: fx.propertyId, kind: 'repair', content: '卫生间漏水', ...over });

test("cases: a tenant hears of their own case, not of another unit's emergency; a dispatcher hears of both", async () => {
  const dispatcher = await login(t.app, u.dispatcher!);
  const tenant = await login(t.app, u.tenant!);
  const [d, te] = [await stream('dispatcher'), await stream('tenant')];
  const emergency = ok(
    await dispatcher.post('/api/v1/cases', caseBody({ unitId: otherUnit, emergency: true, severity: 'major', content: '配电房冒烟' })),
    201,
  );
  const mine = ok(await tenant.post('/api/v1/cases', caseBody({})), 201);
  await te.next((e) => e.event === 'event' && e.data.topic === 'case.created' && e.data.id === mine.id);
  assert.ok(
    !te.events.some((e) => e.data?.id === emergency.id || e.data?.number === emergency.number),
    "another unit's emergency never reached the tenant",
  );
  await d.next((e) => e.data?.topic === 'case.created' && e.data.id === emergency.id);
  await d.next((e) => e.data?.topic === 'case.created' && e.data.id === mine.id);
});

test("bookings: an organizer hears of their own organization's booking, not of another's", async () => {
  const [own, other] = [await login(t.app, u.organizer!), await login(t.app, u.otherOrganizer!)];
  const o = await stream('organizer');
  const body = (startAt: string, endAt: string) => ({
    propertyId: fx.propertyId,
    venueId: room,
    startAt,
    endAt,
    attendeeCount: 5,
    topic: '碰头会',
    contactName: '赵',
    contactPhone: '13800005555',
  });
  const theirs = ok(await other.post('/api/v1/bookings', body(juneAt('03', '09:00'), juneAt('03', '10:00'))), 201);
  const ours = ok(await own.post('/api/v1/bookings', body(juneAt('03', '11:00'), juneAt('03', '12:00'))), 201);
  await o.next((e) => e.data?.topic === 'booking.created' && e.data.bookingId === ours.id);
  assert.ok(!o.events.some((e) => e.data?.bookingId === theirs.id), "another organization's booking never reached the organizer");
});

test('meetings: an unassigned cleaner hears nothing of a confidential meeting, but of a normal one', async () => {
  const dispatcher = await login(t.app, u.dispatcher!);
  const [c, d] = [await stream('cleaner'), await stream('dispatcher')];
  const body = (startAt: string, endAt: string, over: Record<string, unknown> = {}) => ({
    propertyId: fx.propertyId,
    venueId: room,
    startAt,
    endAt,
    attendeeCount: 5,
    topic: '会议',
    contactName: '赵',
    contactPhone: '13800005555',
    organizationId: fx.organizationId,
    ...over,
  });
  const secret = ok(
    await dispatcher.post('/api/v1/bookings', body(juneAt('04', '09:00'), juneAt('04', '10:00'), { confidentiality: 'confidential' })),
    201,
  );
  const secretNotice = ok(await dispatcher.post('/api/v1/service-notices', { bookingId: secret.id }), 201);
  ok(await dispatcher.post(`/api/v1/service-notices/${secretNotice.id}/incidents`, { kind: 'noise', description: '噪音' }), 201);
  const normal = ok(await dispatcher.post('/api/v1/bookings', body(juneAt('04', '14:00'), juneAt('04', '15:00'))), 201);
  const normalNotice = ok(await dispatcher.post('/api/v1/service-notices', { bookingId: normal.id }), 201);
  await c.next((e) => e.data?.topic === 'meetings.notice_issued' && e.data.noticeId === normalNotice.id);
  assert.ok(
    c.events.some((e) => e.data?.bookingId === normal.id),
    'the normal booking reached the cleaner',
  );
  assert.ok(
    !c.events.some((e) => e.data?.noticeId === secretNotice.id || e.data?.bookingId === secret.id),
    'nothing of the confidential meeting reached the cleaner',
  );
  await d.next((e) => e.data?.topic === 'meetings.incident' && e.data.noticeId === secretNotice.id);
  assert.ok(d.events.some((e) => e.data?.topic === 'booking.created' && e.data.bookingId === secret.id));
});

test('a disabled user stops receiving: the heartbeat re-reads the session and ends the stream', async () => {
  const before = t.app.hub.size;
  const reader = await stream('tenant');
  assert.equal(t.app.hub.size, before + 1);
  await t.app.hub.refresh();
  assert.equal(t.app.hub.size, before + 1, 'a valid session goes on');
  await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, u.tenant!.id));
  await t.app.hub.refresh();
  await reader.finished;
  assert.ok(t.app.hub.size <= before, 'the stream of the disabled user was closed');
});
