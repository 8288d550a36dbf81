/**
 * GET /cockpit per role family: what each family sees, outside users only their own records, another
 * property's records absent, and every tile's count equal to the list it links to.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { login, makeProperty, problem, ok, TestClock, type Fixture, type Session } from '../../../test/helpers.ts';
import { at, juneAt, meetingsWorldWithNotices, propertyFor, roster, type MeetingsWorldWithNotices } from '../../../test/builders.ts';
import type { Cockpit, CockpitTile } from '@hy/contracts';

type Who = 'desk' | 'tenant' | 'tenant2' | 'sup' | 'pm' | 'eng' | 'stranger';
/** One property with unit 0301 (and its tenant), a second property with its own dispatcher; a user per role family. */
async function world() {
  const team = roster<Who>();
  const { t, fx } = await propertyFor(team, new TestClock(at('2026-10-09T09:00')));
  const other: Fixture = await makeProperty(t.app, '另一项目');
  await team.members({
    desk: ['front_desk', 'dispatcher'],
    tenant: { roles: ['tenant'], unitId: fx.unitId, organizationId: fx.organizationId },
    tenant2: ['tenant'],
    sup: ['cs_supervisor'],
    pm: ['project_manager'],
    eng: ['engineer'],
    stranger: { roles: ['dispatcher'], on: [other.propertyId] },
  });
  const { s, users } = team;
  const propertyId = fx.propertyId;
  const complaint = (over: Record<string, unknown> = {}) => ({
    propertyId,
    kind: 'complaint',
    channel: 'hotline',
    contactName: '李先生',
    content: '走廊照明不足',
    ...over,
  });
  const openCase = async (body: Record<string, unknown>) => ok(await s.desk.post('/api/v1/cases', body), 201);
  const repair = (subcategory: string) =>
    openCase({ propertyId, kind: 'repair', channel: 'phone', content: `${subcategory} 报修`, category: 'equipment', subcategory });
  return { t, fx, other, s, ids: team.ids, users, openCase, complaint, corridorComplaint: complaint, repair };
}

let w: Awaited<ReturnType<typeof world>>;

before(async () => {
  w = await world();
});
after(async () => w.t.close());

/** The test clock jumps days ahead: sessions expire (12 h), so everyone signs in again. */
async function jump(to: Date, who: (keyof typeof w.users)[]) {
  w.t.clock.set(to);
  for (const k of who) w.s[k] = await login(w.t.app, w.users[k]);
}
const cockpitOf = async (s: Session, propertyId: string): Promise<Cockpit> => ok(await s.get(`/api/v1/cockpit?propertyId=${propertyId}`));
const tileOf = (c: Cockpit, id: string) => {
  const x = c.tiles.find((t) => t.id === id);
  assert.ok(x, `tile ${id} in ${c.tiles.map((t) => t.id).join(',')}`);
  return x;
};
/** The list a tile links to, counted through the API the page calls. */
async function listed(s: Session, propertyId: string, x: CockpitTile) {
  if (x.path === '/cases') {
    const page = ok(await s.get(`/api/v1/cases?${new URLSearchParams({ propertyId, ...x.query, limit: '200' })}`));
    return page.data.length as number;
  }
  throw new Error(`no list for ${x.path}`);
}

test('cockpit: the service desk sees cases by SLA state, each count what /cases?sla= lists; another property absent', async () => {
  const { t, fx, s, openCase, complaint, corridorComplaint } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const a = await openCase(complaint({ contactName: '王女士', content: '会议室空调噪音大' }));
  await openCase(corridorComplaint());
  const paused = await openCase(corridorComplaint({ content: '等待业主确认' }));
  ok(await s.desk.post(`/api/v1/cases/${paused.id}/pause`, { reason: '等待业主回复' }));
  // the other property's case must not be counted here
  const { other } = w;
  ok(await s.stranger.post('/api/v1/cases', { propertyId: other.propertyId, kind: 'repair', content: '另一项目报修' }), 201);
  await jump(at('2026-10-20T09:00'), ['desk', 'stranger']); // deadlines passed for the open ones
  const c = await cockpitOf(s.desk, fx.propertyId);
  assert.deepEqual(c.families, ['desk']);
  assert.ok(c.sla);
  assert.equal(c.sla.paused, 1);
  assert.equal(c.sla.breached, 2);
  for (const state of ['on_time', 'warning', 'breached', 'paused']) {
    const x = tileOf(c, `cases_${state}`);
    assert.deepEqual(x.query, { sla: state });
    assert.equal(x.count, await listed(s.desk, fx.propertyId, x), state);
  }
  assert.equal(tileOf(c, 'cases_breached').tone, 'danger');
  assert.ok(c.tiles.some((x) => x.id === 'approvals_waiting'));
  // a fresh case is on time; near its deadline it warns
  const fresh = await openCase(corridorComplaint({ content: '新投诉' }));
  ok(await s.desk.post(`/api/v1/cases/${fresh.id}/follow-ups`, { note: '已联系' })); // responded: only the resolve window counts
  assert.equal(tileOf(await cockpitOf(s.desk, fx.propertyId), 'cases_on_time').count, 1);
  const due = new Date(fresh.resolveDueAt).getTime();
  await jump(new Date(due - 60_000), ['desk', 'stranger']);
  const near = await cockpitOf(s.desk, fx.propertyId);
  assert.equal(tileOf(near, 'cases_warning').count, 1);
  assert.equal(tileOf(near, 'cases_warning').count, await listed(s.desk, fx.propertyId, tileOf(near, 'cases_warning')));
  // a member of the other property only: 404 here; there, only that property's case
  problem(await s.stranger.get(`/api/v1/cockpit?propertyId=${fx.propertyId}`), 404);
  const there = await cockpitOf(s.stranger, other.propertyId);
  assert.equal(
    Object.values(there.sla!).reduce((x, y) => x + y, 0),
    1,
  );
  problem(await s.desk.get('/api/v1/cockpit?propertyId=nope'), 400, 'validation_failed');
  assert.ok(a.id);
});

test('cockpit: a tenant sees only their own cases; the managers their figures, trend, emergencies and signatures', async () => {
  const { fx, s, openCase, corridorComplaint } = w;
  await jump(at('2026-10-21T10:00'), ['tenant', 'tenant2', 'sup', 'pm', 'desk']);
  ok(await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '水龙头漏水', location: '0301' }), 201);
  const mine = await cockpitOf(s.tenant, fx.propertyId);
  assert.deepEqual(mine.families, ['outside']);
  assert.equal(tileOf(mine, 'my_cases_open').count, 1);
  assert.equal(tileOf(mine, 'my_cases_open').path, '/portal');
  assert.deepEqual(tileOf(mine, 'my_cases_open').query, { cases: 'open' });
  // The portal filters its list by the SLA state each case carries: the same number as the tile.
  const own = ok(await s.tenant.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data as { slaState: string | null }[];
  assert.equal(own.filter((c) => c.slaState !== null).length, 1);
  assert.equal(mine.sla, null, 'no property-wide SLA counts for a tenant');
  assert.equal(mine.figures, null);
  assert.equal(tileOf(await cockpitOf(s.tenant2, fx.propertyId), 'my_cases_open').count, 0, "another tenant's case is not mine");

  await openCase(corridorComplaint({ content: '电梯困人', emergency: true, severity: 'major' }));
  for (const who of [s.sup, s.pm]) {
    const c = await cockpitOf(who, fx.propertyId);
    assert.deepEqual(c.families, ['manager']);
    assert.equal(c.month, '2026-10');
    assert.equal(c.trend?.length, 6);
    assert.deepEqual(
      c.trend?.map((m) => m.month),
      ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'],
    );
    const rate = c.figures?.find((f) => f.id === 'complaintRate');
    assert.equal(rate?.target, 5);
    assert.equal(rate?.better, 'lower');
    assert.equal(c.emergencies?.length, 1);
    assert.equal(tileOf(c, 'emergencies_pinned').count, 1);
    assert.equal(tileOf(c, 'cases_breached').count, await listed(who, fx.propertyId, tileOf(c, 'cases_breached')));
  }
  assert.ok((await cockpitOf(s.sup, fx.propertyId)).tiles.some((x) => x.id === 'sign_daily'));
  assert.ok(!(await cockpitOf(s.sup, fx.propertyId)).tiles.some((x) => x.id === 'sign_monthly'));
  assert.ok((await cockpitOf(s.pm, fx.propertyId)).tiles.some((x) => x.id === 'sign_monthly'));
});

test("cockpit: the engineer's work orders by status; to do as 我的派工单 counts it", async () => {
  const { fx, s, ids, repair } = w;
  await jump(at('2026-10-22T10:00'), ['eng', 'desk']);
  const c1 = await repair('lighting');
  ok(await s.desk.post(`/api/v1/cases/${c1.id}/work-orders`, { content: '更换灯管', assigneeId: ids.eng }), 201);
  const c2 = await repair('door_lock');
  ok(await s.desk.post(`/api/v1/cases/${c2.id}/work-orders`, { content: '修门' }), 201);
  const c = await cockpitOf(s.eng, fx.propertyId);
  assert.deepEqual(c.families, ['engineer']);
  const mine = ok(await s.eng.get(`/api/v1/work-orders?propertyId=${fx.propertyId}&assignee=me`)).data as { status: string }[];
  const issued = ok(await s.eng.get(`/api/v1/work-orders?propertyId=${fx.propertyId}&status=issued`)).data as {
    assigneeId: string | null;
  }[];
  const todo = mine.filter((x) => ['issued', 'accepted', 'on_site'].includes(x.status)).length + issued.filter((x) => !x.assigneeId).length;
  assert.equal(tileOf(c, 'work_orders_todo').count, todo);
  assert.ok(todo >= 2);
  assert.equal(c.workOrders?.issued, mine.filter((x) => x.status === 'issued').length);
});

test('cockpit: departments see their tasks now / next / overdue; the desk the meetings with readiness; organizers their own', async () => {
  const m: MeetingsWorldWithNotices = await meetingsWorldWithNotices(new TestClock(new Date(juneAt('01', '09:00'))));
  try {
    const { t, fx, s } = m;
    t.clock.set(new Date(juneAt('04', '09:00')));
    await m.relogin();
    const board = async (who: Session, department: string) =>
      (
        ok(
          await who.get(
            `/api/v1/tasks?${new URLSearchParams({ propertyId: fx.propertyId, department, from: juneAt('04', '00:00'), to: juneAt('05', '00:00') })}`,
          ),
        ).data as { status: string; department: string }[]
      ).filter((x) => x.status === 'open' && x.department === department).length;
    for (const [who, department] of [
      [s.staff, 'meeting_staff'],
      [s.cleaner, 'cleaning'],
      [s.security, 'security'],
    ] as const) {
      const c = await cockpitOf(who, fx.propertyId);
      assert.deepEqual(c.families, ['department']);
      const sum = ['tasks_overdue', 'tasks_now', 'tasks_next'].reduce((a, id) => a + tileOf(c, id).count, 0);
      assert.equal(sum, await board(who, department), department);
      if (department === 'meeting_staff') assert.ok(sum > 0, 'meeting staff have tasks on the meeting day');
      assert.deepEqual(tileOf(c, 'tasks_now').query, { range: 'today', state: 'now' });
    }
    const desk = await cockpitOf(s.dispatcher, fx.propertyId);
    const listedNotices = ok(
      await s.dispatcher.get(
        `/api/v1/service-notices?${new URLSearchParams({ propertyId: fx.propertyId, from: juneAt('04', '00:00'), to: juneAt('06', '00:00') })}`,
      ),
    ).data.length;
    assert.equal(tileOf(desk, 'meetings').count, listedNotices);
    assert.equal(desk.meetings?.length, 1, "the big meeting on Thursday; the confidential one was Wednesday's");
    assert.ok(desk.meetings![0]!.departments.length > 0);
    assert.equal(desk.meetings![0]!.checks.length, 3);
    // the organizer's own requests only
    const org = await cockpitOf(s.organizer, fx.propertyId);
    assert.deepEqual(org.families, ['outside']);
    assert.equal(tileOf(org, 'my_requests_waiting').count, 0);
    assert.ok(tileOf(org, 'my_bookings_confirmed').count >= 1);
    assert.equal(tileOf(await cockpitOf(s.otherOrganizer, fx.propertyId), 'my_bookings_confirmed').count, 0);
  } finally {
    await m.t.close();
  }
});
