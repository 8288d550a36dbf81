import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { organizations, units } from '../../../db/schema/index.ts';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  ok,
  problem,
  TestClock,
  signedIn,
  type TestApp,
  type Fixture,
  type Session,
} from '../../../test/helpers.ts';
import { remindVisits } from './visits.jobs.ts';

let t: TestApp;
let fx: Fixture;
let rep: Session, supervisor: Session, tenant: Session, outsider: Session, desk: Session, handler: Session;
let repId: string, supervisorId: string, deskId: string;
let repUser: Awaited<ReturnType<typeof makeUser>>, supUser: Awaited<ReturnType<typeof makeUser>>;
/** Moves the clock and signs the two visitors in again (sessions time out when idle). */
const at = async (iso: string) => {
  clock.set(iso);
  rep = await login(t.app, repUser);
  supervisor = await login(t.app, supUser);
};
let org2: string, unit2: string;
const clock = new TestClock(new Date('2026-12-07T09:00:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  const db = t.app.database.db;
  const [o] = await db.insert(organizations).values({ propertyId: fx.propertyId, name: '华信科技有限公司', kind: 'company' }).returning();
  const [u] = await db
    .insert(units)
    .values({ propertyId: fx.propertyId, buildingId: fx.buildingId, floorId: fx.floorId, code: '0502', organizationId: o!.id })
    .returning();
  org2 = o!.id;
  unit2 = u!.id;
  const r = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant_rep'] }], { displayName: '宋文博' });
  const s = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_supervisor'] }], { displayName: '马红梅' });
  const d = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['front_desk'] }]);
  repUser = r;
  supUser = s;
  repId = r.id;
  supervisorId = s.id;
  deskId = d.id;
  rep = await login(t.app, r);
  supervisor = await login(t.app, s);
  desk = await login(t.app, d);
  handler = await signedIn(t.app, fx.propertyId, ['dispatcher']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { organizationId: fx.organizationId, unitId: fx.unitId });
  outsider = await signedIn(t.app, other.propertyId, ['tenant_rep']);
});
after(() => t.close());

const q = (p: Record<string, string> = {}) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();
const plan = (s: Session, b: Record<string, unknown> = {}) =>
  s.post('/api/v1/tenant-visits', {
    propertyId: fx.propertyId,
    organizationId: org2,
    plannedAt: '2026-12-09T10:00:00+08:00',
    contactName: '赵经理',
    contactPhone: '13800138000',
    topics: ['近期物业服务意见', '年底安全检查安排'],
    ...b,
  });

test('the tenant rep plans a visit, it is reminded the day before, recorded with two issues; one issue becomes a case linked both ways', async () => {
  await at('2026-12-07T09:00:00+08:00');
  const v = ok(await plan(rep, { visitorIds: [supervisorId] }), 201);
  assert.equal(v.state, 'planned');
  assert.equal(v.unitCode, '0502');
  assert.equal(v.unitId, unit2);
  assert.deepEqual(
    v.visitors.map((p: { name: string }) => p.name),
    ['宋文博', '马红梅'],
  );
  assert.deepEqual(v.policies, { record: true, cancel: true, openCase: false });

  // The reminder: not yet on the 7th, once on the 8th (the database may hold other runs' visits: this one is checked).
  const reminded = async () =>
    (
      (await t.app.database.db.execute(`select reminded_at from tenant_visits where id = '${v.id}'`)) as unknown as {
        rows: { reminded_at: unknown }[];
      }
    ).rows[0]!.reminded_at;
  await remindVisits(t.app.database.db, new Date('2026-12-07T15:00:00Z'));
  assert.equal(await reminded(), null);
  assert.ok((await remindVisits(t.app.database.db, new Date('2026-12-08T01:00:00Z'))) >= 1);
  const first = String(await reminded());
  await remindVisits(t.app.database.db, new Date('2026-12-08T02:00:00Z'));
  assert.equal(String(await reminded()), first);
  const bell = JSON.stringify(ok(await supervisor.get('/api/v1/notifications?limit=20')));
  assert.match(bell, /明日走访：华信科技有限公司/);

  await at('2026-12-09T11:00:00+08:00');
  const done = ok(
    await rep.post(`/api/v1/tenant-visits/${v.id}/record`, {
      metNames: '赵经理、行政主管刘芳',
      opinions: '总体满意；希望加强晚间空调供应。',
      satisfaction: 'satisfied',
      issues: ['5 楼男卫生间水龙头漏水', '晚间加班空调不够凉'],
    }),
  );
  assert.equal(done.state, 'done');
  assert.equal(done.visitedAt, '2026-12-09T03:00:00.000Z');
  assert.equal(done.issues.length, 2);
  assert.deepEqual(done.policies, { record: false, cancel: false, openCase: true });

  const issue = done.issues[0];
  const withCase = ok(await rep.post(`/api/v1/tenant-visits/${v.id}/issues/${issue.id}/case`, { kind: 'repair' }), 201);
  const linked = withCase.issues[0];
  assert.match(linked.caseNumber, /^BX-2026-/);
  assert.equal(linked.caseStatus, 'open');
  assert.equal(linked.informed, false);
  assert.equal(withCase.issues[1].caseId, null);

  // The case: on channel 'visit', the company and its contact, the timeline says where it came from; the rep follows it.
  const c = ok(await rep.get(`/api/v1/cases/${linked.caseId}`));
  assert.equal(c.channel, 'visit');
  assert.equal(c.organizationId, org2);
  assert.equal(c.contactName, '赵经理');
  assert.equal(c.content, '5 楼男卫生间水龙头漏水');
  const note = c.timeline.find((e: { kind: string }) => e.kind === 'note');
  assert.match(note.note, /^来自用户走访：2026-12-09 华信科技有限公司（宋文博、马红梅）/);

  // A second case for the same issue: 409, and no second case written.
  problem(await rep.post(`/api/v1/tenant-visits/${v.id}/issues/${issue.id}/case`, { kind: 'repair' }), 409, 'visit_issue_case_exists');
  handler = await signedIn(t.app, fx.propertyId, ['dispatcher']);
  const cases = ok(await handler.get(`/api/v1/cases?${q()}&limit=50`));
  assert.equal(cases.data.length, 1);

  // Closing the case tells the tenant.
  const rows = (await t.app.database.db.execute(
    `update cases set status = 'closed', closed_at = now() where id = '${linked.caseId}' returning id`,
  )) as unknown as { rows: unknown[] };
  assert.equal(rows.rows.length, 1);
  const after = ok(await rep.get(`/api/v1/tenant-visits/${v.id}`));
  assert.equal(after.issues[0].informed, true);
  assert.equal(after.issues[0].caseStatus, 'closed');

  // The register of December and its export; the visits per company in 2026.
  const reg = ok(await rep.get(`/api/v1/tenant-visits/register?${q({ from: '2026-12-01', to: '2026-12-31' })}`));
  assert.equal(reg.data.length, 1);
  const x = await rep.get(`/api/v1/tenant-visits/register/export?${q({ from: '2026-12-01', to: '2026-12-31' })}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  const by = ok(await rep.get(`/api/v1/tenant-visits/by-tenant?${q({ year: '2026' })}`));
  assert.equal(by.data.length, 2);
  const hx = by.data.find((r: { organizationId: string }) => r.organizationId === org2);
  assert.deepEqual([hx.visits, hx.planned, hx.openIssues, hx.lastVisitAt], [1, 0, 1, '2026-12-09T03:00:00.000Z']);
  assert.equal(by.data[0].visits, 0); // the company not visited comes first
});

test('refusals: past time, unit of another company, a visitor without the permission, record twice, cancel a recorded one, case before recording, bad period, bad body', async () => {
  await at('2026-12-07T09:00:00+08:00');
  problem(await plan(rep, { plannedAt: '2026-12-06T10:00:00+08:00' }), 422, 'visit_in_past');
  problem(await plan(rep, { unitId: fx.unitId }), 422, 'visit_unit_not_of_tenant');
  problem(await plan(rep, { visitorIds: [deskId] }), 422, 'visit_visitor_not_allowed');
  problem(await plan(rep, { organizationId: '00000000-0000-4000-8000-000000000000' }), 400, 'validation_failed');
  problem(await plan(rep, { topics: [] }), 400, 'validation_failed');
  problem(await plan(rep, { extra: 1 }), 400, 'validation_failed');
  const v = ok(await plan(rep), 201);
  const w = ok(await plan(rep), 201);
  // An issue cannot become a case before the visit is recorded (it has none yet) — the route needs an issue id.
  problem(await rep.post(`/api/v1/tenant-visits/${v.id}/issues/${v.id}/case`, { kind: 'repair' }), 404);
  await at('2026-12-09T11:00:00+08:00');
  problem(
    await rep.post(`/api/v1/tenant-visits/${v.id}/record`, {
      metNames: '赵经理',
      satisfaction: 'satisfied',
      visitedAt: '2026-12-10T10:00:00+08:00',
    }),
    422,
    'visit_visited_at_invalid',
  );
  ok(await rep.post(`/api/v1/tenant-visits/${v.id}/record`, { metNames: '赵经理', satisfaction: 'neutral' }));
  problem(
    await rep.post(`/api/v1/tenant-visits/${v.id}/record`, { metNames: '赵经理', satisfaction: 'neutral' }),
    409,
    'visit_not_planned',
  );
  problem(await rep.post(`/api/v1/tenant-visits/${v.id}/cancel`, { reason: '对方出差' }), 409, 'visit_not_planned');
  const c = ok(await rep.post(`/api/v1/tenant-visits/${w.id}/cancel`, { reason: '对方出差' }));
  assert.equal(c.state, 'cancelled');
  problem(
    await rep.post(`/api/v1/tenant-visits/${w.id}/record`, { metNames: '赵经理', satisfaction: 'neutral' }),
    409,
    'visit_not_planned',
  );
  problem(await rep.get(`/api/v1/tenant-visits/register?${q({ from: '2026-12-31', to: '2026-12-01' })}`), 422, 'visit_register_range');
  problem(await rep.get(`/api/v1/tenant-visits/register?${q({ from: '2026-02-30', to: '2026-12-01' })}`), 400);
});

test('who may read: a tenant user gets 403 on the list and 404 on a visit; the front desk 403; another property 404', async () => {
  await at('2026-12-07T09:00:00+08:00');
  const v = ok(await plan(rep), 201);
  problem(await tenant.get(`/api/v1/tenant-visits?${q()}`), 403, 'forbidden');
  problem(await tenant.get(`/api/v1/tenant-visits/${v.id}`), 404, 'not_found');
  problem(await tenant.get(`/api/v1/tenant-visits/by-tenant?${q({ year: '2026' })}`), 403);
  problem(await desk.get(`/api/v1/tenant-visits?${q()}`), 403, 'forbidden');
  problem(await desk.get(`/api/v1/tenant-visits/${v.id}`), 404);
  problem(await outsider.get(`/api/v1/tenant-visits?${q()}`), 404, 'not_found');
  problem(await outsider.get(`/api/v1/tenant-visits/${v.id}`), 404, 'not_found');
  problem(await outsider.post(`/api/v1/tenant-visits/${v.id}/cancel`, { reason: 'x' }), 404);
  problem(await plan(outsider), 404);
  const list = ok(await supervisor.get(`/api/v1/tenant-visits?${q({ state: 'planned' })}`));
  assert.ok(list.data.every((r: { state: string }) => r.state === 'planned'));
  const staff = ok(await rep.get(`/api/v1/tenant-visits/staff?${q()}`));
  assert.deepEqual(staff.data.map((s: { id: string }) => s.id).sort(), [repId, supervisorId].sort());
});

test("greetings: the year's occasions from the calendar, a plan per occasion with a line per company, who gives what, done ticks; refusals", async () => {
  await at('2026-12-07T09:00:00+08:00');
  const occ = ok(await rep.get(`/api/v1/tenant-greetings/occasions?${q({ year: '2026' })}`));
  assert.deepEqual(
    occ.data.map((o: { occasion: string; deliverBy: string }) => [o.occasion, o.deliverBy]),
    [
      ['new_year', '2025-12-31'],
      ['spring_festival', '2026-02-14'],
      ['mid_autumn', '2026-09-24'],
      ['national_day', '2026-09-30'],
      ['christmas', '2026-12-24'],
    ],
  );
  const p = ok(
    await rep.post('/api/v1/tenant-greetings', {
      propertyId: fx.propertyId,
      occasion: 'christmas',
      year: 2026,
      giftKind: 'card',
      gift: '圣诞贺卡',
    }),
    201,
  );
  assert.equal(p.items.length, 2);
  assert.equal(p.occasionDate, '2026-12-25');
  problem(
    await rep.post('/api/v1/tenant-greetings', { propertyId: fx.propertyId, occasion: 'christmas', year: 2026 }),
    409,
    'greeting_plan_exists',
  );
  const item = p.items.find((i: { organizationId: string }) => i.organizationId === org2);
  const changed = ok(
    await rep.patch(`/api/v1/tenant-greetings/${p.id}/items/${item.id}`, { giftKind: 'gift', gift: '果篮', giverName: '马红梅' }),
  );
  assert.equal(changed.items.find((i: { id: string }) => i.id === item.id).gift, '果篮');
  const ticked = ok(await rep.post(`/api/v1/tenant-greetings/${p.id}/items/${item.id}/done`));
  const line = ticked.items.find((i: { id: string }) => i.id === item.id);
  assert.deepEqual([line.doneByName, line.giverName], ['宋文博', '马红梅']);
  problem(await rep.post(`/api/v1/tenant-greetings/${p.id}/items/${item.id}/done`), 409, 'greeting_item_done');
  problem(await rep.patch(`/api/v1/tenant-greetings/${p.id}/items/${item.id}`, { gift: '月饼' }), 409, 'greeting_item_done');
  const after = ok(await rep.get(`/api/v1/tenant-greetings/occasions?${q({ year: '2026' })}`));
  const xmas = after.data.find((o: { occasion: string }) => o.occasion === 'christmas');
  assert.deepEqual([xmas.planId, xmas.items, xmas.done], [p.id, 2, 1]);
  problem(await tenant.get(`/api/v1/tenant-greetings/${p.id}`), 404);
  problem(await outsider.get(`/api/v1/tenant-greetings/${p.id}`), 404);
  problem(await outsider.get(`/api/v1/tenant-greetings/occasions?${q({ year: '2026' })}`), 404);
  problem(await rep.post('/api/v1/tenant-greetings', { propertyId: fx.propertyId, occasion: 'easter', year: 2026 }), 400);
});
