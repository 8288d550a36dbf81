import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema/index.ts';
import { problem, ok } from '../../../test/helpers.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'desk' | 'tenant'>;
before(async () => {
  w = await casesWorld({ desk: DESK, tenant: UNIT_TENANT });
});
after(async () => w.t.close());

const receivedAudits = (caseId: string) =>
  w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, caseId), eq(auditEvents.action, 'case.received_earlier')));

test('received-at: defaults to now, no audit of a difference', async () => {
  const { t, s, complaint } = w;
  t.clock.set(at('2026-10-09T09:00'));
  const c = ok(await s.desk.post('/api/v1/cases', complaint()), 201);
  assert.equal(c.receivedAt, at('2026-10-09T09:00').toISOString());
  assert.equal(c.respondDueAt, at('2026-10-09T09:10').toISOString());
  assert.equal((await receivedAudits(c.id)).length, 0);
});

test('received-at: a complaint logged late is timed from when it was received, and the difference is audited', async () => {
  const { t, s, complaint } = w;
  t.clock.set(at('2026-10-09T11:00'));
  const c = ok(await s.desk.post('/api/v1/cases', complaint({ receivedAt: '2026-10-09T08:50:00+08:00' })), 201);
  assert.equal(c.receivedAt, at('2026-10-09T08:50').toISOString());
  assert.equal(c.createdAt, at('2026-10-09T11:00').toISOString());
  // respond 10 minutes after it was received, not after it was typed
  assert.equal(c.respondDueAt, at('2026-10-09T09:00').toISOString());
  const [a] = await receivedAudits(c.id);
  assert.ok(a, 'audited');
  assert.deepEqual(a.changes, { receivedAt: [at('2026-10-09T11:00').toISOString(), at('2026-10-09T08:50').toISOString()] });
  assert.deepEqual(a.meta, { minutesEarlier: 130 });
  assert.equal(ok(await s.desk.get(`/api/v1/cases/${c.id}`)).receivedAt, at('2026-10-09T08:50').toISOString());
});

test('received-at: the future and more than 7 days back are refused with the field; a tenant cannot backdate', async () => {
  const { t, s, complaint } = w;
  t.clock.set(at('2026-10-09T11:00'));
  const future = problem(
    await s.desk.post('/api/v1/cases', complaint({ receivedAt: '2026-10-09T11:30:00+08:00' })),
    422,
    'received_at_in_future',
  );
  assert.equal(future.fields?.[0]?.path, 'receivedAt');
  const old = problem(
    await s.desk.post('/api/v1/cases', complaint({ receivedAt: '2026-10-01T10:59:00+08:00' })),
    422,
    'received_at_too_old',
  );
  assert.equal(old.fields?.[0]?.path, 'receivedAt');
  problem(await s.desk.post('/api/v1/cases', complaint({ receivedAt: 'yesterday' })), 400, 'validation_failed');
  ok(await s.desk.post('/api/v1/cases', complaint({ receivedAt: '2026-10-02T11:01:00+08:00' })), 201);
  const mine = ok(
    await s.tenant.post('/api/v1/cases', {
      propertyId: w.fx.propertyId,
      kind: 'repair',
      content: '水龙头漏水',
      receivedAt: '2026-10-08T11:00:00+08:00',
    }),
    201,
  );
  assert.equal(mine.receivedAt, at('2026-10-09T11:00').toISOString(), 'the portal is timed from the report itself');
});
