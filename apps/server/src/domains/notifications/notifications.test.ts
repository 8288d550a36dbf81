import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, makeUser, login, problem, ok, uniq, type TestApp, type Fixture, signedIn } from '../../test/helpers.ts';
import { jobs, notifications, outbox } from '../../db/schema/index.ts';
import { backoffMs } from '../../jobs/runner.ts';
import type { NotificationMessage } from '@hy/contracts';
import { notify, type NotifyInput } from './notifications.service.ts';
import { publish, fitPayload, type LiveMessage } from './notifications.hub.ts';
import { LogSender, type OutboundMessage } from './notifications.senders.ts';
import { openStream } from '../../test/sse.ts';
import { twoProperties } from '../../test/builders.ts';

let t: TestApp, fx: Fixture, other: Fixture;
before(async () => ({ t, fx, other } = await twoProperties()));
after(async () => t.close());

const contact = () => ({ email: `${uniq('m')}@example.test`, phone: `138${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` });

/** A message whose zh-CN title is `派工单转派 ${number}` (zh()) and body `reason`. */
const say = (number: string, reason = ''): NotificationMessage => ({ key: 'work_order.transferred', params: { number, reason } });
const zh = (number: string) => `派工单转派 ${number}`;

async function notifyCommitted(input: NotifyInput) {
  return t.database.db.transaction((tx) => notify(tx, input));
}

async function outboxOf(notificationIds: string[]) {
  if (!notificationIds.length) return [];
  return t.database.db.select().from(outbox).where(inArray(outbox.notificationId, notificationIds));
}

async function deliveryJobs(outboxIds: number[]) {
  if (!outboxIds.length) return [];
  return t.database.db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.kind, 'outbox.deliver'),
        inArray(
          jobs.uniqueKey,
          outboxIds.map((id) => `outbox:${id}`),
        ),
      ),
    );
}

test('notify() reaches explicit users and role holders of the property only, with outbox rows and delivery jobs', async () => {
  const explicit = await makeUser(t.app, [{ propertyId: other.propertyId, roles: ['tenant'] }], contact());
  const dispatcher = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }], {
    email: `${uniq('m')}@example.test`,
    phone: null,
  });
  const both = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher', 'engineer'] }], contact());
  const otherDispatcher = await makeUser(t.app, [{ propertyId: other.propertyId, roles: ['dispatcher'] }], contact());
  const disabledDispatcher = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }], {
    ...contact(),
    disabled: true,
  });
  const engineer = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['engineer'] }], contact());
  const disabledExplicit = await makeUser(t.app, [], { ...contact(), disabled: true });

  const ids = await notifyCommitted({
    propertyId: fx.propertyId,
    userIds: [explicit.id, both.id, disabledExplicit.id],
    roles: ['dispatcher'],
    kind: 'test.assigned',
    message: say('新工单待派', '3F 空调漏水'),
    link: '/work-orders/1',
    severity: 'warning',
    channels: ['email', 'sms'],
  });
  assert.equal(ids.length, 3);
  const rows = await t.database.db.select().from(notifications).where(inArray(notifications.id, ids));
  assert.deepEqual(rows.map((r) => r.userId).sort(), [explicit.id, dispatcher.id, both.id].sort());
  for (const r of rows) {
    assert.equal(r.propertyId, fx.propertyId);
    assert.equal(r.title, zh('新工单待派'));
    assert.equal(r.messageKey, 'work_order.transferred');
    assert.equal(r.severity, 'warning');
    assert.equal(r.readAt, null);
  }
  for (const u of [otherDispatcher, disabledDispatcher, engineer, disabledExplicit]) {
    const got = await t.database.db.select().from(notifications).where(eq(notifications.userId, u.id));
    assert.equal(got.length, 0, 'no notification for users outside the audience');
  }

  const out = await outboxOf(ids);
  const byUser = new Map(rows.map((r) => [r.id, r.userId]));
  const users = await t.database.db.query.users.findMany({
    where: (u, { inArray: inA }) => inA(u.id, [explicit.id, dispatcher.id, both.id]),
  });
  const expected = users
    .flatMap((u) => [...(u.email ? [['email', u.id, u.email]] : []), ...(u.phone ? [['sms', u.id, u.phone]] : [])])
    .map((x) => x.join('|'))
    .sort();
  assert.deepEqual(out.map((o) => [o.channel, byUser.get(o.notificationId!), o.recipient].join('|')).sort(), expected);
  assert.equal(out.length, 5, 'dispatcher has no phone: no sms row for them');
  assert.ok(out.every((o) => o.status === 'pending' && o.subject === zh('新工单待派') && o.body === '3F 空调漏水'));

  const queued = await deliveryJobs(out.map((o) => o.id));
  assert.equal(queued.length, out.length);
  assert.ok(queued.every((j) => j.status === 'queued' && j.maxAttempts === 6));
  assert.deepEqual(
    queued.map((j) => Number(j.payload.outboxId)).sort((a, b) => a - b),
    out.map((o) => o.id).sort((a, b) => a - b),
  );

  // Running the jobs delivers through the log sender and marks the rows sent. notify() schedules
  // at the wall-clock now, so bring the (frozen) test clock up to it first.
  t.clock.set(new Date());
  assert.ok(t.app.senders.email instanceof LogSender);
  const log = t.app.senders.email as LogSender;
  assert.equal(await t.app.jobs.runDue(50, { ids: queued.map((j) => j.id) }), out.length);
  const after = await outboxOf(ids);
  assert.ok(after.every((o) => o.status === 'sent' && o.sentAt && o.attempts === 1 && o.lastError === null));
  assert.ok((await deliveryJobs(out.map((o) => o.id))).every((j) => j.status === 'done'));
  for (const o of out) {
    assert.ok(
      log.sent.some((m) => m.channel === o.channel && m.recipient === o.recipient && m.subject === zh('新工单待派')),
      `${o.channel} to ${o.recipient} was sent`,
    );
  }
  // Running again sends nothing more.
  const sentBefore = log.sent.length;
  assert.equal(await t.app.jobs.runDue(50, { ids: queued.map((j) => j.id) }), 0);
  assert.equal(log.sent.length, sentBefore);
});

test('the webhook channel gets one message per notify, not one per recipient', async () => {
  const a = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], contact());
  const b = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], contact());
  const ids = await notifyCommitted({
    propertyId: fx.propertyId,
    userIds: [a.id, b.id],
    kind: 'test.webhook',
    message: say('停水通知'),
    channels: ['webhook', 'email'],
  });
  const out = await outboxOf(ids);
  assert.equal(out.filter((o) => o.channel === 'webhook').length, 1);
  assert.equal(out.filter((o) => o.channel === 'email').length, 2);
});

test('notify() in a transaction that rolls back leaves no notification, outbox row or job', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }], contact());
  let ids: string[] = [];
  let outIds: number[] = [];
  await assert.rejects(
    t.database.db.transaction(async (tx) => {
      ids = await notify(tx, {
        propertyId: fx.propertyId,
        userIds: [u.id],
        kind: 'test.rollback',
        message: say('回滚'),
        channels: ['email', 'sms'],
      });
      outIds = (await tx.select().from(outbox).where(inArray(outbox.notificationId, ids))).map((o) => o.id);
      assert.equal(ids.length, 1);
      assert.equal(outIds.length, 2);
      tx.rollback();
    }),
  );
  assert.equal((await t.database.db.select().from(notifications).where(eq(notifications.userId, u.id))).length, 0);
  assert.equal((await t.database.db.select().from(outbox).where(inArray(outbox.id, outIds))).length, 0);
  assert.equal((await deliveryJobs(outIds)).length, 0);
});

test('a failing sender is retried with backoff and the outbox row is finally marked failed', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }], contact());
  const original = t.app.senders.email;
  const attempts: OutboundMessage[] = [];
  t.app.senders.email = {
    send: async (m) => {
      attempts.push(m);
      throw new Error('smtp down');
    },
  };
  const savedClock = t.clock.now();
  // Far in the future: on a shared PostgreSQL database no other test's runner (whose clock is near
  // now) takes these jobs, so only this test's failing sender sees them.
  const farAhead = 200 * 365 * 24 * 3600_000;
  try {
    const ids = await t.database.db.transaction(async (tx) => {
      const ids = await notify(tx, {
        propertyId: fx.propertyId,
        userIds: [u.id],
        kind: 'test.fail',
        message: say('发送失败'),
        channels: ['email'],
      });
      const out = await tx.select().from(outbox).where(inArray(outbox.notificationId, ids));
      await tx
        .update(jobs)
        .set({ runAt: new Date(savedClock.getTime() + farAhead) })
        .where(
          inArray(
            jobs.uniqueKey,
            out.map((o) => `outbox:${o.id}`),
          ),
        );
      return ids;
    });
    t.clock.advance(farAhead);
    const [row] = await outboxOf(ids);
    assert.ok(row);
    const [job] = await deliveryJobs([row.id]);
    assert.ok(job);
    for (let attempt = 1; attempt <= 6; attempt++) {
      assert.equal(await t.app.jobs.runDue(20, { ids: [job.id] }), 1, `attempt ${attempt} runs`);
      const [o] = await outboxOf(ids);
      const [j] = await deliveryJobs([row.id]);
      assert.equal(o!.attempts, attempt);
      assert.equal(o!.lastError, 'smtp down');
      assert.equal(j!.lastError, 'smtp down');
      if (attempt < 6) {
        assert.equal(o!.status, 'pending');
        assert.equal(j!.status, 'queued');
        assert.equal(j!.runAt.getTime(), t.clock.now().getTime() + backoffMs(attempt));
        // Not before the backoff has passed.
        assert.equal(await t.app.jobs.runDue(20, { ids: [job.id] }), 0);
        t.clock.advance(backoffMs(attempt));
      } else {
        assert.equal(o!.status, 'failed');
        assert.equal(o!.sentAt, null);
        assert.equal(j!.status, 'failed');
      }
    }
    assert.equal(attempts.length, 6);
    assert.ok(attempts.every((m) => m.recipient === row.recipient && m.channel === 'email'));
    t.clock.advance(24 * 3600_000);
    assert.equal(await t.app.jobs.runDue(20, { ids: [job.id] }), 0);
  } finally {
    t.app.senders.email = original;
    t.clock.set(savedClock);
  }
});

test('GET /notifications lists only mine with the unread count; POST /notifications/read marks by ids or all', async () => {
  const me = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  const someoneElse = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  // Three in one transaction: the same created_at, which pagination must still page through exactly.
  const mine = await t.database.db.transaction(async (tx) => [
    ...(await notify(tx, { propertyId: fx.propertyId, userIds: [me.id], kind: 'test.list', message: say('一') })),
    ...(await notify(tx, { propertyId: fx.propertyId, userIds: [me.id], kind: 'test.list', message: say('二') })),
    ...(await notify(tx, { propertyId: fx.propertyId, userIds: [me.id], kind: 'test.list', message: say('三') })),
  ]);
  const [theirs] = await notifyCommitted({
    propertyId: fx.propertyId,
    userIds: [someoneElse.id],
    kind: 'test.list',
    message: say('别人的'),
  });

  const s = await login(t.app, me);
  let list = ok(await s.get('/api/v1/notifications'));
  assert.equal(list.unread, 3);
  assert.deepEqual(list.data.map((n: { id: string }) => n.id).sort(), [...mine].sort());
  assert.equal(list.nextCursor, null);
  assert.ok(list.data.every((n: { readAt: string | null; kind: string }) => n.readAt === null && n.kind === 'test.list'));

  // Keyset pages: no overlap, no gap.
  const p1 = ok(await s.get('/api/v1/notifications?limit=2'));
  assert.equal(p1.data.length, 2);
  assert.ok(p1.nextCursor);
  const p2 = ok(await s.get(`/api/v1/notifications?limit=2&cursor=${p1.nextCursor}`));
  assert.equal(p2.data.length, 1);
  assert.equal(p2.nextCursor, null);
  assert.deepEqual([...p1.data, ...p2.data].map((n: { id: string }) => n.id).sort(), [...mine].sort());

  // Someone else's notification cannot be marked by me.
  assert.equal(ok(await s.post('/api/v1/notifications/read', { ids: [theirs] })).marked, 0);
  const r1 = ok(await s.post('/api/v1/notifications/read', { ids: [mine[0]] }));
  assert.deepEqual(r1, { marked: 1, unread: 2 });
  assert.equal(ok(await s.get('/api/v1/notifications?unreadOnly=true')).data.length, 2);
  assert.equal(ok(await s.get('/api/v1/notifications?unreadOnly=false')).data.length, 3);
  assert.deepEqual(ok(await s.post('/api/v1/notifications/read', { all: true })), { marked: 2, unread: 0 });
  list = ok(await s.get('/api/v1/notifications'));
  assert.equal(list.unread, 0);
  assert.ok(list.data.every((n: { readAt: string | null }) => n.readAt !== null));
  const [still] = await t.database.db.select().from(notifications).where(eq(notifications.id, theirs!));
  assert.equal(still!.readAt, null);

  // Invalid input: 400 problem+json.
  problem(await s.post('/api/v1/notifications/read', { ids: ['not-a-uuid'] }), 400, 'validation_failed');
  problem(await s.post('/api/v1/notifications/read', {}), 400, 'validation_failed');
  problem(await s.post('/api/v1/notifications/read', { ids: [mine[0]], extra: 1 }), 400, 'validation_failed');
  problem(await s.get('/api/v1/notifications?cursor=garbage'), 400, 'validation_failed');
  problem(await s.get('/api/v1/notifications?unreadOnly=maybe'), 400, 'validation_failed');
});

test('notifications routes need a login', async () => {
  problem(await t.app.inject({ method: 'GET', url: '/api/v1/notifications' }), 401, 'unauthenticated');
  problem(await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read', payload: { all: true } }), 401);
  problem(await t.app.inject({ method: 'GET', url: '/api/v1/notifications/stream' }), 401, 'unauthenticated');
});

test('fitPayload keeps pg_notify payloads under 8000 bytes, also for Chinese text and many recipients', () => {
  const bytes = (m: LiveMessage) => Buffer.byteLength(JSON.stringify(m), 'utf8');
  const small: LiveMessage = { type: 'notification', topic: 'x', userIds: ['a'], data: { title: '短' } };
  assert.deepEqual(fitPayload(small), [small]);
  const chinese: LiveMessage = { type: 'notification', topic: 'x', userIds: ['a'], data: { body: '汉'.repeat(3000) } }; // 3000 chars, 9000 bytes
  const [c] = fitPayload(chinese);
  assert.ok(bytes(c!) < 8000);
  assert.deepEqual(c!.data, { truncated: true });
  const many: LiveMessage = { type: 'notification', topic: 'x', userIds: Array.from({ length: 500 }, () => crypto.randomUUID()), data: {} };
  const parts = fitPayload(many);
  assert.ok(parts.length > 1);
  assert.ok(parts.every((p) => bytes(p) < 8000));
  assert.deepEqual(
    parts.flatMap((p) => (p.type === 'notification' ? p.userIds : [])),
    many.userIds,
  );
});

test('a notify() with a long Chinese body commits (pg_notify payload limit)', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  const ids = await notifyCommitted({
    propertyId: fx.propertyId,
    userIds: [u.id],
    kind: 'test.long',
    message: say('长通知', '会议室预订说明'.repeat(500)),
  });
  assert.equal(ids.length, 1);
});

test('SSE: a committed notify() and a property event arrive on the stream through LISTEN/NOTIFY', async () => {
  const { app } = await createTestApp({ database: t.database, clock: t.clock }).then((x) => ({ app: x.app }));
  const streams: { abort(): void }[] = [];
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    assert.ok(addr && typeof addr === 'object');
    const base = `http://127.0.0.1:${addr.port}`;
    const member = await makeUser(app, [{ propertyId: fx.propertyId, roles: ['dispatcher'] }]);
    const outsider = await makeUser(app, [{ propertyId: other.propertyId, roles: ['dispatcher'] }]);
    const m = await openStream(app, base, member);
    const o = await openStream(app, base, outsider);
    streams.push(m, o);
    // The transport only: a reader that lets every member of the property read the (made-up) record.
    app.hub.registerReader('incident', async () => () => true);
    const entity = { type: 'incident' as const, id: crypto.randomUUID() };

    const title = uniq('通知');
    // Rolled back: must never reach the stream.
    await assert.rejects(
      t.database.db.transaction(async (tx) => {
        await notify(tx, { propertyId: fx.propertyId, userIds: [member.id], kind: 'test.sse', message: say(`${title}-rolled-back`) });
        tx.rollback();
      }),
    );
    await notifyCommitted({
      propertyId: fx.propertyId,
      userIds: [member.id],
      kind: 'test.sse',
      message: say(title),
      link: '/x',
      severity: 'critical',
    });
    const got = await m.reader.next((e) => e.event === 'notification' && e.data.title === zh(title));
    assert.equal(got.data.topic, 'test.sse');
    assert.equal(got.data.severity, 'critical');
    assert.equal(got.data.link, '/x');

    const marker = uniq('evt');
    await t.database.db.transaction(async (tx) => {
      await publish(tx, { type: 'event', topic: 'test.board', propertyId: fx.propertyId, entity, data: { marker } });
    });
    const ev = await m.reader.next((e) => e.event === 'event' && e.data.marker === marker);
    assert.equal(ev.data.propertyId, fx.propertyId);
    assert.equal(ev.data.topic, 'test.board');

    // The outsider gets its own property's event, published after the first one: NOTIFY keeps
    // commit order, so by then the first event has been dispatched and must not have reached it.
    const otherMarker = uniq('evt');
    await t.database.db.transaction((tx) =>
      publish(tx, { type: 'event', topic: 'test.board', propertyId: other.propertyId, entity, data: { marker: otherMarker } }),
    );
    await o.reader.next((e) => e.event === 'event' && e.data.marker === otherMarker);
    assert.ok(
      !o.reader.events.some((e) => e.data?.marker === marker || e.data?.title === zh(title)),
      'outsider saw nothing of the other property',
    );
    assert.ok(!m.reader.events.some((e) => e.data?.marker === otherMarker), 'member saw nothing of the other property');
    assert.ok(!m.reader.events.some((e) => e.data?.title === zh(`${title}-rolled-back`)), 'rolled-back notification was never sent');
    assert.equal(app.hub.size, 2);

    // Closing the app ends open streams instead of waiting for the clients to go away.
    const closed = await Promise.race([app.close().then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    assert.equal(closed, true, 'app.close() finished with open SSE streams');
  } finally {
    streams.forEach((s) => s.abort());
    await app.close();
  }
});

test('an en-US reader gets the notification in English (times in the property zone), a zh-CN reader in Chinese; e-mail and SMS in the recipient’s language', async () => {
  const en = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], { ...contact(), locale: 'en-US' });
  const zhUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], contact());
  const number = uniq('B');
  const ids = await notifyCommitted({
    propertyId: fx.propertyId,
    userIds: [en.id, zhUser.id],
    kind: 'booking.approved',
    channels: ['email', 'sms'],
    message: {
      key: 'booking.event',
      params: {
        event: 'approved',
        number,
        venue: 'Hall A',
        startAt: '2026-06-04T06:00:00.000Z',
        endAt: '2026-06-04T08:00:00.000Z',
        topic: null,
        reason: null,
      },
    },
  });
  // Stored: the key, its params, and the zh-CN text as the fallback.
  const rows = await t.database.db.select().from(notifications).where(inArray(notifications.id, ids));
  assert.ok(rows.every((r) => r.messageKey === 'booking.event' && r.title === `会议室申请已批准 ${number}`));

  const s = await login(t.app, en);
  const page = ok(await s.get('/api/v1/notifications', { 'accept-language': 'en-US' }));
  const mine = page.data.find((n: { title: string }) => n.title.includes(number));
  assert.equal(mine.title, `Room request approved: ${number}`);
  assert.equal(mine.body, `${number} Hall A 2026-06-04 14:00–16:00`, 'in the property zone (Asia/Shanghai), not ISO');
  assert.equal(mine.messageKey, 'booking.event');
  assert.equal(mine.params.number, number);

  // Outbound messages are written in each recipient's language.
  const out = await outboxOf(ids);
  const enRow = rows.find((r) => r.userId === en.id)!;
  const zhRow = rows.find((r) => r.userId === zhUser.id)!;
  const enMail = out.filter((o) => o.notificationId === enRow.id);
  const zhMail = out.filter((o) => o.notificationId === zhRow.id);
  assert.deepEqual(enMail.map((o) => o.channel).sort(), ['email', 'sms']);
  assert.ok(enMail.every((o) => o.subject === `Room request approved: ${number}` && o.body.includes('Hall A 2026-06-04 14:00')));
  assert.ok(zhMail.every((o) => o.subject === `会议室申请已批准 ${number}`));
});

test('a user sets the language of their messages (audited); rows from before message keys read their stored text', async () => {
  const u = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], contact());
  const s = await login(t.app, u);
  problem(await s.put('/api/v1/auth/locale', { locale: 'fr-FR' }), 400);
  assert.equal((await s.put('/api/v1/auth/locale', { locale: 'en-US' })).statusCode, 204);
  assert.equal(ok(await s.get('/api/v1/auth/me')).locale, 'en-US');
  // The audit log names the user (not their id) in the page's `names`.
  const admin = await signedIn(t.app, fx.propertyId, ['admin']);
  const log = ok(await admin.get(`/api/v1/audit-events?entityType=user&entityId=${u.id}`));
  const changed = log.data.find((e: { action: string }) => e.action === 'user.locale_changed');
  assert.deepEqual(changed.changes, { locale: ['zh-CN', 'en-US'] });
  assert.match(log.names[u.id], /^测试用户/);
  const [old] = await t.database.db
    .insert(notifications)
    .values({ propertyId: fx.propertyId, userId: u.id, kind: 'legacy', title: '旧的通知', body: '正文' })
    .returning();
  const page = ok(await s.get('/api/v1/notifications', { 'accept-language': 'en-US' }));
  const got = page.data.find((n: { id: string }) => n.id === old!.id);
  assert.equal(got.title, '旧的通知');
  assert.equal(got.messageKey, null);
});
