import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema/index.ts';
import { makeProperty, ok, problem, TestClock, type Fixture } from '../../../test/helpers.ts';
import { at, propertyFor, roster } from '../../../test/builders.ts';

type Who = 'desk' | 'sup' | 'pm' | 'admin' | 'otherAdmin' | 'tenant';
const team = roster<Who>();
let w: Awaited<ReturnType<typeof propertyFor>> & {
  other: Fixture;
  s: typeof team.s;
  ids: typeof team.ids;
  complaint: (o?: object) => object;
};
before(async () => {
  const env = await propertyFor(team, new TestClock(at('2026-10-09T09:00')));
  const other = await makeProperty(env.t.app, '另一项目');
  await team.members({
    desk: ['front_desk', 'dispatcher'],
    sup: ['cs_supervisor'],
    pm: ['project_manager'],
    admin: ['admin'],
    otherAdmin: { roles: ['admin'], on: [other.propertyId] },
    tenant: { roles: ['tenant'], unitId: env.fx.unitId, organizationId: env.fx.organizationId },
  });
  const complaint = (over: object = {}) => ({
    propertyId: env.fx.propertyId,
    kind: 'complaint',
    channel: 'hotline',
    content: '会议室空调噪音大',
    ...over,
  });
  w = { ...env, other, s: team.s, ids: team.ids, complaint };
});
after(async () => w.t.close());

const url = () => `/api/v1/properties/${w.fx.propertyId}/settings`;
type Entry = { key: string; value: unknown; default: unknown; overridden: boolean };
const entry = (body: { settings: Entry[] }, key: string) => body.settings.find((e) => e.key === key)!;

test('GET: every setting with its effective value, default and overridden flag; staff read, only admins may change', async () => {
  const { s } = w;
  const a = ok(await s.admin.get(url()));
  assert.equal(a.policies.update, true);
  const sla = entry(a, 'caseSla.complaint.general.respond');
  assert.deepEqual([sla.value, sla.default, sla.overridden], [{ value: 10, unit: 'minutes' }, { value: 10, unit: 'minutes' }, false]);
  assert.equal(entry(a, 'bureauReportTime').value, '16:30');
  assert.equal(ok(await s.desk.get(url())).policies.update, false);
  problem(await s.tenant.get(url()), 403, 'forbidden');
  problem(await s.otherAdmin.get(url()), 404, 'not_found');
  problem(await s.desk.patch(url(), { set: { bureauReportTime: '17:00' } }), 403, 'forbidden');
  problem(await s.otherAdmin.patch(url(), { set: { bureauReportTime: '17:00' } }), 404, 'not_found');
});

test('PATCH: invalid values are 400 with the offending paths and change nothing', async () => {
  const { s } = w;
  const p = problem(
    await s.admin.patch(url(), {
      set: {
        'caseSla.complaint.general.respond': { value: 5, unit: 'weeks' },
        bureauReportTime: '24:00',
        'leadTimes.A': { value: 2, unit: 'hours' },
      },
    }),
    400,
    'validation_failed',
  );
  assert.deepEqual(p.fields?.map((f) => f.path).sort(), ['set.bureauReportTime', 'set.caseSla.complaint.general.respond.unit']);
  assert.equal(entry(ok(await s.admin.get(url())), 'leadTimes.A').overridden, false, 'nothing was written');
  problem(await s.admin.patch(url(), { reset: ['no.such'] }), 400, 'validation_failed');
});

test('PATCH: a changed SLA target times the next case; audited before/after; reset returns to the default', async () => {
  const { t, s, complaint } = w;
  t.clock.set(at('2026-10-09T09:00'));
  assert.equal(ok(await s.desk.post('/api/v1/cases', complaint()), 201).respondDueAt, at('2026-10-09T09:10').toISOString());
  const changed = ok(await s.admin.patch(url(), { set: { 'caseSla.complaint.general.respond': { value: 30, unit: 'minutes' } } }));
  const e = entry(changed, 'caseSla.complaint.general.respond');
  assert.deepEqual([e.value, e.overridden], [{ value: 30, unit: 'minutes' }, true]);
  assert.equal(ok(await s.desk.post('/api/v1/cases', complaint()), 201).respondDueAt, at('2026-10-09T09:30').toISOString());

  const rows = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.propertyId, w.fx.propertyId), eq(auditEvents.action, 'property.settings_changed')));
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0]!.changes, {
    'caseSla.complaint.general.respond': [{ default: { value: 10, unit: 'minutes' } }, { value: 30, unit: 'minutes' }],
  });
  assert.equal(rows[0]!.actorId, w.ids.admin);

  ok(await s.admin.patch(url(), { reset: ['caseSla.complaint.general.respond'] }));
  assert.equal(ok(await s.desk.post('/api/v1/cases', complaint()), 201).respondDueAt, at('2026-10-09T09:10').toISOString());
  ok(await s.admin.patch(url(), { reset: ['caseSla.complaint.general.respond'] }));
  const after = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.propertyId, w.fx.propertyId), eq(auditEvents.action, 'property.settings_changed')));
  assert.equal(after.length, 2, 'a reset of what is already the default writes no audit row');
});

test('consumers: extension approvers and the complaint-rate target follow the settings', async () => {
  const { s, complaint } = w;
  const c = ok(await s.desk.post('/api/v1/cases', complaint({ apologized: true })), 201);
  const body = { resolveDueAt: '2026-10-30T17:00:00+08:00', reason: '等待配件' };
  problem(await s.sup.post(`/api/v1/cases/${c.id}/extend`, body), 403, 'forbidden');
  assert.equal(ok(await s.sup.get(`/api/v1/cases/${c.id}`)).policies.extend, false);
  problem(await s.admin.patch(url(), { set: { 'caseSla.extensionApprovers.general': ['dispatcher'] } }), 400);
  ok(await s.admin.patch(url(), { set: { 'caseSla.extensionApprovers.general': ['cs_supervisor'] } }));
  assert.equal(ok(await s.sup.get(`/api/v1/cases/${c.id}`)).policies.extend, true);
  problem(await s.pm.post(`/api/v1/cases/${c.id}/extend`, body), 403, 'forbidden');
  assert.equal(ok(await s.sup.post(`/api/v1/cases/${c.id}/extend`, body)).resolveDueAt, at('2026-10-30T17:00').toISOString());
  ok(await s.admin.patch(url(), { set: { 'measures.complaintRateTargetPercent': 2.5 } }));
  const rate = ok(await s.admin.get(`/api/v1/reports/complaint-rate?propertyId=${w.fx.propertyId}&quarter=2026Q4`));
  assert.equal(rate.target, 0.025);
});
