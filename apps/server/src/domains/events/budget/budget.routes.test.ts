import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { serviceNotices } from '../../../db/schema/index.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';
import { recomputeBudget } from './budget.compute.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['general_manager']);
});
after(() => w.t.close());

const LINES = [
  { category: 'venue', name: '主会场场租', basis: 'fixed', unitFen: 800_000, quantity: 2 },
  { category: 'catering', name: '工作餐', basis: 'per_guest', unitFen: 6_000, quantity: 2 },
  { category: 'printing', name: '会议手册印刷', basis: 'per_guest', unitFen: 1_550, quantity: 1 },
  { category: 'overtime', name: '工作人员加班费', basis: 'per_day', unitFen: 150_000, quantity: 1 },
];

const signature = async (s: Session, name: string) =>
  ok(await s.post('/api/v1/signatures', { propertyId: w.fx.propertyId, signerName: name, image: PNG }), 201).id as string;

/** An event with 10 registered guests and an approved v1; returns its id and the budget. */
async function approvedEvent() {
  const e = await w.newEvent();
  await w.addGuests(e.id, 10);
  let b = ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions`, {}), 201);
  const v1 = b.versions[0];
  b = ok(await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v1.id}/lines`, { lines: LINES, rowVersion: v1.rowVersion }));
  ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions/${v1.id}/submit`, {}));
  b = ok(
    await w.s.gm.post(`/api/v1/events/${e.id}/budget/versions/${v1.id}/approve`, { signatureFileId: await signature(w.s.gm, '罗建平') }),
  );
  return { e, b, v1 };
}

test('lines priced on the live figures; approval needs events.approve and a signature; then frozen (409 budget_approved_locked)', async () => {
  const e = await w.newEvent();
  await w.addGuests(e.id, 10);
  let b = ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions`, {}), 201);
  assert.equal(b.versions.length, 1);
  const v1 = b.versions[0];
  assert.equal(v1.status, 'draft');
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions`, {}), 409, 'budget_draft_exists');
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions/${v1.id}/submit`, {}), 422, 'budget_empty');
  problem(
    await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v1.id}/lines`, {
      lines: [{ ...LINES[0], unitFen: 10.5 }],
      rowVersion: v1.rowVersion,
    }),
    400,
  );
  b = ok(await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v1.id}/lines`, { lines: LINES, rowVersion: v1.rowVersion }));
  const v = b.versions[0];
  assert.deepEqual(b.figures, { guests: 10, days: 2, roomNights: 0, vehicleDays: 0, covers: 0 });
  assert.deepEqual(
    v.lines.map((l: { amountFen: number }) => l.amountFen),
    [1_600_000, 120_000, 15_500, 300_000],
  );
  assert.equal(v.totalFen, 2_035_500);
  problem(
    await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v1.id}/lines`, { lines: LINES, rowVersion: v1.rowVersion }),
    409,
    'budget_version_changed',
  );

  b = ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions/${v1.id}/submit`, {}));
  assert.equal(b.versions[0].status, 'submitted');
  const notes = await w.t.database.db.query.notifications.findMany({ where: (n, { eq: q }) => q(n.kind, 'event.budget_submitted') });
  assert.ok(notes.some((n) => n.userId === w.ids.gm));
  problem(
    await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v1.id}/lines`, { lines: LINES, rowVersion: b.versions[0].rowVersion }),
    409,
    'budget_not_draft',
  );

  // The lead may not approve; nor the general manager without a signature.
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions/${v1.id}/approve`, {
      signatureFileId: await signature(w.s.lead, '周立新'),
    }),
    403,
  );
  problem(
    await w.s.gm.post(`/api/v1/events/${e.id}/budget/versions/${v1.id}/approve`, { signatureFileId: null }),
    422,
    'budget_signature_required',
  );
  b = ok(
    await w.s.gm.post(`/api/v1/events/${e.id}/budget/versions/${v1.id}/approve`, { signatureFileId: await signature(w.s.gm, '罗建平') }),
  );
  const approved = b.versions[0];
  assert.equal(approved.status, 'approved');
  assert.equal(approved.approvedByName !== null, true);
  assert.ok(approved.signatureFileId);
  assert.deepEqual(approved.snapshot, { guests: 10, days: 2, roomNights: 0, vehicleDays: 0, covers: 0 });
  assert.equal(b.approvedVersion, 1);
  const owner = await w.t.database.db.query.notifications.findMany({ where: (n, { eq: q }) => q(n.kind, 'event.budget_approved') });
  assert.ok(owner.some((n) => n.userId === w.ids.lead));
  assert.equal((await w.auditOf(v1.id, 'event_budget.approved')).length, 1);

  // Frozen: a change → 409 budget_approved_locked ("create a new version").
  problem(
    await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v1.id}/lines`, { lines: LINES, rowVersion: approved.rowVersion }),
    409,
    'budget_approved_locked',
  );

  // More guests register: the approved amounts stay (snapshot), the current recomputes.
  await w.addGuests(e.id, 5);
  b = ok(await w.s.lead.get(`/api/v1/events/${e.id}/budget`));
  assert.equal(b.versions[0].totalFen, 2_035_500);
  assert.equal(b.versions[0].liveTotalFen, 1_600_000 + 180_000 + 23_250 + 300_000);
  assert.equal(b.totals.approvedFen, 2_035_500);
  assert.equal(b.totals.currentFen, 2_103_250);
  const r = await recomputeBudget(w.t.database.db, e.id);
  assert.equal(r!.totals.currentFen, 2_103_250);
  assert.equal(r!.figures.guests, 15);
});

test('a new version copies the approved one; the new approval supersedes it; a stale version is not approved', async () => {
  const { e, v1 } = await approvedEvent();
  let b = ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions`, {}), 201);
  const v2 = b.versions[1];
  assert.equal(v2.version, 2);
  assert.equal(v2.status, 'draft');
  assert.equal(v2.lines.length, LINES.length);
  b = ok(
    await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v2.id}/lines`, {
      lines: [
        ...v2.lines.map(({ id, category, name, basis, unitFen, quantity }: any) => ({ id, category, name, basis, unitFen, quantity })),
        { category: 'gifts', name: '纪念品', basis: 'per_guest', unitFen: 5_000, quantity: 1 },
      ],
      rowVersion: v2.rowVersion,
    }),
  );
  ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions/${v2.id}/submit`, {}));
  // A third version is started while v2 waits: approving v2 is stale now.
  b = ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions`, {}), 201);
  problem(
    await w.s.gm.post(`/api/v1/events/${e.id}/budget/versions/${v2.id}/approve`, { signatureFileId: await signature(w.s.gm, '罗建平') }),
    409,
    'budget_version_stale',
  );
  const v3 = b.versions[2];
  ok(await w.s.lead.post(`/api/v1/events/${e.id}/budget/versions/${v3.id}/submit`, {}));
  b = ok(
    await w.s.pm.post(`/api/v1/events/${e.id}/budget/versions/${v3.id}/approve`, { signatureFileId: await signature(w.s.pm, '项目经理') }),
  );
  assert.deepEqual(
    b.versions.map((v: { status: string }) => v.status),
    ['superseded', 'submitted', 'approved'],
  );
  assert.equal(b.approvedVersion, 3);
  problem(
    await w.s.lead.put(`/api/v1/events/${e.id}/budget/versions/${v1.id}/lines`, { lines: LINES, rowVersion: 1 }),
    409,
    'budget_approved_locked',
  );
});

test('actuals: recorded purchases sum with the seams per category; over budget flagged; other property 404', async () => {
  const { e } = await approvedEvent();
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/budget/actuals`, { category: 'printing', name: 'x', amountFen: -1, spentOn: '2026-06-03' }),
    400,
  );
  ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/budget/actuals`, {
      category: 'printing',
      name: '会议手册印刷',
      amountFen: 18_000,
      invoiceRef: 'FP-001',
      spentOn: '2026-06-03',
    }),
    201,
  );
  let b = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/budget/actuals`, {
      category: 'overtime',
      name: '工作人员加班费',
      amountFen: 240_000,
      spentOn: '2026-06-05',
    }),
    201,
  );
  assert.equal(b.actuals.length, 2);
  const printing = b.variance.find((r: { category: string }) => r.category === 'printing');
  assert.deepEqual([printing.approvedFen, printing.actualFen, printing.varianceFen, printing.over], [15_500, 18_000, 2_500, true]);
  const overtime = b.variance.find((r: { category: string }) => r.category === 'overtime');
  assert.equal(overtime.over, false);
  assert.equal(b.totals.actualFen, 258_000);
  const gone = b.actuals[1].id;
  b = ok(await w.s.lead.del(`/api/v1/events/${e.id}/budget/actuals/${gone}`));
  assert.equal(b.totals.actualFen, 18_000);
  problem(await outsider.get(`/api/v1/events/${e.id}/budget`), 404);
  problem(await outsider.post(`/api/v1/events/${e.id}/budget/versions`, {}), 404);
  // Staff who read the event but are not on its team nor approvers: no budget.
  problem(await w.s.staff.get(`/api/v1/events/${e.id}/budget`), 403);
  const x = await w.s.lead.get(`/api/v1/events/${e.id}/budget/export`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
});

test('the fee statement is drafted from the actuals on the main notice; the organizer confirms it', async () => {
  const { e } = await approvedEvent();
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/fee-statement`, {}), 422, 'event_no_notice_yet');
  await w.setPrices();
  const noticeId = await w.meeting();
  const [n] = await w.t.database.db.select().from(serviceNotices).where(eq(serviceNotices.id, noticeId));
  await w.addSession(e.id, { bookingId: n!.bookingId, startsAt: n!.startAt, endsAt: n!.endAt });
  ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/budget/actuals`, {
      category: 'printing',
      name: '背景板制作',
      amountFen: 350_000,
      invoiceRef: 'FP-101',
      spentOn: '2026-06-03',
    }),
    201,
  );
  ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/budget/actuals`, {
      category: 'overtime',
      name: '工作人员加班费',
      amountFen: 240_000,
      spentOn: '2026-06-05',
    }),
    201,
  );
  problem(await w.s.gm.post(`/api/v1/events/${e.id}/fee-statement`, {}), 403);
  let b = ok(await w.s.lead.post(`/api/v1/events/${e.id}/fee-statement`, {}), 201);
  assert.equal(b.mainNoticeId, noticeId);
  assert.equal(b.statement.status, 'draft');
  const st = ok(await w.s.lead.get(`/api/v1/fee-statements/${b.statement.id}`));
  const names = st.lines.map((l: { name: string }) => l.name);
  assert.ok(names.includes('背景板制作') && names.includes('工作人员加班费'));
  assert.ok(st.lines.some((l: { name: string; amountFen: number }) => l.name === '背景板制作' && l.amountFen === 350_000));
  b = ok(await w.s.lead.post(`/api/v1/events/${e.id}/fee-statement`, { issue: true }), 200);
  assert.equal(b.statement.status, 'issued');
  const confirmed = ok(await w.s.organizer.post(`/api/v1/fee-statements/${b.statement.id}/confirm`, {}));
  assert.equal(confirmed.status, 'confirmed');
  b = ok(await w.s.lead.get(`/api/v1/events/${e.id}/budget`));
  assert.equal(b.statement.status, 'confirmed');
});
