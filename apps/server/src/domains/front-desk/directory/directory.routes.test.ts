import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, makeProperty, ok, problem, type TestApp, type Fixture, type Session, signedIn } from '../../../test/helpers.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, guard: Session, tenant: Session, outsider: Session;

before(async () => {
  t = await createTestApp();
  fx = await makeProperty(t.app);
  const other = await makeProperty(t.app, '其他项目');
  desk = await signedIn(t.app, fx.propertyId, ['front_desk']);
  guard = await signedIn(t.app, fx.propertyId, ['security']);
  tenant = await signedIn(t.app, fx.propertyId, ['tenant'], { unitId: fx.unitId });
  outsider = await signedIn(t.app, other.propertyId, ['front_desk']);
});
after(() => t.close());

const q = (p: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...p }).toString();

test('the desk keeps the directory; staff find people by name, initials, company, location and phone; tenants and other properties cannot read it', async () => {
  const fin = ok(
    await desk.post('/api/v1/front-desk/directory', {
      propertyId: fx.propertyId,
      kind: 'tenant',
      nameZh: '市财政局',
      nameEn: 'Finance Bureau',
      location: '主楼 12F 1201',
      phone: '0755-28301203',
      emergencyContact: '陈静',
      emergencyPhone: '13900001111',
    }),
    201,
  );
  assert.equal(fin.initials, 'sczj');
  assert.equal(fin.pigeonhole, 'S');
  const person = ok(
    await desk.post('/api/v1/front-desk/directory', {
      propertyId: fx.propertyId,
      kind: 'person',
      parentId: fin.id,
      nameZh: '单立新',
      title: '办公室主任',
      mobile: '13512345678',
    }),
    201,
  );
  assert.equal(person.initials, 'slx');
  assert.equal(person.parentName, '市财政局');

  for (const [text, expect] of [
    ['slx', '单立新'],
    ['SLX', '单立新'],
    ['财政', '市财政局'],
    ['1201', '市财政局'],
    ['Finance', '市财政局'],
    ['1351234', '单立新'],
    ['办公室主任', '单立新'],
  ] as const) {
    const found = ok(await guard.get(`/api/v1/front-desk/directory?${q({ q: text })}`)).data.map((e: { nameZh: string }) => e.nameZh);
    assert.ok(found.includes(expect), `${text} → ${found}`);
  }
  // Searching by the tenant's name also finds its people (the company column).
  const ofFin = ok(await guard.get(`/api/v1/front-desk/directory?${q({ q: '财政局', kind: 'person' })}`)).data;
  assert.deepEqual(
    ofFin.map((e: { nameZh: string }) => e.nameZh),
    ['单立新'],
  );
  assert.equal(ok(await guard.get(`/api/v1/front-desk/directory/${person.id}`)).policies.update, false);

  problem(await tenant.get(`/api/v1/front-desk/directory?${q({})}`), 403);
  problem(await tenant.get(`/api/v1/front-desk/directory/${person.id}`), 404);
  problem(await outsider.get(`/api/v1/front-desk/directory?${q({})}`), 404);
  problem(await outsider.get(`/api/v1/front-desk/directory/${person.id}`), 404);
  problem(await guard.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'person', nameZh: '某人' }), 403);

  // A person belongs to a department or tenant, not to a person; bad input names its field.
  const bad = problem(
    await desk.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'person', parentId: person.id, nameZh: '某人' }),
    422,
    'directory_parent_invalid',
  );
  assert.equal(bad.fields![0]!.path, 'parentId');
  const invalid = problem(
    await desk.post('/api/v1/front-desk/directory', { propertyId: fx.propertyId, kind: 'person', nameZh: '', mobile: 'abc' }),
    400,
    'validation_failed',
  );
  assert.deepEqual(invalid.fields!.map((f) => f.path).sort(), ['mobile', 'nameZh']);

  // Renamed: initials and pigeonhole follow; archived: out of the search, kept for what names it.
  const renamed = ok(await desk.patch(`/api/v1/front-desk/directory/${person.id}`, { nameZh: '欧阳立新' }));
  assert.equal(renamed.pigeonhole, 'O');
  ok(await desk.post(`/api/v1/front-desk/directory/${person.id}/archive`));
  assert.equal(ok(await guard.get(`/api/v1/front-desk/directory?${q({ q: '立新' })}`)).data.length, 0);
  assert.equal(ok(await guard.get(`/api/v1/front-desk/directory/${person.id}`)).archived, true);

  // The export is a workbook, audited.
  const x = await guard.get(`/api/v1/front-desk/directory/export?${q({})}`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  const events = await t.app.database.db.execute(
    `select action from audit_events where property_id = '${fx.propertyId}' and action like 'directory%' order by id`,
  );
  const actions = (events as unknown as { rows: { action: string }[] }).rows.map((r) => r.action);
  assert.deepEqual(actions, [
    'directory_entry.created',
    'directory_entry.created',
    'directory_entry.updated',
    'directory_entry.archived',
    'directory.exported',
  ]);
});
