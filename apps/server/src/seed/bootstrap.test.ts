import { test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq, gte, inArray, lt, ne } from 'drizzle-orm';
import dayjs from '../lib/dayjs-fast-tz.ts';
import { ROLES } from '@hy/contracts';
import { openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ensureInitialData } from './bootstrap.ts';
import { DEMO_VENUES } from './demo-data.ts';
import {
  users,
  venues,
  venueLinks,
  units,
  properties,
  bookings,
  cases,
  notifications,
  auditEvents,
  taskAssignments,
  workOrders,
  serviceNotices,
  meetingTasks,
} from '../db/schema/index.ts';
import { login, ok } from '../test/helpers.ts';

// Always a fresh embedded database: the demo loads only into an empty one.
async function freshApp(env: Record<string, string>) {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  const config = { ...loadConfig(env), webDist: null, jobs: false };
  const app = await buildApp({ database, config });
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

test('an empty database gets the demo property, every seed-004 venue with links, and one user per role', async () => {
  const { app, close } = await freshApp({ NODE_ENV: 'development' });
  try {
    await ensureInitialData(app);
    const db = app.database.db;
    const [prop] = await db.select().from(properties).where(eq(properties.code, 'XZZX'));
    assert.equal(prop!.name, '行政办事中心');
    const vs = await db.select().from(venues).where(eq(venues.propertyId, prop!.id));
    assert.equal(vs.length, DEMO_VENUES.length);
    const names = vs.map((v) => v.name);
    for (const n of [
      '主楼203人会议厅',
      '电视电话会议室',
      '主楼一楼多功能厅',
      '北楼500人会议厅',
      '会议大厦主会场',
      '会议大厦二楼报告厅',
      '主席团会议厅',
      '新闻发布厅',
      '主席团秘书室',
      '第一分组讨论厅',
      '第一贵宾室',
    ]) {
      assert.ok(names.includes(n), n);
    }
    const main = vs.find((v) => v.code === 'HY-0101')!;
    assert.equal(main.venueClass, 'C');
    assert.equal(main.seats, 1200);
    assert.equal(main.minAttendees, 450);
    const links = await db.select().from(venueLinks).where(eq(venueLinks.venueId, main.id));
    assert.equal(links.length, 2);
    assert.equal(vs.find((v) => v.code === 'HY-0203')!.restricted, true);
    const us = await db.select().from(units).where(eq(units.propertyId, prop!.id));
    assert.ok(us.length >= 20 && us.every((u) => u.households >= 1));
    for (const role of ROLES) {
      const s = await login(app, { username: role, password: 'Demo@2026' });
      const me = ok(await s.get('/api/v1/auth/me'));
      assert.ok(
        me.properties.some((p: { id: string; roles: string[] }) => p.id === prop!.id && p.roles.includes(role)),
        role,
      );
    }
    // The demo's history happened: nothing was requested, reported, notified or audited after now.
    const now = app.clock.now().getTime();
    const future = (rows: { at: Date | null }[]) => rows.filter((r) => r.at && r.at.getTime() > now + 60_000).length;
    assert.equal(future(await db.select({ at: bookings.createdAt }).from(bookings)), 0, 'bookings created in the future');
    assert.equal(future(await db.select({ at: bookings.requestedAt }).from(bookings)), 0, 'bookings requested in the future');
    assert.equal(future(await db.select({ at: cases.createdAt }).from(cases)), 0, 'cases created in the future');
    assert.equal(future(await db.select({ at: notifications.createdAt }).from(notifications)), 0, 'notifications from the future');
    assert.equal(future(await db.select({ at: auditEvents.at }).from(auditEvents)), 0, 'audit events from the future');
    assert.equal(future(await db.select({ at: taskAssignments.assignedAt }).from(taskAssignments)), 0, 'tasks assigned in the future');
    assert.equal(future(await db.select({ at: workOrders.createdAt }).from(workOrders)), 0, 'work orders issued in the future');
    assert.equal(future(await db.select({ at: serviceNotices.issuedAt }).from(serviceNotices)), 0, 'notices issued in the future');
    // Open cases in every state a desk sees, an overdue one among them, and closed ones.
    const open = await db
      .select()
      .from(cases)
      .where(and(eq(cases.propertyId, prop!.id), ne(cases.status, 'closed')));
    for (const s of ['open', 'dispatched', 'in_progress', 'waiting_customer', 'reopened'])
      assert.ok(
        open.some((c) => c.status === s),
        `an open case in ${s}`,
      );
    assert.ok(
      open.some((c) => !['resolved', 'waiting_customer'].includes(c.status) && c.resolveDueAt.getTime() < now),
      'an overdue case',
    );
    assert.ok((await db.select().from(cases).where(eq(cases.status, 'closed'))).length >= 10, 'closed cases');
    // Every department's demo person has tasks today (assigned by name); the engineer has work orders in hand.
    const dayStart = dayjs(now).tz('Asia/Shanghai').startOf('day');
    const today = await db
      .select({ department: meetingTasks.department, userId: taskAssignments.userId })
      .from(meetingTasks)
      .innerJoin(taskAssignments, eq(taskAssignments.taskId, meetingTasks.id))
      .where(and(gte(meetingTasks.dueAt, dayStart.toDate()), lt(meetingTasks.dueAt, dayStart.add(1, 'day').toDate())));
    const idOf = async (role: string) => (await db.select().from(users).where(eq(users.username, role)))[0]!.id;
    for (const [department, role] of [
      ['meeting_staff', 'meeting_staff'],
      ['engineering_av', 'av_tech'],
      ['security', 'security'],
      ['cleaning', 'cleaner'],
    ] as const) {
      const uid = await idOf(role);
      assert.ok(
        today.some((t) => t.department === department && t.userId === uid),
        `${role} has tasks today`,
      );
    }
    const engineer = await idOf('engineer');
    const inHand = await db
      .select()
      .from(workOrders)
      .where(and(eq(workOrders.assigneeId, engineer), inArray(workOrders.status, ['issued', 'accepted', 'on_site'])));
    assert.ok(inHand.length >= 1, 'engineer has work orders in hand');
    // Loading twice does nothing: the database is no longer empty.
    await ensureInitialData(app);
    assert.equal((await db.select().from(users)).length, ROLES.length);
  } finally {
    await close();
  }
});

test('production never loads demo data and refuses a default first-admin password', async () => {
  const { app, close } = await freshApp({ NODE_ENV: 'production' });
  try {
    await ensureInitialData(app);
    assert.equal((await app.database.db.select().from(users)).length, 0);
    process.env.HY_ADMIN_PASSWORD = 'Demo@2026';
    await assert.rejects(ensureInitialData(app), /HY_ADMIN_PASSWORD refused/);
    process.env.HY_ADMIN_PASSWORD = 'Str0ng#Admin-Pass';
    await ensureInitialData(app);
    const all = await app.database.db.select().from(users);
    assert.deepEqual(
      all.map((u) => u.username),
      ['admin'],
    );
  } finally {
    delete process.env.HY_ADMIN_PASSWORD;
    await close();
  }
});
