import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, desc, eq, sql } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { auditEvents, cases } from '../../../db/schema/index.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK_ADMIN, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'eng' | 'tenant2' | 'sup' | 'admin'>;

before(async () => {
  w = await casesWorld({ desk: DESK_ADMIN, eng: ['engineer'], tenant2: ['tenant'], sup: ['cs_supervisor'], admin: ['admin'] });
});
after(async () => w.t.close());

test('retention (written through the settings registry, repairs ≥ 1 year), archive run (admin), archived cases still searchable; no hard deletes', async () => {
  const { t, fx, s, q, corridorComplaint, openCase } = w;
  // One write path: the property settings registry (its bounds refuse less than a year; audited there).
  assert.equal((await s.admin.put('/api/v1/cases/settings/retention', { propertyId: fx.propertyId, repairYears: 2 })).statusCode, 404);
  const settingsUrl = `/api/v1/properties/${fx.propertyId}/settings`;
  problem(await s.admin.patch(settingsUrl, { set: { 'caseRetention.repairYears': 0 } }), 400);
  problem(await s.sup.patch(settingsUrl, { set: { 'caseRetention.repairYears': 2 } }), 403);
  ok(await s.admin.patch(settingsUrl, { set: { 'caseRetention.repairYears': 2, 'caseRetention.complaintYears': null } }));
  const r = ok(await s.admin.get(`/api/v1/cases/settings/retention?${q({})}`));
  assert.deepEqual([r.repairYears, r.complaintYears, r.minimumRepairYears], [2, null, 1]);
  const [changed] = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, fx.propertyId), eq(auditEvents.action, 'property.settings_changed')))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  assert.ok(changed, 'the change is audited');

  t.clock.set(at('2026-10-09T09:00'));
  const rep = await openCase({
    propertyId: fx.propertyId,
    kind: 'repair',
    content: '旧报修：更换灯泡',
    unitId: fx.unitId,
    contactName: '赵工',
  });
  const comp = ok(await s.desk.post('/api/v1/cases', corridorComplaint({ content: '旧投诉：噪音' })), 201);
  ok(await s.desk.post(`/api/v1/cases/${comp.id}/close`, { proofChecked: true }));
  // close the repair through its work order, then age both closures by three years
  const wo = ok(await s.desk.post(`/api/v1/cases/${rep.id}/work-orders`, { content: '更换灯泡' }), 201).workOrders[0];
  ok(await s.eng.post(`/api/v1/work-orders/${wo.id}/accept`));
  ok(await s.eng.post(`/api/v1/work-orders/${wo.id}/complete`, { workDone: '已更换' }));
  ok(await s.desk.post(`/api/v1/work-orders/${wo.id}/sign`, { name: '赵工', method: 'paper' }));
  ok(await s.desk.post(`/api/v1/work-orders/${wo.id}/return`));
  ok(await s.desk.post(`/api/v1/cases/${rep.id}/close`, {}));
  await t.database.db
    .update(cases)
    .set({ closedAt: at('2023-09-01T10:00') })
    .where(sql`${cases.id} in (${rep.id}, ${comp.id})`);

  problem(await s.sup.post('/api/v1/cases/archive-run', { propertyId: fx.propertyId }), 403);
  const run = ok(await s.admin.post('/api/v1/cases/archive-run', { propertyId: fx.propertyId }));
  assert.ok(run.total >= 1);
  const [row] = await t.database.db.select().from(cases).where(eq(cases.id, rep.id));
  assert.ok(row!.archivedAt);
  const [crow] = await t.database.db.select().from(cases).where(eq(cases.id, comp.id));
  assert.equal(crow!.archivedAt, null, 'complaints are kept long-term (null = forever)');

  const base = `/api/v1/cases/search?${q({ number: rep.number })}`;
  assert.equal(ok(await s.desk.get(base)).data.length, 0);
  const found = ok(await s.desk.get(`${base}&includeArchived=true`)).data;
  assert.equal(found[0].id, rep.id);
  assert.equal(found[0].archived, true);
  assert.equal(found[0].unitCode, '0301');
  const byUnit = ok(
    await s.desk.get(`/api/v1/cases/search?${q({ unit: '0301', person: '赵', text: '灯泡', includeArchived: 'true' })}`),
  ).data;
  assert.deepEqual(
    byUnit.map((x: { id: string }) => x.id),
    [rep.id],
  );
  problem(await s.desk.get(`/api/v1/cases/search?${q({ includeArchived: 'maybe' })}`), 400, 'validation_failed');
  assert.equal(ok(await s.tenant2.get(`/api/v1/cases/search?${q({ includeArchived: 'true' })}`)).data.length, 0);

  const routes = t.app.printRoutes({ commonPrefix: false });
  assert.ok(!/cases[^\n]*\(DELETE\)|kb[^\n]*\(DELETE\)|work-orders[^\n]*\(DELETE\)/.test(routes), 'no DELETE routes in the service desk');
});
