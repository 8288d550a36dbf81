import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
let clerk: Session, tenant: Session, outsider: Session;
let office: { id: string };

before(async () => {
  // Tuesday 10 March 2026, 10:00 in Beijing.
  t = await createTestApp({ clock: new TestClock(new Date('2026-03-10T02:00:00Z')) });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  clerk = await signedIn(t.app, fx.propertyId, ['mail_clerk']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  outsider = await signedIn(t.app, other.propertyId, ['mail_clerk']);
  const manager = await signedIn(t.app, fx.propertyId, ['cs_supervisor']);
  office = ok(await manager.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'department', nameZh: '办公室' }), 201);
});
after(() => t.close());

const q = (p: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const sub = (s: Session, body: Record<string, unknown>) =>
  s.post('/api/v1/front-desk/mail/subscriptions', { propertyId: fx.propertyId, perDay: 2, ...body });
const check = (s: Session, body: Record<string, unknown>) =>
  s.post('/api/v1/front-desk/mail/newspaper-checks', { propertyId: fx.propertyId, ...body });

test('subscriptions: recipient from the directory, publisher, carrier, frequency; edited, stopped, taken up again', async () => {
  const daily = ok(
    await sub(clerk, { title: '人民日报', publisher: '人民日报社', carrier: '中国邮政', recipientEntryId: office.id, perDay: 5 }),
    201,
  );
  assert.deepEqual(
    [daily.recipientName, daily.recipientEntryId, daily.frequency, daily.issueDay, daily.due, daily.active],
    ['办公室', office.id, 'daily', null, true, true],
  );
  const weekly = ok(await sub(clerk, { title: '瞭望', recipientName: '党群部', frequency: 'weekly', issueDay: 1 }), 201);
  assert.equal(weekly.due, false, 'a Monday title is not due on a Tuesday');
  const list = ok(await clerk.get(`/api/v1/front-desk/mail/subscriptions?${q({ day: '2026-03-09' })}`)).data;
  assert.equal(list.find((s: { id: string }) => s.id === weekly.id).due, true, 'due on Monday');

  problem(await sub(clerk, { title: '求是', recipientName: 'x', frequency: 'weekly' }), 422, 'mail_issue_day_invalid');
  problem(await sub(clerk, { title: '求是', recipientName: 'x', frequency: 'weekly', issueDay: 9 }), 422, 'mail_issue_day_invalid');
  problem(await sub(clerk, { title: '求是', perDay: 1 }), 400, 'validation_failed');
  problem(await sub(clerk, { title: '求是', recipientName: 'x', extra: 1 }), 400);
  problem(await sub(tenant, { title: '求是', recipientName: 'x' }), 403);
  problem(await outsider.patch(`/api/v1/front-desk/mail/subscriptions/${daily.id}`, { perDay: 1 }), 404);

  const edited = ok(
    await clerk.patch(`/api/v1/front-desk/mail/subscriptions/${weekly.id}`, { frequency: 'monthly', issueDay: 31, perDay: 3 }),
  );
  assert.deepEqual([edited.frequency, edited.issueDay, edited.perDay, edited.recipientName], ['monthly', 31, 3, '党群部']);
  problem(await clerk.patch(`/api/v1/front-desk/mail/subscriptions/${weekly.id}`, { frequency: 'daily', issueDay: 3 }), 422);

  const stopped = ok(await clerk.patch(`/api/v1/front-desk/mail/subscriptions/${weekly.id}`, { active: false }));
  assert.equal(stopped.active, false);
  assert.ok(stopped.stoppedAt);
  assert.equal(stopped.policies.stop, false);
  const active = ok(await clerk.get(`/api/v1/front-desk/mail/subscriptions?${q({})}`)).data.map((s: { id: string }) => s.id);
  assert.ok(!active.includes(weekly.id), 'stopped titles leave the daily list');
  const all = ok(await clerk.get(`/api/v1/front-desk/mail/subscriptions?${q({ all: 'true' })}`)).data.map((s: { id: string }) => s.id);
  assert.ok(all.includes(weekly.id));
  problem(await check(clerk, { subscriptionId: weekly.id, day: '2026-03-10', received: 3 }), 409, 'mail_subscription_stopped');
  ok(await clerk.patch(`/api/v1/front-desk/mail/subscriptions/${weekly.id}`, { active: true }));
  ok(await check(clerk, { subscriptionId: weekly.id, day: '2026-03-10', received: 3 }));

  const r = await t.app.database.db.execute(
    `select action from audit_events where entity_id = '${weekly.id}' and action like 'mail_subscription.%' order by id`,
  );
  assert.deepEqual(
    (r as unknown as { rows: { action: string }[] }).rows.map((x) => x.action),
    ['mail_subscription.created', 'mail_subscription.updated', 'mail_subscription.stopped', 'mail_subscription.resumed'],
  );
});

test('daily checks: the count against the copies expected, held against the carrier; a month’s view per carrier', async () => {
  const a = ok(await sub(clerk, { title: '经济日报', carrier: '中国邮政', recipientName: '财务部', perDay: 4 }), 201);
  const b = ok(await sub(clerk, { title: '参考消息', carrier: '报刊发行站', recipientName: '办公室', perDay: 2 }), 201);
  const short = ok(await check(clerk, { subscriptionId: a.id, day: '2026-03-02', received: 3 }));
  assert.deepEqual([short.expected, short.received, short.discrepancy, short.carrier], [4, 3, -1, '中国邮政']);
  // A second count of the same day replaces the first.
  ok(await check(clerk, { subscriptionId: a.id, day: '2026-03-03', received: 4 }));
  const again = ok(await check(clerk, { subscriptionId: a.id, day: '2026-03-03', received: 1, note: '补送未到' }));
  assert.equal(again.discrepancy, -3);
  ok(await check(clerk, { subscriptionId: b.id, day: '2026-03-03', received: 3, carrier: '临时投递员' }));
  ok(await check(clerk, { subscriptionId: b.id, day: '2026-02-27', received: 0 }));
  problem(await check(clerk, { subscriptionId: a.id, day: '2026-03-11', received: 4 }), 400, 'validation_failed');
  problem(await check(outsider, { subscriptionId: a.id, day: '2026-03-10', received: 4 }), 404);

  const m = ok(await clerk.get(`/api/v1/front-desk/mail/newspaper-checks/month?${q({ month: '2026-03' })}`));
  const mine = m.list.filter((c: { subscriptionId: string }) => [a.id, b.id].includes(c.subscriptionId));
  assert.deepEqual(
    mine.map((c: { day: string; discrepancy: number }) => [c.day, c.discrepancy]),
    [
      ['2026-03-03', 1],
      ['2026-03-03', -3],
      ['2026-03-02', -1],
    ],
  );
  const post = m.byCarrier.find((c: { carrier: string }) => c.carrier === '中国邮政');
  assert.deepEqual([post.checks, post.discrepancies, post.short, post.extra], [2, 2, 4, 0]);
  assert.ok(!m.list.some((c: { day: string }) => c.day < '2026-03-01'), 'February stays out of March');
  problem(await clerk.get(`/api/v1/front-desk/mail/newspaper-checks/month?${q({ month: '2026-3' })}`), 400);
  problem(await tenant.get(`/api/v1/front-desk/mail/newspaper-checks/month?${q({ month: '2026-03' })}`), 403);
});
