import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { problem, ok, type Session } from '../../../test/helpers.ts';
import { auditEvents } from '../../../db/schema/index.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

// S2/S4: an emergency stays pinned (any status) until a CS supervisor, project manager or general manager signs it off.
let w: CasesWorld<'desk' | 'eng' | 'tenant' | 'supervisor' | 'pm' | 'gm' | 'outsider'>;

before(async () => {
  w = await casesWorld({
    desk: DESK,
    eng: ['engineer'],
    tenant: UNIT_TENANT,
    supervisor: ['cs_supervisor'],
    pm: ['project_manager'],
    gm: ['general_manager'],
    // a manager of another property: the cases of this one do not exist for them
    outsider: { roles: ['cs_supervisor', 'general_manager'], on: 'other' },
  });
});
after(async () => w.t.close());

/** A hotline complaint of smoke in the underground car park. */
const carParkComplaint = (over: Record<string, unknown> = {}) =>
  w.complaint({ content: '地下车库起火冒烟', category: 'attitude', ...over });
const pinned = async (s: Session = w.s.desk, pid = w.fx.propertyId) =>
  ok(await s.get(`/api/v1/cases/pinned?propertyId=${pid}`)).data as { id: string; number: string; status: string }[];
const signOff = (s: Session, id: string, note: unknown = '已到场处置，险情排除') =>
  s.post(`/api/v1/cases/${id}/emergency-sign-off`, { note });

test('an emergency is pinned also after it is closed, newest first; ordinary cases never are', async () => {
  const { t, fx, other, s } = w;
  const plain = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ content: '保洁不及时' })), 201);
  const e1 = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ emergency: true })), 201);
  t.clock.advance(60_000);
  const e2 = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ emergency: true, content: '电梯困人' })), 201);
  assert.equal(e1.emergencySignedOffAt, null);
  assert.equal(e1.emergencySignedOffByName, null);
  assert.equal(e1.policies.signOffEmergency, false, 'the front desk does not sign off');

  ok(await s.desk.post(`/api/v1/cases/${e1.id}/close`, { proofChecked: true, proofNote: '主管电话确认', note: '已处置' }));
  const list = await pinned();
  const ids = list.map((c) => c.id);
  assert.ok(!ids.includes(plain.id));
  assert.deepEqual(
    ids.filter((id) => id === e1.id || id === e2.id),
    [e2.id, e1.id],
    'newest first',
  );
  assert.equal(list.find((c) => c.id === e1.id)!.status, 'closed');
  // every reader of the property sees the strip (the engineer too); outside users never
  assert.ok((await pinned(s.eng)).some((c) => c.id === e1.id));
  problem(await s.tenant.get(`/api/v1/cases/pinned?propertyId=${fx.propertyId}`), 403, 'forbidden');
  problem(await s.outsider.get(`/api/v1/cases/pinned?propertyId=${fx.propertyId}`), 404, 'not_found');
  assert.equal((await pinned(s.outsider, other.propertyId)).length, 0);
  problem(await s.desk.get('/api/v1/cases/pinned'), 400, 'validation_failed');
});

test('who signs off: dispatcher and engineer 403, other property 404; a supervisor signs off once (409 after), audited', async () => {
  const { t, fx, s, ids } = w;
  const c = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ emergency: true })), 201);
  problem(await signOff(s.desk, c.id), 403, 'forbidden');
  problem(await signOff(s.eng, c.id), 403, 'forbidden');
  problem(await signOff(s.outsider, c.id), 404, 'not_found');
  const sup = ok(await s.supervisor.get(`/api/v1/cases/${c.id}`));
  assert.equal(sup.policies.signOffEmergency, true);

  const bad = problem(await signOff(s.supervisor, c.id, '   '), 400, 'validation_failed');
  assert.equal(bad.fields?.[0]?.path, 'note');
  problem(await signOff(s.supervisor, c.id, 'x'.repeat(1001)), 400, 'validation_failed');
  problem(await s.supervisor.post(`/api/v1/cases/${c.id}/emergency-sign-off`, {}), 400, 'validation_failed');

  t.clock.set(at('2026-10-09T10:30'));
  const done = ok(await signOff(s.supervisor, c.id));
  assert.equal(done.emergencySignedOffAt, at('2026-10-09T10:30').toISOString());
  assert.equal(done.emergencySignedOffBy, ids.supervisor);
  assert.match(done.emergencySignedOffByName, /^测试用户/);
  assert.equal(done.emergencySignOffNote, '已到场处置，险情排除');
  assert.equal(done.policies.signOffEmergency, false);
  assert.equal(done.status, c.status, 'signing off does not change the status');
  assert.ok(
    done.timeline.some((e: { kind: string; note: string }) => e.kind === 'emergency_signed_off' && e.note === '已到场处置，险情排除'),
  );
  assert.ok(!(await pinned()).some((x) => x.id === c.id), 'gone from the pinned list');

  const again = problem(await signOff(s.pm, c.id), 409, 'already_signed_off');
  assert.equal(again.signedOffBy, ids.supervisor);
  const audits = await t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, c.id), eq(auditEvents.action, 'case.emergency_signed_off')));
  assert.equal(audits.length, 1);
  assert.equal(audits[0]!.actorId, ids.supervisor);
  assert.deepEqual(audits[0]!.changes?.emergencySignOffNote, [null, '已到场处置，险情排除']);
  // the list shows who signed off
  const row = (
    ok(await s.desk.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data as { id: string; emergencySignedOffByName: string | null }[]
  ).find((x) => x.id === c.id);
  assert.equal(row!.emergencySignedOffByName, done.emergencySignedOffByName);
});

test('a non-emergency case cannot be signed off; the project manager and general manager may sign off', async () => {
  const { s } = w;
  const plain = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ content: '空调噪音' })), 201);
  problem(await signOff(s.supervisor, plain.id), 422, 'case_not_emergency');
  problem(await signOff(s.desk, plain.id), 403, 'forbidden');
  const a = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ emergency: true })), 201);
  const b = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ emergency: true })), 201);
  assert.ok(ok(await signOff(s.pm, a.id)).emergencySignedOffAt);
  assert.ok(ok(await signOff(s.gm, b.id)).emergencySignedOffAt);
});

test('two concurrent sign-offs: one wins, the other gets 409 already_signed_off; one event', async () => {
  const { s, eventsOf } = w;
  const c = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ emergency: true })), 201);
  const [x, y] = await Promise.all([signOff(s.supervisor, c.id, '主管签认'), signOff(s.pm, c.id, '项目经理签认')]);
  assert.deepEqual([x.statusCode, y.statusCode].sort(), [200, 409]);
  problem(x.statusCode === 409 ? x : y, 409, 'already_signed_off');
  assert.equal((await eventsOf(c.id, 'emergency_signed_off')).length, 1);
});

test('reclassifying a signed-off case to emergency again starts a new pin', async () => {
  const { s } = w;
  const c = ok(await s.desk.post('/api/v1/cases', carParkComplaint({ emergency: true })), 201);
  // Not signed off yet: the front desk may not lift the emergency (that would unpin it); a manager may.
  problem(await s.desk.post(`/api/v1/cases/${c.id}/classify`, { emergency: false, note: '经核实非紧急' }), 403, 'forbidden');
  assert.ok(
    (await pinned()).some((x) => x.id === c.id),
    'still pinned',
  );
  ok(await signOff(s.supervisor, c.id));
  const down = ok(await s.desk.post(`/api/v1/cases/${c.id}/classify`, { emergency: false, note: '经核实非紧急' }));
  assert.ok(down.emergencySignedOffAt, 'a downgrade keeps the sign-off as history');
  problem(await signOff(s.supervisor, c.id), 422, 'case_not_emergency');
  const up = ok(await s.desk.post(`/api/v1/cases/${c.id}/classify`, { emergency: true, note: '现场险情扩大' }));
  assert.equal(up.emergencySignedOffAt, null);
  assert.equal(up.emergencySignedOffBy, null);
  assert.equal(up.emergencySignOffNote, null);
  assert.equal(up.policies.signOffEmergency, false, 'the front desk does not sign off');
  assert.ok(
    (await pinned()).some((x) => x.id === c.id),
    'pinned again',
  );
  assert.ok(ok(await signOff(s.gm, c.id, '再次签认')).emergencySignedOffAt);
  // an unrelated reclassification of a signed-off emergency keeps the sign-off
  const kept = ok(await s.desk.post(`/api/v1/cases/${c.id}/classify`, { severity: 'important', note: '升级为重要' }));
  assert.equal(kept.emergencySignOffNote, '再次签认');
});
