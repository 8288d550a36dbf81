import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  ok,
  problem,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
  signedIn,
} from '../../../test/helpers.ts';
import { alertMissing, alertUnacknowledged } from './handover.jobs.ts';

let t: TestApp;
let fx: Fixture;
let day: Session, evening: Session, supervisor: Session, tenant: Session, outsider: Session;
let users: Record<'day' | 'evening' | 'supervisor', Awaited<ReturnType<typeof makeUser>>>;
const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));
const ID = '11010519491231002X';

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  users = {
    day: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['front_desk'] }]),
    evening: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['mail_clerk'] }]),
    supervisor: await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_supervisor'] }]),
  };
  day = await login(t.app, users.day);
  evening = await login(t.app, users.evening);
  supervisor = await login(t.app, users.supervisor);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  outsider = await signedIn(t.app, other.propertyId, ['front_desk']);
});
after(() => t.close());

const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const rows = async (text: string) => ((await t.app.database.db.execute(text)) as unknown as { rows: Record<string, unknown>[] }).rows;
const bellOf = async (s: Session) => JSON.stringify(ok(await s.get('/api/v1/notifications?limit=50')));

test('the day shift writes its handover (drawn-up visitor, loan, message + notes and an extra item); the evening shift acknowledges item by item and accepts', async () => {
  // The day's work: a visitor let in and still in the building, a visitor in and out, an umbrella lent, a message left.
  const post = async (b: object) =>
    ok(await day.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, ...b }), 201).id as string;
  const org = await post({ kind: 'tenant', nameZh: '市财政局' });
  const host = await post({ kind: 'person', parentId: org, nameZh: '陈静' });
  const visit = async (name: string) => {
    clock.set('2026-12-07T10:00:00+08:00');
    const v = ok(
      await day.post('/api/v1/front-desk/visits', { propertyId: fx.propertyId, kind: 'walk_in', hostEntryId: host, visitorName: name }),
      201,
    );
    ok(await day.post(`/api/v1/front-desk/visits/${v.id}/consent`, { answer: 'accept', channel: 'phone', consenterName: '陈静' }));
    return ok(await day.post(`/api/v1/front-desk/visits/${v.id}/check-in`, { idType: 'resident_id', idNumber: ID, badgeNo: 'V-01' }));
  };
  const inside = await visit('张伟');
  const gone = await visit('李娜');
  ok(await day.post('/api/v1/front-desk/visits/check-out', { propertyId: fx.propertyId, slipToken: gone.slipToken }));
  const umbrella = ok(
    await supervisor.post('/api/v1/front-desk/lending-items', { propertyId: fx.propertyId, nameZh: '雨伞', total: 5, loanHours: 2 }),
    201,
  );
  clock.set('2026-12-07T11:00:00+08:00');
  const loan = ok(
    await day.post('/api/v1/front-desk/loans', { propertyId: fx.propertyId, itemId: umbrella.id, borrowerName: '刘洋' }),
    201,
  );
  const msg = ok(
    await day.post('/api/v1/front-desk/messages', {
      propertyId: fx.propertyId,
      recipientEntryId: host,
      callerName: '王先生',
      content: '请回电',
      urgent: true,
    }),
    201,
  );

  // At 16:45 the preview shows the day shift, its counts and the open items (the umbrella is overdue).
  clock.set('2026-12-07T16:45:00+08:00');
  const draft = ok(await day.get(`/api/v1/front-desk/handovers/draft?${q()}`));
  assert.equal(draft.shift, 'day');
  assert.equal(new Date(draft.shiftStart).toISOString(), new Date('2026-12-07T08:00:00+08:00').toISOString());
  assert.equal(new Date(draft.shiftEnd).toISOString(), new Date('2026-12-07T17:00:00+08:00').toISOString());
  assert.deepEqual(draft.counts, {
    visitorsIn: 2,
    calls: 0,
    messages: 1,
    parcelsIn: 0,
    parcelsOut: 0,
    mailOut: 0,
    loansOut: 1,
    loansReturned: 0,
  });
  assert.deepEqual(
    draft.items.map((i: { kind: string; refId: string; flagged: boolean }) => [i.kind, i.refId, i.flagged]),
    [
      ['visitor', inside.id, false],
      ['message', msg.id, true],
      ['loan', loan.id, true],
    ],
  );
  assert.equal(draft.existingId, null);

  // Bad input: problem+json with the offending field, nothing written.
  const bad = problem(
    await day.post('/api/v1/front-desk/handovers', { propertyId: fx.propertyId, extraItems: [{ title: '' }], bogus: 1 }),
    400,
  );
  assert.equal(bad.code, 'validation_failed');
  assert.equal((await rows(`select count(*)::int as n from shift_handovers where property_id = '${fx.propertyId}'`))[0]!.n, 0);
  problem(await day.get(`/api/v1/front-desk/handovers/draft?propertyId=nope`), 400);

  const h = ok(
    await day.post('/api/v1/front-desk/handovers', {
      propertyId: fx.propertyId,
      notes: '3 号电梯 15:20 停梯，已报工程部，明早复查',
      extraItems: [{ title: '601 室钥匙暂存总台', detail: '市财政局陈静明早来取' }],
    }),
    201,
  );
  assert.equal(h.state, 'submitted');
  assert.equal(h.shiftName, '白班');
  assert.equal(h.items.length, 4);
  assert.equal(h.pendingCount, 4);
  assert.deepEqual(h.policies, { acknowledge: false, accept: false });
  assert.equal(h.items[3].kind, 'extra');
  // One handover per shift.
  problem(await day.post('/api/v1/front-desk/handovers', { propertyId: fx.propertyId }), 409, 'handover_exists');

  // The writer cannot take over their own handover.
  problem(await day.post(`/api/v1/front-desk/handovers/${h.id}/items/${h.items[0].id}/acknowledge`, {}), 422, 'handover_own');
  problem(await day.post(`/api/v1/front-desk/handovers/${h.id}/accept`, {}), 422, 'handover_own');

  // The evening shift sees it as the current handover and acknowledges item by item.
  clock.set('2026-12-07T17:05:00+08:00');
  const cur = ok(await evening.get(`/api/v1/front-desk/handovers/current?${q()}`)).data;
  assert.equal(cur.id, h.id);
  assert.deepEqual(cur.policies, { acknowledge: true, accept: false });
  problem(await evening.post(`/api/v1/front-desk/handovers/${h.id}/accept`, {}), 422, 'handover_items_pending');
  for (const [n, item] of h.items.entries()) {
    const after = ok(
      await evening.post(`/api/v1/front-desk/handovers/${h.id}/items/${item.id}/acknowledge`, n === 2 ? { remark: '已电话提醒刘洋' } : {}),
    );
    assert.equal(after.pendingCount, h.items.length - n - 1);
  }
  problem(await evening.post(`/api/v1/front-desk/handovers/${h.id}/items/${h.items[0].id}/acknowledge`, {}), 409, 'handover_item_acked');
  const done = ok(await evening.post(`/api/v1/front-desk/handovers/${h.id}/accept`, { remark: '已接班' }));
  assert.equal(done.state, 'accepted');
  assert.equal(done.items[2].remark, '已电话提醒刘洋');
  assert.ok(done.items.every((i: { ackedByName: string | null }) => i.ackedByName));
  problem(await evening.post(`/api/v1/front-desk/handovers/${h.id}/accept`, {}), 409, 'handover_already_accepted');
  assert.equal(ok(await evening.get(`/api/v1/front-desk/handovers/current?${q()}`)).data, null);

  // History by state and shift; the audit trail holds every write.
  const hist = ok(await day.get(`/api/v1/front-desk/handovers?${q({ state: 'accepted', shift: 'day' })}`)).data;
  assert.deepEqual(
    hist.map((x: { id: string }) => x.id),
    [h.id],
  );
  assert.equal(ok(await day.get(`/api/v1/front-desk/handovers?${q({ shift: 'evening' })}`)).data.length, 0);
  const actions = (await rows(`select action from audit_events where entity_id = '${h.id}' order by id`)).map((r) => r.action);
  assert.deepEqual(
    [actions[0], actions.filter((a) => a === 'handover.item_acknowledged').length, actions.at(-1)],
    ['handover.submitted', 4, 'handover.accepted'],
  );

  // Others: a tenant is refused; another property's desk sees nothing (404).
  problem(await tenant.get(`/api/v1/front-desk/handovers?${q()}`), 403);
  problem(await outsider.get(`/api/v1/front-desk/handovers/${h.id}`), 404);
  problem(await outsider.post(`/api/v1/front-desk/handovers/${h.id}/accept`, {}), 404);
  problem(await outsider.get(`/api/v1/front-desk/handovers/current?${q()}`), 404);

  const x = await day.get(`/api/v1/front-desk/handovers/export?${q()}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
});

test('two people acknowledging the same item at once: one wins, the other gets 409; the supervisor is alerted once when it is not taken over in time', async () => {
  // The evening shift hands over at 07:50 the next morning; the day shift (and a colleague) take over.
  clock.set('2026-12-08T07:50:00+08:00');
  // A new day: everyone signs in again.
  [day, evening, supervisor] = [await login(t.app, users.day), await login(t.app, users.evening), await login(t.app, users.supervisor)];
  const h = ok(
    await evening.post('/api/v1/front-desk/handovers', {
      propertyId: fx.propertyId,
      notes: '夜间无异常',
      extraItems: [{ title: '大堂照明 2 号回路跳闸，已复位' }],
    }),
    201,
  );
  assert.equal(h.shift, 'evening');
  assert.equal(new Date(h.shiftEnd).toISOString(), new Date('2026-12-08T08:00:00+08:00').toISOString());
  const colleague = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  const extra = h.items.find((i: { kind: string }) => i.kind === 'extra');
  const race = await Promise.all([
    day.post(`/api/v1/front-desk/handovers/${h.id}/items/${extra.id}/acknowledge`, { remark: '已知悉' }),
    colleague.post(`/api/v1/front-desk/handovers/${h.id}/items/${extra.id}/acknowledge`, {}),
  ]);
  assert.deepEqual(race.map((r) => r.statusCode).sort(), [200, 409]);
  problem(
    race.find((r) => r.statusCode === 409)!,
    409,
    'handover_item_acked',
  );
  const row = (await rows(`select acked_by_name, remark from shift_handover_items where id = '${extra.id}'`))[0]!;
  assert.ok(row.acked_by_name);

  // Not accepted 30 minutes (the default setting) after the 08:00 shift change: the supervisor is alerted, once.
  // (Counted for this property: a shared PostgreSQL holds other runs' handovers too.)
  const db = t.app.database.db;
  const alerts = async () =>
    (
      await rows(
        `select count(*)::int as n from notifications where kind = 'frontdesk.handover.unacknowledged' and property_id = '${fx.propertyId}'`,
      )
    )[0]!.n as number;
  clock.set('2026-12-08T08:29:00+08:00');
  await alertUnacknowledged(db, clock.now());
  assert.equal(await alerts(), 0);
  clock.set('2026-12-08T08:30:00+08:00');
  assert.ok((await alertUnacknowledged(db, clock.now())) >= 1);
  await alertUnacknowledged(db, clock.now());
  clock.set('2026-12-08T09:30:00+08:00');
  await alertUnacknowledged(db, clock.now());
  assert.match(await bellOf(supervisor), /交接班未确认/);
  assert.equal(await alerts(), 1, 'once');
  assert.ok(ok(await day.get(`/api/v1/front-desk/handovers/${h.id}`)).alertedAt);
});

test('a shift that ends with no handover written alerts the supervisors once, an hour after the change', async () => {
  const db = t.app.database.db;
  const missing = async () =>
    (
      await rows(
        `select count(*)::int as n from notifications where kind = 'frontdesk.handover.missing' and property_id = '${fx.propertyId}'`,
      )
    )[0]!.n as number;
  // Nobody writes for the day shift of 10 December (08:00–17:00): still within the writing hour at 17:59.
  clock.set('2026-12-10T17:59:00+08:00');
  await alertMissing(db, clock.now());
  const atStart = await missing();
  clock.set('2026-12-10T18:00:00+08:00');
  await alertMissing(db, clock.now());
  await alertMissing(db, clock.now());
  assert.equal((await missing()) - atStart, 1, 'once');
  // (days later: fresh sessions)
  assert.match(await bellOf(await login(t.app, users.supervisor)), /未写交接班：白班/);
  // A written shift is not reported: the evening shift hands over in time the next morning.
  clock.set('2026-12-11T07:50:00+08:00');
  ok(await (await login(t.app, users.evening)).post('/api/v1/front-desk/handovers', { propertyId: fx.propertyId, notes: '夜间无事' }), 201);
  clock.set('2026-12-11T09:30:00+08:00');
  await alertMissing(db, clock.now());
  assert.equal((await missing()) - atStart, 1);
  // Another property's desk is not told about ours.
  const stranger = await signedIn(t.app, (await makeProperty(t.app, '另一项目')).propertyId, ['cs_supervisor']);
  assert.equal(JSON.stringify(ok(await stranger.get('/api/v1/notifications?limit=50'))).includes('未写交接班'), false);
});
