import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inArray } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { runSlaScan } from './deadlines.jobs.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'sup' | 'pm' | 'gm'>;

before(async () => {
  w = await casesWorld({ desk: DESK, sup: ['cs_supervisor'], pm: ['project_manager'], gm: ['general_manager'] });
});
after(async () => w.t.close());

test('extensions: unentitled → 403; apology first → 422; the project manager extends a general complaint', async () => {
  const { s, complaint } = w;
  const c = ok(await s.desk.post('/api/v1/cases', complaint()), 201);
  const body = { resolveDueAt: '2026-10-20T17:00:00+08:00', reason: '等待配件' };
  problem(await s.desk.post(`/api/v1/cases/${c.id}/extend`, body), 403, 'forbidden');
  problem(await s.pm.post(`/api/v1/cases/${c.id}/extend`, body), 422, 'apology_required');
  ok(await s.desk.post(`/api/v1/cases/${c.id}/follow-ups`, { kind: 'apology', note: '代表工程部致歉' }));
  const e = ok(await s.pm.post(`/api/v1/cases/${c.id}/extend`, body));
  assert.equal(e.resolveDueAt, at('2026-10-20T17:00').toISOString());
  const imp = ok(await s.desk.post('/api/v1/cases', complaint({ severity: 'important', apologized: true })), 201);
  problem(await s.pm.post(`/api/v1/cases/${imp.id}/extend`, body), 403, 'forbidden');
});

test('pause and resume shift the resolve deadline by the paused working time', async () => {
  const { t, s, ids, complaint } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await s.desk.post('/api/v1/cases', complaint()), 201);
  assert.equal(c.resolveDueAt, at('2026-10-12T09:00').toISOString());
  ok(await s.desk.post(`/api/v1/cases/${c.id}/dispatch`, { assigneeId: ids.sup }));
  assert.equal(ok(await s.desk.post(`/api/v1/cases/${c.id}/pause`, { reason: '客户出差' })).status, 'waiting_customer');
  problem(await s.desk.post(`/api/v1/cases/${c.id}/close`, { proofChecked: true }), 422, 'case_not_closable');
  t.clock.set(at('2026-10-09T11:00'));
  const r = ok(await s.desk.post(`/api/v1/cases/${c.id}/resume`, {}));
  assert.equal(r.status, 'dispatched');
  assert.equal(r.pausedTotalMinutes, 120);
  assert.equal(r.resolveDueAt, at('2026-10-12T11:00').toISOString());
});

test('SLA scan: a major complaint escalates to the general manager at the breach, exactly once; follow-ups after dispatch', async () => {
  const { t, s, ids, complaint, notes } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await s.desk.post('/api/v1/cases', complaint({ severity: 'major', content: '会议期间停电' })), 201);
  assert.equal(c.respondDueAt, at('2026-10-09T17:30').toISOString());
  await runSlaScan(t.database.db, at('2026-10-09T15:00'));
  assert.equal(await notes(ids.desk, 'case.respond_warning', c.id), 0);
  await runSlaScan(t.database.db, at('2026-10-09T16:00'));
  assert.equal(await notes(ids.desk, 'case.respond_warning', c.id), 1);
  assert.equal(await notes(ids.gm, 'case.escalated', c.id), 0);
  for (const when of ['2026-10-09T17:30', '2026-10-09T17:31', '2026-10-09T18:00']) await runSlaScan(t.database.db, at(when));
  await Promise.all([runSlaScan(t.database.db, at('2026-10-09T18:01')), runSlaScan(t.database.db, at('2026-10-09T18:01'))]);
  assert.equal(await notes(ids.gm, 'case.escalated', c.id), 1);
  // the resolve breach comes later, but the case is at the GM's level already
  await runSlaScan(t.database.db, at('2026-10-12T09:00'));
  assert.equal(await notes(ids.gm, 'case.escalated', c.id), 1);
  assert.equal(await notes(ids.desk, 'case.resolve_breach', c.id), 1);
  const d = ok(await s.desk.get(`/api/v1/cases/${c.id}`));
  assert.equal(d.escalationLevel, 3);
  assert.equal(d.timeline.filter((e: { kind: string }) => e.kind === 'escalated').length, 1);

  t.clock.set(at('2026-10-09T09:00'));
  const g = ok(await s.desk.post('/api/v1/cases', complaint({ content: '走廊灯常亮' })), 201);
  ok(await s.desk.post(`/api/v1/cases/${g.id}/dispatch`, { assigneeId: ids.sup }));
  await runSlaScan(t.database.db, at('2026-10-09T10:59'));
  assert.equal(await notes(ids.desk, 'case.follow_up', g.id), 0);
  await runSlaScan(t.database.db, at('2026-10-09T11:00'));
  assert.equal(await notes(ids.desk, 'case.follow_up', g.id), 1);
  assert.equal(await notes(ids.sup, 'case.escalated', g.id), 0);
  await runSlaScan(t.database.db, at('2026-10-09T17:30'));
  await runSlaScan(t.database.db, at('2026-10-09T17:31'));
  assert.equal(await notes(ids.desk, 'case.follow_up_second', g.id), 1);
  assert.equal(await notes(ids.sup, 'case.escalated', g.id), 1);
});

test('the durable scan job reschedules itself once per minute slot; the routes are in the OpenAPI document', async () => {
  const { t } = w;
  const { jobs } = await import('../../../db/schema/index.ts');
  const { slaScans, SLA_SCAN } = await import('./deadlines.jobs.ts');
  const { scheduleFirst } = await import('../../../jobs/every.ts');
  // A minute slot no other run uses (unique keys are global on a shared database).
  t.clock.set(new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 5e8) * 60_000));
  const id = await scheduleFirst(t.database.db, slaScans, t.clock.now());
  assert.ok(id);
  assert.equal(await scheduleFirst(t.database.db, slaScans, t.clock.now()), null, 'same slot, same job');
  assert.equal(await t.app.jobs.runDue(5, { ids: [id!] }), 1);
  const slot = Math.floor(t.clock.now().getTime() / 60_000) * 60_000;
  const keys = [slot, slot + 60_000].map((ms) => `${SLA_SCAN}:${new Date(ms).toISOString()}`);
  const rows = await t.database.db.select().from(jobs).where(inArray(jobs.uniqueKey, keys)).orderBy(jobs.runAt);
  assert.deepEqual(
    rows.map((r) => r.status),
    ['done', 'queued'],
  );
  await t.database.db.delete(jobs).where(inArray(jobs.uniqueKey, keys));
  const doc = ok(await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' }));
  for (const p of ['/api/v1/cases', '/api/v1/cases/{id}/close', '/api/v1/work-orders/{id}/void', '/api/v1/work-orders/gap-report'])
    assert.ok(doc.paths[p], p);
});
