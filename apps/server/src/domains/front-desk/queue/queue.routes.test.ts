/**
 * GET /front-desk/queue: each section only for readers of its list, 机要 parcels hidden from the desk, every
 * total what the full list counts and the rows in urgency order, another property 404, no section 403.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { DeskQueue } from '@hy/contracts';
import {
  createTestApp,
  makeProperty,
  ok,
  problem,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
  signedIn,
} from '../../../test/helpers.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, clerk: Session, guard: Session, assistant: Session, tenant: Session, cleaner: Session, outsider: Session;
let hostId: string, host2Id: string;
const clock = new TestClock(new Date('2026-12-07T08:30:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  const as = (roles: Parameters<typeof signedIn>[2]) => signedIn(t.app, fx.propertyId, roles);
  desk = await as(['front_desk']);
  clerk = await as(['mail_clerk']);
  guard = await as(['security']);
  assistant = await as(['cs_assistant']);
  tenant = await as(['tenant']);
  cleaner = await as(['cleaner']);
  outsider = await signedIn(t.app, other.propertyId, ['front_desk']);
  const sup = await as(['cs_supervisor']);
  const post = async (b: object) =>
    ok(await sup.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, ...b }), 201).id as string;
  const org = await post({ kind: 'tenant', nameZh: '市财政局' });
  hostId = await post({ kind: 'person', parentId: org, nameZh: '陈静' });
  host2Id = await post({ kind: 'person', parentId: org, nameZh: '李明' });
});
after(() => t.close());

const queueOf = async (s: Session): Promise<DeskQueue> => ok(await s.get(`/api/v1/front-desk/queue?propertyId=${fx.propertyId}`));
const listed = async (s: Session, path: string, p: Record<string, string>) =>
  ok(await s.get(`/api/v1/front-desk/${path}?${new URLSearchParams({ propertyId: fx.propertyId, limit: '200', ...p })}`)).data as {
    id: string;
  }[];
const minutes = (n: number) => clock.set(new Date(clock.now().getTime() + n * 60_000));

test('each section, in urgency order, with totals equal to the lists; 机要 parcels only for the mail clerk', async () => {
  // Visitors: three walk-ins a few minutes apart (deadlines in that order), one let in and in the building.
  const walkIn = async (visitorName: string, host = hostId) =>
    ok(await desk.post('/api/v1/front-desk/visits', { propertyId: fx.propertyId, kind: 'walk_in', hostEntryId: host, visitorName }), 201);
  const a = await walkIn('张伟');
  minutes(3);
  const b = await walkIn('王芳', host2Id);
  minutes(3);
  const c = await walkIn('刘洋');
  ok(await desk.post(`/api/v1/front-desk/visits/${c.id}/consent`, { answer: 'accept', channel: 'phone', consenterName: '陈静' }));
  ok(await desk.post(`/api/v1/front-desk/visits/${c.id}/check-in`, { idType: 'passport', idNumber: 'E12345678', badgeNo: 'V-03' }));
  // Mail: an ordinary parcel, then an important one, then a 机要 item logged by the clerk.
  const log = async (s: Session, b: object) =>
    ok(await s.post('/api/v1/front-desk/mail', { propertyId: fx.propertyId, kind: 'parcel', carrier: '顺丰速运', ...b }), 201);
  minutes(1);
  const plain = await log(desk, { recipientEntryId: hostId });
  minutes(1);
  const important = await log(desk, { recipientEntryId: host2Id, important: true });
  minutes(1);
  const secret = await log(clerk, { recipientEntryId: hostId, kind: 'confidential', carrier: '机要通信局' });
  // Messages: two, the older first.
  const message = async (callerName: string) =>
    ok(
      await desk.post('/api/v1/front-desk/messages', {
        propertyId: fx.propertyId,
        recipientEntryId: hostId,
        callerName,
        content: '请回电',
      }),
      201,
    );
  const m1 = await message('赵先生');
  minutes(2);
  const m2 = await message('孙女士');
  // Loans: two umbrellas for an hour (the first one due earlier), one due later.
  const sup = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  const umbrella = ok(
    await sup.post('/api/v1/front-desk/lending-items', {
      propertyId: fx.propertyId,
      nameZh: '雨伞',
      nameEn: 'Umbrella',
      total: 5,
      loanHours: 1,
    }),
    201,
  );
  const lend = async (borrowerName: string, dueAt?: string) =>
    ok(await desk.post('/api/v1/front-desk/loans', { propertyId: fx.propertyId, itemId: umbrella.id, borrowerName, dueAt }), 201);
  const l1 = await lend('周敏');
  minutes(5);
  const l2 = await lend('吴刚');
  await lend('郑洁', new Date(clock.now().getTime() + 8 * 3600_000).toISOString());
  minutes(90); // the two one-hour loans are overdue now; the consent deadlines (10 minutes) have passed

  const d = await queueOf(desk);
  assert.deepEqual(
    d.consent!.items.map((v) => v.id),
    [a.id, b.id],
  );
  assert.equal(d.consent!.total, 2);
  assert.equal(d.consent!.items[0]!.overdue, true);
  assert.equal(d.consent!.items[0]!.hostName, '陈静');
  assert.equal(d.consent!.items[0]!.hostUnit, '市财政局');
  assert.deepEqual(
    d.inside!.items.map((v) => [v.id, v.badgeNo, v.policies.checkOut]),
    [[c.id, 'V-03', true]],
  );
  // the desk does not see the 机要 item; important first, then by arrival
  assert.deepEqual(
    d.parcels!.items.map((m) => m.id),
    [important.id, plain.id],
  );
  assert.equal(d.parcels!.total, 2);
  assert.deepEqual(
    d.messages!.items.map((m) => m.id),
    [m1.id, m2.id],
  );
  assert.deepEqual(
    d.loans!.items.map((l) => [l.id, l.itemNameEn]),
    [
      [l1.id, 'Umbrella'],
      [l2.id, 'Umbrella'],
    ],
  );
  assert.equal(d.handover, null, 'no handover written yet');
  // only the fields the card shows: no ID numbers, phones or slips
  assert.equal(JSON.stringify(d).includes('E12345678'), false);
  assert.equal('slipToken' in d.inside!.items[0]!, false);

  // every total is what the full list counts for the same reader
  assert.equal(d.consent!.total, (await listed(desk, 'visits', { view: 'awaiting' })).length);
  assert.equal(d.inside!.total, (await listed(desk, 'visits', { view: 'inside' })).length);
  assert.equal(d.parcels!.total, (await listed(desk, 'mail', { status: 'waiting', direction: 'in' })).length);
  assert.equal(d.messages!.total, (await listed(desk, 'messages', { state: 'open' })).length);
  assert.equal(d.loans!.total, (await listed(desk, 'loans', { state: 'overdue' })).length);

  // the mail clerk: parcels (the 机要 item too, first among the important), messages, loans; no visitors
  const k = await queueOf(clerk);
  assert.equal(k.consent, null);
  assert.equal(k.inside, null);
  assert.deepEqual(
    k.parcels!.items.map((m) => m.id),
    [important.id, secret.id, plain.id],
  );
  assert.equal(k.parcels!.total, (await listed(clerk, 'mail', { status: 'waiting', direction: 'in' })).length);
  assert.equal(k.messages!.total, 2);
  assert.equal(k.loans!.total, 2);
  // security: the visitors only; the CS assistant: no parcels
  const g = await queueOf(guard);
  assert.deepEqual([g.consent?.total, g.inside?.total, g.parcels, g.messages, g.loans], [2, 1, null, null, null]);
  const s = await queueOf(assistant);
  assert.equal(s.parcels, null);
  assert.equal(s.consent!.total, 2);

  // the desk hands its shift over: the next shift (the mail clerk) sees it to take over, with what is left to
  // acknowledge; security, who does not take handovers, does not
  const written = ok(
    await desk.post('/api/v1/front-desk/handovers', {
      propertyId: fx.propertyId,
      notes: '雨伞两把未还',
      extraItems: [{ title: '3 号电梯停梯' }],
    }),
    201,
  );
  const h = (await queueOf(clerk)).handover!;
  assert.equal(h.id, written.id);
  assert.equal(h.pendingCount, written.items.length);
  assert.ok(h.pendingCount >= 4, 'a visitor in, two messages, two loans and the typed item');
  assert.equal(h.policies.acknowledge, true);
  assert.equal((await queueOf(desk)).handover!.policies.acknowledge, false, 'not the writer');
  assert.equal((await queueOf(guard)).handover, null);

  // after the work is done the queue is empty again
  ok(await desk.post(`/api/v1/front-desk/visits/${c.id}/check-out`, {}));
  ok(await desk.post(`/api/v1/front-desk/messages/${m1.id}/deliver`, { how: 'phone' }));
  ok(await desk.post(`/api/v1/front-desk/loans/${l1.id}/return`, { condition: 'ok' }));
  const after = await queueOf(desk);
  assert.deepEqual([after.inside!.total, after.messages!.total, after.loans!.total], [0, 1, 1]);
  assert.deepEqual(after.inside!.items, []);
});

test('no section: 403; another property or a bad id: 404 / 400', async () => {
  problem(await tenant.get(`/api/v1/front-desk/queue?propertyId=${fx.propertyId}`), 403, 'forbidden');
  problem(await cleaner.get(`/api/v1/front-desk/queue?propertyId=${fx.propertyId}`), 403, 'forbidden');
  problem(await outsider.get(`/api/v1/front-desk/queue?propertyId=${fx.propertyId}`), 404, 'not_found');
  problem(await desk.get('/api/v1/front-desk/queue?propertyId=nope'), 400);
  problem(await desk.get('/api/v1/front-desk/queue'), 400);
  const anon = await t.app.inject({ method: 'GET', url: `/api/v1/front-desk/queue?propertyId=${fx.propertyId}` });
  assert.equal(anon.statusCode, 401);
});

test('the cockpit: the desk’s tiles count what the queue counts and open the filtered list', async () => {
  const cockpit = async (s: Session) =>
    ok(await s.get(`/api/v1/cockpit?propertyId=${fx.propertyId}`)) as {
      families: string[];
      tiles: { id: string; count: number; path: string; query: Record<string, string> }[];
    };
  const d = await queueOf(desk);
  const c = await cockpit(desk);
  assert.deepEqual(c.families, ['desk']);
  const tile = (id: string) => c.tiles.find((x) => x.id === id);
  assert.deepEqual(tile('visitors_awaiting_consent'), {
    ...tile('visitors_awaiting_consent')!,
    count: d.consent!.total,
    path: '/front-desk/visitors',
    query: { tab: 'awaiting' },
  });
  assert.deepEqual(tile('parcels_waiting'), {
    ...tile('parcels_waiting')!,
    count: d.parcels!.total,
    path: '/front-desk/mail',
    query: { tab: 'waiting' },
  });
  assert.deepEqual(tile('loans_overdue'), {
    ...tile('loans_overdue')!,
    count: d.loans!.total,
    path: '/front-desk/lending',
    query: { tab: 'overdue' },
  });
  assert.ok(d.consent!.total > 0 && d.parcels!.total > 0 && d.loans!.total > 0);
  // the mail clerk counts the 机要 item too, and has no visitors tile
  const k = await cockpit(clerk);
  assert.equal(k.tiles.find((x) => x.id === 'parcels_waiting')!.count, d.parcels!.total + 1);
  assert.equal(
    k.tiles.some((x) => x.id === 'visitors_awaiting_consent'),
    false,
  );
});
