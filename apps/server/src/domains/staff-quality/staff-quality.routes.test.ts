/**
 * Staff quality routes (T7): hygiene sheets and the due view, the reminder job, the contractor's evaluation
 * (draft, confirm, lock, review), training with attendance, evaluations and spot checks — each refusal
 * with its code, another property's records 404, and a tenant reads nothing.
 */
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
  signedIn,
  type TestApp,
  type Fixture,
  type Session,
} from '../../test/helpers.ts';
import { remindDue } from './hygiene/hygiene.jobs.ts';

let t: TestApp;
let fx: Fixture;
let other: Fixture;
let hk: Session, manager: Session, admin: Session, tenant: Session, outsider: Session, desk: Session;
let deskUser: Awaited<ReturnType<typeof makeUser>>,
  clerkUser: Awaited<ReturnType<typeof makeUser>>,
  hkUser: Awaited<ReturnType<typeof makeUser>>;
// Wednesday 9 December 2026, 10:00 in Shanghai.
const clock = new TestClock(new Date('2026-12-09T10:00:00+08:00'));

before(async () => {
  t = await createTestApp({ clock });
  fx = await makeProperty(t.app);
  other = await makeProperty(t.app, '其他项目');
  hkUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['housekeeping_supervisor'] }], { displayName: '许秀英' });
  deskUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['front_desk'] }], { displayName: '刘婷婷' });
  clerkUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['mail_clerk'] }], { displayName: '杨晓峰' });
  hk = await login(t.app, hkUser);
  desk = await login(t.app, deskUser);
  manager = await signedIn(t.app, fx.propertyId, ['cs_supervisor'], { displayName: '马红梅' });
  admin = await signedIn(t.app, fx.propertyId, ['project_manager']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant']);
  outsider = await signedIn(t.app, other.propertyId, ['cs_supervisor']);
});
after(() => t.close());

const P = () => fx.propertyId;
const rows = async (text: string) => ((await t.app.database.db.execute(text)) as unknown as { rows: Record<string, unknown>[] }).rows;
const audits = async (action: string) =>
  Number((await rows(`select count(*)::int as n from audit_events where action = '${action}' and property_id = '${P()}'`))[0]!.n);

test('hygiene: sheets at three levels with scores; the due view; refusals; export; the reminder once per period', async () => {
  // Before anything: every level and area is overdue (nothing last period either).
  let due = ok(await hk.get(`/api/v1/quality/hygiene-inspections/due?propertyId=${P()}`));
  assert.equal(due.today, '2026-12-09');
  assert.equal(due.data.length, 18);
  assert.ok(due.data.every((r: { state: string }) => r.state === 'overdue'));
  assert.equal(due.canRecord, true);

  // The reminder job tells the housekeeping supervisor, once per level and period.
  // (A shared PostgreSQL database may hold other properties with due sheets: count this property's.)
  assert.ok((await remindDue(t.app.database.db, clock.now())) >= 3);
  await remindDue(t.app.database.db, clock.now());
  assert.equal(
    Number(
      (await rows(`select count(*)::int as n from notifications where kind = 'quality.hygiene.due' and property_id = '${P()}'`))[0]!.n,
    ),
    3,
  );

  // Last week's team sheet of the lobby (so this week is only 'due'), this week's, an area and a department sheet.
  const sheet = (b: object) => hk.post('/api/v1/quality/hygiene-inspections', { propertyId: P(), ...b });
  const last = ok(await sheet({ level: 'team', area: 'lobby', inspectedOn: '2026-12-04' }), 201);
  assert.equal(last.score, 100);
  assert.equal(last.periodStart, '2026-11-30');
  assert.equal(last.periodEnd, '2026-12-06');
  assert.equal(last.items.length, 8);
  due = ok(await hk.get(`/api/v1/quality/hygiene-inspections/due?propertyId=${P()}`));
  const state = (level: string, area: string) =>
    due.data.find((r: { level: string; area: string }) => r.level === level && r.area === area).state;
  assert.equal(state('team', 'lobby'), 'due');
  const s = ok(
    await sheet({
      level: 'team',
      area: 'lobby',
      items: [
        { code: 'butts', deduction: 5, note: '消防通道有烟头' },
        { code: 'odour', deduction: 2 },
      ],
      remarks: '已通知保洁领班整改',
    }),
    201,
  );
  assert.equal(s.score, 93);
  assert.equal(s.inspectorName, '许秀英');
  ok(await sheet({ level: 'area', area: 'washrooms', items: [{ code: 'spit', deduction: 4 }] }), 201);
  ok(
    await manager.post('/api/v1/quality/hygiene-inspections', {
      propertyId: P(),
      level: 'department',
      area: 'washrooms',
      items: [{ code: 'paper', deduction: 10 }],
    }),
    201,
  );
  due = ok(await hk.get(`/api/v1/quality/hygiene-inspections/due?propertyId=${P()}`));
  assert.equal(state('team', 'lobby'), 'done');
  assert.equal(state('area', 'washrooms'), 'done');
  assert.equal(state('department', 'washrooms'), 'done');
  assert.equal(due.data.filter((r: { state: string }) => r.state === 'done').length, 3);

  const list = ok(await hk.get(`/api/v1/quality/hygiene-inspections?propertyId=${P()}&month=2026-12`));
  assert.equal(list.data.length, 4);
  assert.equal(ok(await hk.get(`/api/v1/quality/hygiene-inspections?propertyId=${P()}&level=team`)).data.length, 2);
  assert.equal(ok(await hk.get(`/api/v1/quality/hygiene-inspections/${s.id}`)).remarks, '已通知保洁领班整改');
  assert.equal(await audits('hygiene_inspection.recorded'), 4);

  // Refusals: nothing written.
  problem(await sheet({ level: 'team', area: 'lobby', items: [{ code: 'peel', deduction: 11 }] }), 422, 'hygiene_deduction_over');
  const twice = problem(
    await sheet({
      level: 'team',
      area: 'lobby',
      items: [
        { code: 'peel', deduction: 1 },
        { code: 'peel', deduction: 2 },
      ],
    }),
    422,
    'hygiene_item_twice',
  );
  assert.equal(twice.fields![0]!.path, 'items.1.code');
  problem(await sheet({ level: 'team', area: 'lobby', inspectedOn: '2026-12-10' }), 422, 'hygiene_future_day');
  const bad = problem(await sheet({ level: 'weekly', area: 'moon' }), 400);
  assert.ok(bad.fields!.some((f) => f.path === 'level') && bad.fields!.some((f) => f.path === 'area'));
  problem(await sheet({ level: 'team', area: 'lobby', inspectedOn: '2026-02-30' }), 400);
  problem(await desk.post('/api/v1/quality/hygiene-inspections', { propertyId: P(), level: 'team', area: 'lobby' }), 403);
  assert.equal(Number((await rows(`select count(*)::int as n from hygiene_inspections where property_id = '${P()}'`))[0]!.n), 4);

  // Export.
  const x = await hk.get(`/api/v1/quality/hygiene-inspections/export?propertyId=${P()}&month=2026-12`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.equal(await audits('hygiene_inspections.exported'), 1);

  // Another property's reader, a tenant, the front desk (no quality.read).
  problem(await outsider.get(`/api/v1/quality/hygiene-inspections/${s.id}`), 404);
  problem(await outsider.get(`/api/v1/quality/hygiene-inspections?propertyId=${P()}`), 404);
  problem(await tenant.get(`/api/v1/quality/hygiene-inspections/${s.id}`), 404);
  problem(await tenant.get(`/api/v1/quality/hygiene-inspections/due?propertyId=${P()}`), 403);
});

test("contractor: the proposal from the month's sheets, a draft with its rule, the manager confirms and it is locked; the review", async () => {
  // November: two team sheets (96, 90), one area (88), one department (85), all backdated.
  const sheet = (level: string, day: string, deduction: number) =>
    hk.post('/api/v1/quality/hygiene-inspections', {
      propertyId: P(),
      level,
      area: 'garage',
      inspectedOn: day,
      items: [{ code: 'surfaces', deduction }],
    });
  ok(await sheet('team', '2026-11-05', 4), 201);
  ok(await sheet('team', '2026-11-12', 10), 201);
  ok(await sheet('area', '2026-11-10', 12), 201);
  ok(await sheet('department', '2026-11-27', 15), 201);

  const proposal = ok(await hk.get(`/api/v1/quality/contractor-evaluations/month?propertyId=${P()}&month=2026-11`));
  assert.equal(proposal.state, 'proposal');
  assert.equal(proposal.id, null);
  assert.deepEqual([proposal.teamAvg, proposal.areaAvg, proposal.departmentAvg, proposal.inspections], [93, 88, 85, 4]);
  assert.equal(proposal.score, 88.3); // (93·30 + 88·30 + 85·40) / 100
  assert.equal(proposal.rating, 'good');

  const body = {
    propertyId: P(),
    month: '2026-11',
    contractorName: '洁美保洁服务有限公司',
    contractAmountFen: 6_800_000,
    fullPayScore: 90,
    deductBpPerPoint: 100,
  };
  const draft = ok(await hk.post('/api/v1/quality/contractor-evaluations', body));
  assert.equal(draft.state, 'draft');
  assert.equal(draft.deductionFen, 115_600); // 1.7 points × 1 % of ¥68,000
  assert.equal(draft.paymentFen, 6_684_400);
  // She drafts; the confirmation is a manager's.
  assert.equal(draft.policies.confirm, false);
  assert.equal(ok(await manager.get(`/api/v1/quality/contractor-evaluations/${draft.id}`)).policies.confirm, true);
  // Saving again refreshes the same draft (one per month).
  const again = ok(
    await hk.post('/api/v1/quality/contractor-evaluations', { ...body, deductBpPerPoint: 200, remarks: '11 月车库地面清洁不到位' }),
  );
  assert.equal(again.id, draft.id);
  assert.equal(again.deductionFen, 231_200);

  // This month cannot be confirmed yet; a future month cannot be evaluated.
  const dec = ok(await hk.post('/api/v1/quality/contractor-evaluations', { ...body, month: '2026-12' }));
  problem(await manager.post(`/api/v1/quality/contractor-evaluations/${dec.id}/confirm`, {}), 422, 'contractor_month_open');
  problem(await hk.post('/api/v1/quality/contractor-evaluations', { ...body, month: '2027-01' }), 422, 'contractor_month_future');
  problem(await hk.post('/api/v1/quality/contractor-evaluations', { ...body, contractAmountFen: -1 }), 400);
  problem(await hk.post('/api/v1/quality/contractor-evaluations', { ...body, month: '2026-13' }), 400);

  // The manager confirms; then it is locked.
  problem(await desk.post(`/api/v1/quality/contractor-evaluations/${draft.id}/confirm`, {}), 404);
  problem(await outsider.post(`/api/v1/quality/contractor-evaluations/${draft.id}/confirm`, {}), 404);
  // The housekeeping supervisor runs the contractor's work: she may draft the month, not confirm its pay.
  problem(await hk.post(`/api/v1/quality/contractor-evaluations/${draft.id}/confirm`, {}), 403);
  const done = ok(await manager.post(`/api/v1/quality/contractor-evaluations/${draft.id}/confirm`, {}));
  assert.equal(done.state, 'confirmed');
  assert.equal(done.confirmedByName, '马红梅');
  assert.equal(done.remarks, '11 月车库地面清洁不到位');
  assert.deepEqual(done.policies, { save: false, confirm: false });
  problem(await manager.post(`/api/v1/quality/contractor-evaluations/${draft.id}/confirm`, {}), 409, 'evaluation_locked');
  problem(await hk.post('/api/v1/quality/contractor-evaluations', body), 409, 'evaluation_locked');
  // A sheet recorded afterwards does not change a locked month.
  ok(await sheet('team', '2026-11-20', 0), 201);
  assert.equal(ok(await hk.get(`/api/v1/quality/contractor-evaluations/${draft.id}`)).paymentFen, done.paymentFen);
  assert.equal(await audits('contractor_evaluation.confirmed'), 1);
  assert.equal(await audits('contractor_evaluation.drafted'), 2);
  assert.equal(await audits('contractor_evaluation.updated'), 1);

  const year = ok(await hk.get(`/api/v1/quality/contractor-evaluations?propertyId=${P()}&year=2026`));
  assert.deepEqual(
    year.data.map((e: { month: string; state: string }) => [e.month, e.state]),
    [
      ['2026-11', 'confirmed'],
      ['2026-12', 'draft'],
    ],
  );
  const review = ok(await hk.get(`/api/v1/quality/contractor-evaluations/review?propertyId=${P()}&year=2026`));
  assert.equal(review.months.length, 12);
  assert.equal(review.confirmedMonths, 1);
  assert.equal(review.averageScore, 88.3);
  assert.equal(review.totalPaymentFen, done.paymentFen);
  assert.equal(review.months[0].state, 'none');
  // December's proposal takes over November's terms.
  problem(await tenant.get(`/api/v1/quality/contractor-evaluations/review?propertyId=${P()}&year=2026`), 403);
  problem(await outsider.get(`/api/v1/quality/contractor-evaluations/${draft.id}`), 404);
});

test('training: a session planned, attendance with results and absences; who was trained', async () => {
  const staff = ok(await manager.get(`/api/v1/quality/staff?propertyId=${P()}`)).data as { id: string; displayName: string }[];
  assert.ok(staff.some((s) => s.id === deskUser.id) && !staff.some((s) => s.displayName.includes('tenant')));
  const future = ok(
    await manager.post('/api/v1/quality/training-sessions', {
      propertyId: P(),
      topic: '前台礼貌用语与接待规范',
      trainer: '马红梅',
      startsAt: '2026-12-15T14:00:00+08:00',
      minutes: 90,
      place: '三楼培训室',
      audienceRoles: ['front_desk', 'mail_clerk'],
    }),
    201,
  );
  assert.equal(future.month, '2026-12');
  problem(
    await manager.put(`/api/v1/quality/training-sessions/${future.id}/attendance`, { entries: [{ userId: deskUser.id, attended: true }] }),
    422,
    'training_not_held',
  );
  const held = ok(
    await manager.post('/api/v1/quality/training-sessions', {
      propertyId: P(),
      topic: '卫生知识培训',
      trainer: '许秀英',
      startsAt: '2026-12-02T14:00:00+08:00',
      minutes: 60,
      place: '三楼培训室',
      audienceRoles: ['front_desk', 'mail_clerk', 'cleaner'],
    }),
    201,
  );
  const put = (entries: object[]) => manager.put(`/api/v1/quality/training-sessions/${held.id}/attendance`, { entries });
  const noReason = problem(await put([{ userId: clerkUser.id, attended: false }]), 422, 'training_absence_reason');
  assert.equal(noReason.fields![0]!.path, 'entries.0.absenceReason');
  problem(await put([{ userId: clerkUser.id, attended: false, absenceReason: '病假', score: 80 }]), 422, 'training_result_absent');
  const tenantUser = await makeUser(t.app, [{ propertyId: P(), roles: ['tenant'] }]);
  problem(await put([{ userId: tenantUser.id, attended: true }]), 422, 'training_not_staff');
  problem(await hk.put(`/api/v1/quality/training-sessions/${held.id}/attendance`, { entries: [] }), 400);
  const rec = ok(
    await put([
      { userId: deskUser.id, attended: true, score: 92, passed: true },
      { userId: clerkUser.id, attended: false, absenceReason: '病假' },
    ]),
  );
  assert.equal(rec.attendedCount, 1);
  assert.equal(rec.absentCount, 1);
  const month = ok(await hk.get(`/api/v1/quality/training-sessions?propertyId=${P()}&month=2026-12`));
  assert.equal(month.data.length, 2);
  const trained = ok(await hk.get(`/api/v1/quality/training-sessions/trained?propertyId=${P()}&month=2026-12`));
  assert.deepEqual(
    trained.data
      .map((r: { userName: string; attended: number; absent: number; passed: number }) => [r.userName, r.attended, r.absent, r.passed])
      .sort(),
    [
      ['刘婷婷', 1, 0, 1],
      ['杨晓峰', 0, 1, 0],
    ],
  );
  problem(await outsider.get(`/api/v1/quality/training-sessions/${held.id}`), 404);
  problem(await tenant.get(`/api/v1/quality/training-sessions?propertyId=${P()}&month=2026-12`), 403);
  assert.equal(await audits('training_session.attendance_recorded'), 1);
});

test('evaluations: criteria (quality.criteria), a supervisor scores each criterion; spot checks pass/fail per point', async () => {
  problem(await manager.post('/api/v1/quality/evaluation-criteria', { propertyId: P(), name: '工作态度', maxScore: 30 }), 403);
  const c1 = ok(await admin.post('/api/v1/quality/evaluation-criteria', { propertyId: P(), name: '工作态度', maxScore: 30 }), 201);
  const c2 = ok(await admin.post('/api/v1/quality/evaluation-criteria', { propertyId: P(), name: '业务技能', maxScore: 40 }), 201);
  const c3 = ok(await admin.post('/api/v1/quality/evaluation-criteria', { propertyId: P(), name: '仪容仪表', maxScore: 30 }), 201);
  assert.deepEqual([c1.position, c2.position, c3.position], [1, 2, 3]);
  problem(
    await admin.post('/api/v1/quality/evaluation-criteria', { propertyId: P(), name: '工作态度', maxScore: 20 }),
    409,
    'criterion_exists',
  );
  const list = ok(await manager.get(`/api/v1/quality/evaluation-criteria?propertyId=${P()}`));
  assert.equal(list.data.length, 3);
  assert.equal(list.canManage, false);

  const ev = (b: object) => manager.post('/api/v1/quality/evaluations', { propertyId: P(), staffId: deskUser.id, month: '2026-11', ...b });
  const scores = [
    { criterionId: c1.id, score: 28 },
    { criterionId: c2.id, score: 35 },
    { criterionId: c3.id, score: 27 },
  ];
  const e = ok(await ev({ scores, remarks: '接待热情，业务熟练' }), 201);
  assert.deepEqual([e.total, e.maxTotal, e.passed, e.staffName, e.points.length], [90, 100, true, '刘婷婷', 3]);
  problem(await ev({ scores: [{ criterionId: c1.id, score: 31 }, scores[1], scores[2]] }), 422, 'evaluation_score_over');
  problem(await ev({ scores: scores.slice(0, 2) }), 422, 'evaluation_criteria_incomplete');
  problem(await ev({ scores: [...scores.slice(0, 2), { criterionId: c1.id, score: 1 }] }), 422, 'evaluation_criterion_unknown');
  problem(
    await hk.post('/api/v1/quality/evaluations', { propertyId: P(), staffId: hkUser.id, month: '2026-11', scores }),
    422,
    'evaluation_self',
  );
  const tenantUser = await makeUser(t.app, [{ propertyId: P(), roles: ['tenant'] }]);
  problem(await ev({ staffId: tenantUser.id, scores }), 422, 'evaluation_not_staff');
  problem(await desk.post('/api/v1/quality/evaluations', { propertyId: P(), staffId: clerkUser.id, month: '2026-11', scores }), 403);
  // A retired criterion is no longer scored.
  ok(await admin.patch(`/api/v1/quality/evaluation-criteria/${c3.id}`, { active: false }));
  const e2 = ok(await ev({ staffId: clerkUser.id, scores: scores.slice(0, 2) }), 201);
  assert.deepEqual([e2.total, e2.maxTotal], [63, 70]);

  const spot = (points: object[]) => manager.post('/api/v1/quality/spot-checks', { propertyId: P(), staffId: deskUser.id, points });
  const all = ['appearance', 'three_rings', 'standard_phrases', 'complaint_follow_up'];
  const s = ok(
    await spot(all.map((code) => ({ code, passed: code !== 'three_rings', note: code === 'three_rings' ? '第五声才接听' : null }))),
    201,
  );
  assert.deepEqual([s.kind, s.total, s.maxTotal, s.passed, s.month], ['spot_check', 3, 4, false, '2026-12']);
  problem(
    await spot(['appearance', 'appearance', 'standard_phrases', 'complaint_follow_up'].map((code) => ({ code, passed: true }))),
    422,
    'spot_check_point_twice',
  );
  problem(await spot(all.slice(0, 3).map((code) => ({ code, passed: true }))), 400);

  assert.equal(ok(await hk.get(`/api/v1/quality/evaluations?propertyId=${P()}`)).data.length, 3);
  assert.equal(ok(await hk.get(`/api/v1/quality/evaluations?propertyId=${P()}&kind=spot_check`)).data.length, 1);
  assert.equal(ok(await hk.get(`/api/v1/quality/evaluations?propertyId=${P()}&staffId=${deskUser.id}&month=2026-11`)).data.length, 1);
  problem(await outsider.get(`/api/v1/quality/evaluations/${e.id}`), 404);
  problem(await tenant.get(`/api/v1/quality/evaluations?propertyId=${P()}`), 403);
  assert.equal(await audits('spot_check.recorded'), 1);
  assert.equal(await audits('staff_evaluation.recorded'), 2);
});
