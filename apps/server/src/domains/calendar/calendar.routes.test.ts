import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '@hy/contracts';
import { makeUser, login, problem, ok, type TestApp, type Fixture, type Session } from '../../test/helpers.ts';
import { twoProperties } from '../../test/builders.ts';

let t: TestApp, fx: Fixture, other: Fixture;
let admin: Session;
const API = '/api/v1/calendar';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function as(propertyId: string, roles: Role[]) {
  return login(t.app, await makeUser(t.app, [{ propertyId, roles }]));
}

before(async () => {
  ({ t, fx, other } = await twoProperties());
  admin = await as(fx.propertyId, ['admin']);
});
after(async () => t.close());

type Row = { date: string; working: boolean; kind: string; name: string | null; source: string };
const days = async (s: Session, propertyId: string, from: string, to: string) =>
  ok<{ data: Row[] }>(await s.get(`${API}/days?propertyId=${propertyId}&from=${from}&to=${to}`)).data;
const brief = (r: Row) => `${r.date} ${r.kind}${r.name ? ' ' + r.name : ''} ${r.source}`;

test('days: 2026 Spring Festival and National Day with names and make-up days', async () => {
  const tenant = await as(fx.propertyId, ['tenant']);
  const spring = await days(tenant, fx.propertyId, '2026-02-13', '2026-02-16');
  assert.deepEqual(spring.map(brief), [
    '2026-02-13 workday default',
    '2026-02-14 makeup_workday 春节调休 builtin',
    '2026-02-15 holiday 春节 builtin',
    '2026-02-16 holiday 春节 builtin',
  ]);
  const national = await days(tenant, fx.propertyId, '2026-09-30', '2026-10-11');
  assert.deepEqual(
    national.filter((d) => d.working).map((d) => d.date),
    ['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10'],
  );
  assert.ok(national.slice(1, 8).every((d) => d.kind === 'holiday' && d.name === '国庆节'));
  assert.equal(national.at(-1)!.kind, 'weekend');
  assert.equal((await days(tenant, fx.propertyId, '2026-01-01', '2027-02-04')).length, 400);
});

test('PUT / DELETE an override: days show it for this property only; audit events; 404 when absent', async () => {
  const url = `${API}/overrides/${fx.propertyId}/2026-11-23`;
  const put = ok(await admin.put(url, { kind: 'holiday', name: '  物业停电检修 ' }));
  assert.deepEqual([put.date, put.kind, put.name], ['2026-11-23', 'holiday', '物业停电检修']);
  assert.deepEqual((await days(admin, fx.propertyId, '2026-11-23', '2026-11-23')).map(brief), ['2026-11-23 holiday 物业停电检修 override']);
  const otherAdmin = await as(other.propertyId, ['admin']);
  assert.deepEqual((await days(otherAdmin, other.propertyId, '2026-11-23', '2026-11-23')).map(brief), ['2026-11-23 workday default']);
  const list = ok(await admin.get(`${API}/overrides?propertyId=${fx.propertyId}&year=2026`)).data;
  assert.deepEqual(
    list.map((o: { date: string }) => o.date),
    ['2026-11-23'],
  );

  ok(await admin.del(url), 204);
  problem(await admin.del(url), 404, 'not_found');
  const audit = ok(await admin.get(`/api/v1/audit-events?entityType=calendar_day&entityId=${fx.propertyId}:2026-11-23`)).data;
  assert.deepEqual(
    audit.map((e: { action: string }) => e.action),
    ['calendar_day.deleted', 'calendar_day.created'],
  );
  assert.ok(audit.every((e: { propertyId: string }) => e.propertyId === fx.propertyId));
});

test('import 2027 is all or nothing; then compute and summary use it', async () => {
  const s2027 = ok(await admin.get(`${API}/summary?propertyId=${fx.propertyId}&year=2027`));
  assert.deepEqual([s2027.builtin, s2027.holidays, s2027.needsData], [false, 0, true]);
  const good = [
    { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
    { date: '2027-10-04', kind: 'holiday', name: '国庆节' },
    { date: '2027-10-09', kind: 'workday', name: '国庆节调休' },
  ];
  const bad = problem(
    await admin.post(`${API}/overrides/import`, { propertyId: fx.propertyId, days: [...good, { ...good[0] }] }),
    400,
    'validation_failed',
  );
  assert.equal(bad.fields?.[0]?.path, 'days.3.date');
  assert.equal(ok(await admin.get(`${API}/overrides?propertyId=${fx.propertyId}&year=2027`)).data.length, 0);

  const res = ok(await admin.post(`${API}/overrides/import`, { propertyId: fx.propertyId, days: good }));
  assert.equal(res.created, 3);
  const c = ok(
    await admin.get(
      `${API}/compute?propertyId=${fx.propertyId}&start=${encodeURIComponent('2027-09-30T09:30:00Z')}&value=2&unit=working_days`,
    ),
  );
  // Thu 09-30 17:30 local is workEnd → outside hours; 10-01 and 10-04 holidays; working days 10-05, 10-06.
  assert.equal(c.start, '2027-09-30T17:30:00+08:00');
  assert.equal(c.result, '2027-10-06T17:30:00+08:00');
  assert.equal(c.workingDay.date, '2027-10-06');
  const mk = ok(
    await admin.get(
      `${API}/compute?propertyId=${fx.propertyId}&start=${encodeURIComponent('2027-10-08T17:00:00+08:00')}&value=1&unit=working_hours`,
    ),
  );
  assert.equal(mk.result, '2027-10-09T09:00:00+08:00');
  assert.deepEqual([mk.workingDay.kind, mk.workingDay.source], ['makeup_workday', 'override']);
  const s = ok(await admin.get(`${API}/summary?propertyId=${fx.propertyId}&year=2027`));
  assert.deepEqual([s.builtin, s.holidays, s.makeupWorkdays, s.needsData], [false, 2, 1, false]);
  assert.equal(ok(await admin.get(`${API}/summary?propertyId=${fx.propertyId}&year=2026`)).builtin, true);
});

test('authorization per role: 401 signed out, 404 non-member, 403 member without calendar.manage', async () => {
  const dispatcher = await as(fx.propertyId, ['dispatcher']);
  const outsider = await as(other.propertyId, ['admin']);
  const p = fx.propertyId;
  const cases: Array<[string, Session | null, 'get' | 'put' | 'del' | 'post', string, unknown, number]> = [
    ['signed out', null, 'get', `${API}/days?propertyId=${p}&from=2026-01-01&to=2026-01-02`, undefined, 401],
    ['non-member days', outsider, 'get', `${API}/days?propertyId=${p}&from=2026-01-01&to=2026-01-02`, undefined, 404],
    [
      'non-member compute',
      outsider,
      'get',
      `${API}/compute?propertyId=${p}&start=2026-01-05T09:00:00%2B08:00&value=1&unit=hours`,
      undefined,
      404,
    ],
    ['non-member put', outsider, 'put', `${API}/overrides/${p}/2026-12-01`, { kind: 'holiday' }, 404],
    ['member days', dispatcher, 'get', `${API}/days?propertyId=${p}&from=2026-01-01&to=2026-01-02`, undefined, 200],
    ['member summary', dispatcher, 'get', `${API}/summary?propertyId=${p}&year=2026`, undefined, 200],
    ['member list overrides', dispatcher, 'get', `${API}/overrides?propertyId=${p}`, undefined, 403],
    ['member put', dispatcher, 'put', `${API}/overrides/${p}/2026-12-01`, { kind: 'holiday' }, 403],
    ['member delete', dispatcher, 'del', `${API}/overrides/${p}/2026-12-01`, undefined, 403],
    [
      'member import',
      dispatcher,
      'post',
      `${API}/overrides/import`,
      { propertyId: p, days: [{ date: '2026-12-01', kind: 'holiday' }] },
      403,
    ],
    ['unknown property', admin, 'get', `${API}/days?propertyId=${UNKNOWN}&from=2026-01-01&to=2026-01-02`, undefined, 404],
    ['unknown property path', admin, 'put', `${API}/overrides/${UNKNOWN}/2026-12-01`, { kind: 'holiday' }, 404],
  ];
  for (const [name, s, method, url, body, status] of cases) {
    const res = s ? await (method === 'get' ? s.get(url) : s[method](url, body)) : await t.app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, status, `${name}: ${res.body}`);
    if (status >= 400) problem(res, status);
  }
});

test('bad input is 400 validation_failed naming the field, never 500', async () => {
  const p = fx.propertyId;
  const cases: Array<[string, 'get' | 'put' | 'post', string, unknown, string]> = [
    ['impossible date', 'get', `${API}/days?propertyId=${p}&from=2026-02-30&to=2026-03-01`, undefined, 'from'],
    ['wrong date format', 'get', `${API}/days?propertyId=${p}&from=2026-3-1&to=2026-03-01`, undefined, 'from'],
    ['from after to', 'get', `${API}/days?propertyId=${p}&from=2026-03-02&to=2026-03-01`, undefined, 'to'],
    ['range too long', 'get', `${API}/days?propertyId=${p}&from=2026-01-01&to=2027-02-05`, undefined, 'to'],
    ['bad property id', 'get', `${API}/days?propertyId=abc&from=2026-01-01&to=2026-01-02`, undefined, 'propertyId'],
    ['missing to', 'get', `${API}/days?propertyId=${p}&from=2026-01-01`, undefined, 'to'],
    ['bad year', 'get', `${API}/summary?propertyId=${p}&year=abc`, undefined, 'year'],
    ['year out of range', 'get', `${API}/overrides?propertyId=${p}&year=99999`, undefined, 'year'],
    ['bad unit', 'get', `${API}/compute?propertyId=${p}&start=2026-01-05T09:00:00Z&value=1&unit=weeks`, undefined, 'unit'],
    ['negative value', 'get', `${API}/compute?propertyId=${p}&start=2026-01-05T09:00:00Z&value=-1&unit=hours`, undefined, 'value'],
    ['huge value', 'get', `${API}/compute?propertyId=${p}&start=2026-01-05T09:00:00Z&value=1e9&unit=working_days`, undefined, 'value'],
    [
      'fractional end of day',
      'get',
      `${API}/compute?propertyId=${p}&start=2026-01-05T09:00:00Z&value=1.5&unit=end_of_working_day`,
      undefined,
      'value',
    ],
    ['start without offset', 'get', `${API}/compute?propertyId=${p}&start=2026-01-05T09:00:00&value=1&unit=hours`, undefined, 'start'],
    ['path date', 'put', `${API}/overrides/${p}/2026-02-30`, { kind: 'holiday' }, 'date'],
    ['path property', 'put', `${API}/overrides/nope/2026-02-03`, { kind: 'holiday' }, 'propertyId'],
    ['bad kind', 'put', `${API}/overrides/${p}/2026-02-03`, { kind: 'rest' }, 'kind'],
    ['unknown body field', 'put', `${API}/overrides/${p}/2026-02-03`, { kind: 'holiday', color: 'red' }, 'body'],
    ['name too long', 'put', `${API}/overrides/${p}/2026-02-03`, { kind: 'holiday', name: '长'.repeat(51) }, 'name'],
    ['import empty', 'post', `${API}/overrides/import`, { propertyId: p, days: [] }, 'days'],
    [
      'import bad date',
      'post',
      `${API}/overrides/import`,
      { propertyId: p, days: [{ date: '2027-13-01', kind: 'holiday' }] },
      'days.0.date',
    ],
    [
      'import extra field',
      'post',
      `${API}/overrides/import`,
      { propertyId: p, days: [{ date: '2027-01-01', kind: 'holiday', x: 1 }] },
      'days.0',
    ],
  ];
  for (const [name, method, url, body, path] of cases) {
    const res = method === 'get' ? await admin.get(url) : await admin[method](url, body);
    const pb = problem(res, 400, 'validation_failed');
    assert.ok(
      pb.fields?.some((f) => f.path === path),
      `${name}: expected field ${path}, got ${JSON.stringify(pb.fields)}`,
    );
  }
});
