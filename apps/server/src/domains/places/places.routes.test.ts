import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq } from 'drizzle-orm';
import {
  makeUser,
  login,
  problem,
  ok,
  uniq,
  type TestApp,
  type Fixture,
  type Session,
  type TestUser,
  signedIn,
} from '../../test/helpers.ts';
import { venues, auditEvents, buildings, units } from '../../db/schema/index.ts';
import { twoProperties } from '../../test/builders.ts';

let t: TestApp, fx: Fixture, other: Fixture;
let adminUser: TestUser;
let admin: Session;
before(async () => {
  ({ t, fx, other } = await twoProperties());
  adminUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['admin'] }]);
  admin = await login(t.app, adminUser);
});
after(async () => t.close());

/** The admin adds a venue (`venueBody(over)`): the venue (201). */
const addVenue = async (over: Record<string, unknown> = {}) => ok(await admin.post('/api/v1/venues', venueBody(over)), 201);
/** The admin adds a unit to the property. */
const postUnit = (body: Record<string, unknown>) => admin.post('/api/v1/units', { propertyId: fx.propertyId, ...body });
const venueBody = (over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId,
  buildingId: fx.buildingId,
  floorId: fx.floorId,
  code: uniq('V'),
  name: '第一会议室',
  venueType: 'discussion_room',
  venueClass: 'A',
  seats: 30,
  layouts: [
    { layout: 'discussion', capacity: 30, setupMinutes: 15, cleanupMinutes: 15 },
    { layout: 'classroom', capacity: 40 },
  ],
  equipment: [
    { code: 'projector', qty: 1 },
    { code: 'microphone', qty: 4 },
  ],
  openFrom: '08:00',
  openTo: '20:00',
  ...over,
});

async function counts(propertyId = fx.propertyId) {
  const db = t.database.db;
  const [v] = await db.select({ n: count() }).from(venues).where(eq(venues.propertyId, propertyId));
  const [b] = await db.select({ n: count() }).from(buildings).where(eq(buildings.propertyId, propertyId));
  const [u] = await db.select({ n: count() }).from(units).where(eq(units.propertyId, propertyId));
  const [a] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.propertyId, propertyId));
  return { venues: Number(v!.n), buildings: Number(b!.n), units: Number(u!.n), audit: Number(a!.n) };
}

test('admin sets up a building (floors appear), an organization, a unit and linked venues; edits are audited', async () => {
  const b = ok(
    await admin.post('/api/v1/buildings', { propertyId: fx.propertyId, code: uniq('B'), name: '会议大厦', floorsAbove: 3, floorsBelow: 1 }),
    201,
  );
  assert.deepEqual(
    b.floors.map((f: { label: string }) => f.label),
    ['B1', '1F', '2F', '3F'],
  );
  assert.deepEqual(b.policies, { update: true, archive: true });
  const fl = ok(await admin.get(`/api/v1/buildings/${b.id}/floors`)).data;
  assert.deepEqual(
    fl.map((f: { level: number }) => f.level),
    [-1, 1, 2, 3],
  );
  const f2 = fl.find((f: { label: string }) => f.label === '2F');

  const org = ok(
    await admin.post('/api/v1/organizations', {
      propertyId: fx.propertyId,
      name: uniq('市人大办'),
      shortName: '人大办',
      kind: 'government',
      contactName: '何志刚',
      contactPhone: '0755-28304101',
    }),
    201,
  );
  const unit = ok(
    await postUnit({
      buildingId: b.id,
      floorId: f2.id,
      code: '0201',
      name: '人大办',
      households: 2,
      organizationId: org.id,
      phone: '0755-1234',
    }),
    201,
  );
  assert.equal(unit.buildingName, '会议大厦');
  assert.equal(unit.floorLabel, '2F');
  assert.equal(unit.organizationName, org.name);

  const manager = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['cs_assistant'] }]);
  const lounge = await addVenue({
    buildingId: b.id,
    floorId: f2.id,
    name: '主席团秘书室',
    venueType: 'secretary_room',
    seats: 8,
    layouts: [{ layout: 'discussion', capacity: 8 }],
    equipment: [],
  });
  const hall = await addVenue({
    buildingId: b.id,
    floorId: f2.id,
    name: '主席团会议厅',
    venueType: 'presidium_hall',
    venueClass: 'C',
    seats: 80,
    minAttendees: 20,
    layouts: [{ layout: 'round_table', capacity: 80, setupMinutes: 90, cleanupMinutes: 45 }],
    defaultLayout: 'round_table',
    restricted: true,
    allowedOrganizationIds: [org.id],
    linkedVenueIds: [lounge.id],
    managerUserIds: [manager.id],
    description: '不续茶',
  });
  assert.equal(hall.buildingName, '会议大厦');
  assert.equal(hall.floorLabel, '2F');
  assert.deepEqual(hall.effectiveLeadTime, { value: 1, unit: 'working_days', source: 'class' });
  assert.deepEqual(hall.linkedVenues, [{ id: lounge.id, code: lounge.code, name: '主席团秘书室' }]);
  assert.deepEqual(
    hall.managers.map((m: { id: string }) => m.id),
    [manager.id],
  );
  assert.deepEqual(hall.allowedOrganizations, [{ id: org.id, name: org.name }]);
  assert.deepEqual(hall.policies, { update: true, archive: true });
  assert.equal(lounge.defaultLayout, 'discussion', 'the first layout is the default when none is given');

  const changed = ok(
    await admin.patch(`/api/v1/venues/${hall.id}`, { seats: 90, leadTime: { value: 2, unit: 'working_days' }, linkedVenueIds: [] }),
  );
  assert.equal(changed.seats, 90);
  assert.deepEqual(changed.effectiveLeadTime, { value: 2, unit: 'working_days', source: 'venue' });
  assert.deepEqual(changed.linkedVenues, []);
  assert.deepEqual(changed.allowedOrganizations, [{ id: org.id, name: org.name }], 'relations not in the patch are kept');

  const history = ok(await admin.get(`/api/v1/audit-events?entityType=venue&entityId=${hall.id}`)).data;
  assert.deepEqual(
    history.map((e: { action: string }) => e.action),
    ['venue.updated', 'venue.created'],
  );
  assert.deepEqual(history[0].changes.seats, [80, 90]);
  assert.deepEqual(history[0].changes.linkedVenueIds, [[lounge.id], []]);
  assert.equal(history[0].propertyId, fx.propertyId);

  const opened = ok(await admin.patch(`/api/v1/venues/${hall.id}`, { restricted: false }));
  assert.deepEqual(opened.allowedOrganizations, [], 'an unrestricted venue has no allowed organizations');

  // "Deleting" a venue archives it; the list filters find it by its attributes.
  const archived = ok(await admin.del(`/api/v1/venues/${hall.id}`));
  assert.equal(archived.bookable, false);
  assert.deepEqual(archived.policies, { update: true, archive: false });
  const list = async (qs: string) =>
    ok(await admin.get(`/api/v1/venues?propertyId=${fx.propertyId}&buildingId=${b.id}&${qs}`)).data.map((v: { id: string }) => v.id);
  assert.deepEqual(await list('bookable=false'), [hall.id]);
  assert.deepEqual(await list('bookable=true'), [lounge.id]);
  assert.deepEqual(await list('venueClass=C'), [hall.id]);
  assert.deepEqual(await list('minSeats=50'), [hall.id]);
  assert.deepEqual(await list('equipment=projector,microphone'), [hall.id]);
  assert.deepEqual(await list('equipment=projector,tv'), []);
  assert.deepEqual(await list(`q=${encodeURIComponent('秘书')}`), [lounge.id]);
  assert.equal(ok(await admin.get(`/api/v1/audit-events?entityType=venue&entityId=${hall.id}`)).data[0].action, 'venue.archived');
});

test('property settings: lead times per class, time zone, work hours; admins open new properties', async () => {
  const p = ok(await admin.get(`/api/v1/properties/${fx.propertyId}`));
  assert.deepEqual(p.policies, { update: true, archive: false });
  const v = await addVenue({ venueClass: 'B' });
  assert.deepEqual(v.effectiveLeadTime, { value: 4, unit: 'working_hours', source: 'class' });
  assert.equal(ok(await admin.patch(`/api/v1/properties/${fx.propertyId}`, { address: '市府大道 1 号' })).address, '市府大道 1 号');
  const changed = ok(
    await admin.patch(`/api/v1/properties/${fx.propertyId}/settings`, { set: { 'leadTimes.B': { value: 6, unit: 'hours' } } }),
  );
  const entry = (k: string) => changed.settings.find((e: { key: string }) => e.key === k);
  assert.deepEqual(entry('leadTimes.B').value, { value: 6, unit: 'hours' });
  assert.deepEqual(entry('leadTimes.A').value, { value: 1, unit: 'hours' }, 'other classes are kept');
  assert.deepEqual(ok(await admin.get(`/api/v1/venues/${v.id}`)).effectiveLeadTime, { value: 6, unit: 'hours', source: 'class' });

  assert.equal(
    problem(await admin.patch(`/api/v1/properties/${fx.propertyId}`, { timeZone: 'Mars/Base' }), 400, 'validation_failed').fields?.[0]
      ?.path,
    'timeZone',
  );
  assert.equal(
    problem(await admin.patch(`/api/v1/properties/${fx.propertyId}`, { workStart: '18:00', workEnd: '08:00' }), 400, 'validation_failed')
      .fields?.[0]?.path,
    'workEnd',
  );
  const settingsPatch = (set: Record<string, unknown>) => admin.patch(`/api/v1/properties/${fx.propertyId}/settings`, { set });
  assert.equal(problem(await settingsPatch({ 'leadTimes.D': { value: 1, unit: 'hours' } }), 400).fields?.[0]?.path, 'set.leadTimes.D');
  assert.equal(problem(await settingsPatch({ 'leadTimes.A': { value: 1, unit: 'weeks' } }), 400).fields?.[0]?.path, 'set.leadTimes.A.unit');

  const code = uniq('NEW').toUpperCase();
  const created = ok(await admin.post('/api/v1/properties', { code, name: '新项目', timeZone: 'Asia/Urumqi' }), 201);
  assert.deepEqual(created.policies, { update: true, archive: false });
  assert.deepEqual(created.settings, {}, 'a new property stores no overrides: every setting has its default');
  // The creator is now admin there: a fresh session sees it and can build in it.
  const again = await login(t.app, adminUser);
  assert.ok(ok(await again.get('/api/v1/properties?limit=200')).data.some((x: { id: string }) => x.id === created.id));
  ok(await again.post('/api/v1/buildings', { propertyId: created.id, code: 'A', name: 'A座' }), 201);
  problem(await admin.post('/api/v1/properties', { code, name: '重复' }), 409, 'duplicate');

  const dispatcher = await signedIn(t.app, fx.propertyId, ['dispatcher']);
  problem(await dispatcher.post('/api/v1/properties', { code: uniq('X'), name: 'x' }), 403, 'forbidden');
  problem(await dispatcher.patch(`/api/v1/properties/${fx.propertyId}`, { name: 'x' }), 403, 'forbidden');
  problem(await dispatcher.get(`/api/v1/properties/${other.propertyId}`), 404, 'not_found');
  assert.deepEqual(
    ok(await dispatcher.get('/api/v1/properties')).data.map((x: { id: string }) => x.id),
    [fx.propertyId],
  );
});

test('roles: staff read, only admins write; outside users see only their own unit and organization; other properties are 404', async () => {
  const dispatcher = await signedIn(t.app, fx.propertyId, ['dispatcher']);
  const venue = await addVenue();
  assert.deepEqual(ok(await dispatcher.get(`/api/v1/venues/${venue.id}`)).policies, { update: false, archive: false });
  assert.ok(ok(await dispatcher.get(`/api/v1/units?propertyId=${fx.propertyId}`)).data.length >= 1);
  ok(await dispatcher.get(`/api/v1/buildings/${fx.buildingId}`));
  const before = await counts();
  problem(await dispatcher.post('/api/v1/venues', venueBody()), 403, 'forbidden');
  problem(await dispatcher.patch(`/api/v1/venues/${venue.id}`, { seats: 5 }), 403, 'forbidden');
  problem(await dispatcher.del(`/api/v1/venues/${venue.id}`), 403, 'forbidden');
  problem(await dispatcher.post('/api/v1/buildings', { propertyId: fx.propertyId, code: 'X', name: 'x' }), 403, 'forbidden');
  assert.deepEqual(await counts(), before);

  const tenantUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }], {
    unitId: fx.unitId,
    organizationId: fx.organizationId,
  });
  const tenant = await login(t.app, tenantUser);
  const otherUnit = ok(await postUnit({ buildingId: fx.buildingId, code: uniq('U'), households: 0 }), 201);
  const otherOrg = ok(
    await admin.post('/api/v1/organizations', { propertyId: fx.propertyId, name: uniq('单位'), contactPhone: '13800000000' }),
    201,
  );
  assert.deepEqual(
    ok(await tenant.get('/api/v1/units')).data.map((u: { id: string }) => u.id),
    [fx.unitId],
  );
  assert.deepEqual(
    ok(await tenant.get(`/api/v1/organizations?propertyId=${fx.propertyId}`)).data.map((o: { id: string }) => o.id),
    [fx.organizationId],
  );
  ok(await tenant.get(`/api/v1/units/${fx.unitId}`));
  problem(await tenant.get(`/api/v1/units/${otherUnit.id}`), 404, 'not_found');
  problem(await tenant.get(`/api/v1/organizations/${otherOrg.id}`), 404, 'not_found');
  ok(await tenant.get(`/api/v1/venues/${venue.id}`));
  ok(await tenant.get(`/api/v1/buildings?propertyId=${fx.propertyId}`));
  problem(await tenant.patch(`/api/v1/units/${fx.unitId}`, { households: 9 }), 403, 'forbidden');
  // Archived venues are hidden from outside users.
  const gone = await addVenue();
  ok(await admin.del(`/api/v1/venues/${gone.id}`));
  problem(await tenant.get(`/api/v1/venues/${gone.id}`), 404);
  assert.ok(
    !ok(await tenant.get(`/api/v1/venues?propertyId=${fx.propertyId}&limit=200`)).data.some((v: { id: string }) => v.id === gone.id),
  );

  const stranger = await signedIn(t.app, other.propertyId, ['admin']);
  problem(await stranger.get(`/api/v1/venues/${venue.id}`), 404, 'not_found');
  problem(await stranger.patch(`/api/v1/venues/${venue.id}`, { seats: 5 }), 404, 'not_found');
  problem(await stranger.get(`/api/v1/units/${fx.unitId}`), 404, 'not_found');
  problem(await stranger.get(`/api/v1/buildings/${fx.buildingId}/floors`), 404, 'not_found');
  problem(await stranger.get(`/api/v1/venues?propertyId=${fx.propertyId}`), 404, 'not_found');
  assert.ok(!ok(await stranger.get('/api/v1/venues?limit=200')).data.some((v: { propertyId: string }) => v.propertyId === fx.propertyId));
  assert.equal(
    problem(await stranger.post('/api/v1/buildings', { propertyId: fx.propertyId, code: 'X', name: 'x' }), 400, 'validation_failed')
      .fields?.[0]?.path,
    'propertyId',
  );
  problem(await t.app.inject({ method: 'GET', url: '/api/v1/venues' }), 401, 'unauthenticated');
});

test('bad input is refused with problem+json naming the field, and nothing is written', async () => {
  const lounge = await addVenue();
  const foreign = ok(
    await signedIn(t.app, other.propertyId, ['admin']).then((s) =>
      s.post('/api/v1/venues', { ...venueBody(), propertyId: other.propertyId, buildingId: other.buildingId, floorId: other.floorId }),
    ),
    201,
  );
  const tenantUser = await makeUser(t.app, [{ propertyId: fx.propertyId, roles: ['tenant'] }]);
  const before = await counts();
  const cases: [string, unknown, number, string, string?][] = [
    ['wrong type', venueBody({ seats: 'many' }), 400, 'validation_failed', 'seats'],
    ['missing field', (({ name: _n, ...rest }) => rest)(venueBody()), 400, 'validation_failed', 'name'],
    ['unknown field', venueBody({ colour: 'red' }), 400, 'validation_failed', 'body'],
    ['seats zero', venueBody({ seats: 0 }), 400, 'validation_failed', 'seats'],
    ['unknown layout', venueBody({ layouts: [{ layout: 'circus', capacity: 5 }] }), 400, 'validation_failed', 'layouts.0.layout'],
    ['unknown property', venueBody({ propertyId: '00000000-0000-4000-8000-000000000000' }), 400, 'validation_failed', 'propertyId'],
    ["another property's building", venueBody({ buildingId: other.buildingId, floorId: null }), 400, 'validation_failed', 'buildingId'],
    ['floor of another building', venueBody({ floorId: other.floorId }), 400, 'validation_failed', 'floorId'],
    ['default layout not offered', venueBody({ defaultLayout: 'theatre' }), 400, 'validation_failed', 'defaultLayout'],
    ['open hours reversed', venueBody({ openFrom: '20:00', openTo: '08:00' }), 400, 'validation_failed', 'openTo'],
    ['bad time', venueBody({ openFrom: '25:00' }), 400, 'validation_failed', 'openFrom'],
    [
      'linked venue of another property',
      venueBody({ linkedVenueIds: [lounge.id, foreign.id] }),
      400,
      'validation_failed',
      'linkedVenueIds.1',
    ],
    ['manager is not staff', venueBody({ managerUserIds: [tenantUser.id] }), 400, 'validation_failed', 'managerUserIds.0'],
    [
      'allowed organization of another property',
      venueBody({ restricted: true, allowedOrganizationIds: [other.organizationId] }),
      400,
      'validation_failed',
      'allowedOrganizationIds.0',
    ],
    ['duplicate code', venueBody({ code: lounge.code }), 409, 'duplicate', 'code'],
  ];
  for (const [name, body, status, code, path] of cases) {
    const p = problem(await admin.post('/api/v1/venues', body), status, code);
    if (path !== undefined) assert.equal(p.fields?.[0]?.path, path, `${name}: ${JSON.stringify(p.fields)}`);
  }
  problem(await admin.post('/api/v1/venues', '{"name": ', { 'content-type': 'application/json' }), 400, 'malformed_json');
  problem(
    await admin.patch(`/api/v1/venues/${lounge.id}`, { layouts: [{ layout: 'theatre', capacity: 50 }], defaultLayout: 'discussion' }),
    400,
    'validation_failed',
  );
  problem(await admin.patch(`/api/v1/venues/${lounge.id}`, { linkedVenueIds: [lounge.id] }), 400, 'validation_failed');
  problem(await admin.patch(`/api/v1/venues/${lounge.id}`, { propertyId: other.propertyId }), 400, 'validation_failed');
  problem(await admin.get('/api/v1/venues/not-a-uuid'), 400, 'validation_failed');
  problem(await admin.get('/api/v1/venues/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
  problem(await postUnit({ buildingId: fx.buildingId, code: 'X1', households: -1 }), 400, 'validation_failed');
  problem(await postUnit({ buildingId: fx.buildingId, code: '0301' }), 409, 'duplicate');
  problem(await postUnit({ buildingId: fx.buildingId, code: 'X2', organizationId: other.organizationId }), 400, 'validation_failed');
  problem(await admin.post('/api/v1/buildings', { propertyId: fx.propertyId, code: 'ZL', name: '重复' }), 409, 'duplicate');
  problem(await admin.get('/api/v1/venues?cursor=garbage'), 400, 'validation_failed');
  assert.deepEqual(await counts(), before);
});

test('buildings, units and organizations are deleted only while unused (422 in_use); floors shrink only when free', async () => {
  const b = ok(await admin.post('/api/v1/buildings', { propertyId: fx.propertyId, code: uniq('B'), name: '北楼', floorsAbove: 2 }), 201);
  const f2 = b.floors.find((f: { label: string }) => f.label === '2F');
  const org = ok(await admin.post('/api/v1/organizations', { propertyId: fx.propertyId, name: uniq('单位') }), 201);
  const unit = ok(await postUnit({ buildingId: b.id, floorId: f2.id, code: 'N201', organizationId: org.id }), 201);

  problem(await admin.patch(`/api/v1/buildings/${b.id}`, { floorsAbove: 1 }), 422, 'in_use');
  problem(await admin.del(`/api/v1/buildings/${b.id}`), 422, 'in_use');
  problem(await admin.del(`/api/v1/organizations/${org.id}`), 422, 'in_use');
  const grown = ok(await admin.patch(`/api/v1/buildings/${b.id}`, { floorsAbove: 3, floorsBelow: 1, name: '北楼（新）' }));
  assert.deepEqual(
    grown.floors.map((f: { label: string }) => f.label),
    ['B1', '1F', '2F', '3F'],
  );

  ok(await admin.del(`/api/v1/units/${unit.id}`), 204);
  ok(await admin.del(`/api/v1/organizations/${org.id}`), 204);
  const shrunk = ok(await admin.patch(`/api/v1/buildings/${b.id}`, { floorsAbove: 1, floorsBelow: 0 }));
  assert.deepEqual(
    shrunk.floors.map((f: { label: string }) => f.label),
    ['1F'],
  );
  ok(await admin.del(`/api/v1/buildings/${b.id}`), 204);
  problem(await admin.get(`/api/v1/buildings/${b.id}`), 404);
  const history = ok(await admin.get(`/api/v1/audit-events?entityType=building&entityId=${b.id}`)).data;
  assert.deepEqual(
    history.map((e: { action: string }) => e.action),
    ['building.deleted', 'building.updated', 'building.updated', 'building.created'],
  );
  assert.deepEqual(history[1].changes.floors, [['B1', '1F', '2F', '3F'], ['1F']]);
});

test('lists page by keyset and filter units by building, organization and text', async () => {
  const b = ok(await admin.post('/api/v1/buildings', { propertyId: fx.propertyId, code: uniq('B'), name: '西楼' }), 201);
  for (const code of ['A01', 'A02', 'A03'])
    ok(await postUnit({ buildingId: b.id, code, name: `房间${code}`, organizationId: fx.organizationId }), 201);
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const res: { data: { code: string }[]; nextCursor: string | null } = ok(
      await admin.get(`/api/v1/units?buildingId=${b.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`),
    );
    seen.push(...res.data.map((u) => u.code));
    cursor = res.nextCursor;
  } while (cursor);
  assert.deepEqual(seen, ['A01', 'A02', 'A03']);
  assert.deepEqual(
    ok(await admin.get(`/api/v1/units?buildingId=${b.id}&q=A02`)).data.map((u: { code: string }) => u.code),
    ['A02'],
  );
  const byOrg = ok(await admin.get(`/api/v1/units?organizationId=${fx.organizationId}&limit=200`)).data.map(
    (u: { code: string }) => u.code,
  );
  assert.deepEqual(byOrg.sort(), ['0301', 'A01', 'A02', 'A03']);
  const rows = await t.database.db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.buildingId, b.id)));
  assert.equal(Number(rows[0]!.n), 3);
});
