import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  createTestApp,
  makeProperty,
  makeUser,
  login,
  problem,
  ok,
  TestClock,
  type TestApp,
  type Fixture,
  type Session,
  type TestUser,
} from '../../../test/helpers.ts';
import { at, notificationCount } from '../../../test/builders.ts';
import { runSlaScan } from '../index.ts';

let t: TestApp;
let fx: Fixture;
let cleaner: Session, otherCleaner: Session;
let cleanerUser: TestUser, deskUser: TestUser;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  const p = fx.propertyId;
  cleanerUser = await makeUser(t.app, [{ propertyId: p, roles: ['cleaner'] }]);
  deskUser = await makeUser(t.app, [{ propertyId: p, roles: ['dispatcher'] }]);
  [cleaner, otherCleaner] = await Promise.all(
    [cleanerUser, await makeUser(t.app, [{ propertyId: p, roles: ['cleaner'] }])].map((u) => login(t.app, u)),
  );
});
after(async () => t.close());

test('staff who record a problem follow their own case, read-only; SLA alerts go to those who handle cases', async () => {
  const c = ok(
    await cleaner.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', channel: 'staff', content: '三楼男卫洗手池漏水' }),
    201,
  );
  const d = ok(await cleaner.get(`/api/v1/cases/${c.id}`));
  assert.equal(d.number, c.number);
  assert.equal(d.policies.dispatch, false);
  assert.equal(d.policies.resolve, false);
  assert.equal(d.policies.close, false);
  const mine = ok(await cleaner.get(`/api/v1/cases?propertyId=${fx.propertyId}`));
  assert.deepEqual(
    mine.data.map((x: { id: string }) => x.id),
    [c.id],
  );
  problem(await otherCleaner.get(`/api/v1/cases/${c.id}`), 404);
  assert.equal(ok(await otherCleaner.get(`/api/v1/cases?propertyId=${fx.propertyId}`)).data.length, 0);
  problem(await cleaner.post(`/api/v1/cases/${c.id}/resolve`, { note: '已修' }), 403);

  // Past the response deadline: the duty dispatchers hear of it, not the cleaner.
  for (const when of ['2026-10-09T10:00', '2026-10-09T12:00', '2026-10-09T17:00', '2026-10-12T09:00'])
    await runSlaScan(t.database.db, at(when));
  const count = (u: TestUser) => notificationCount(t.database.db, u.id, 'case.respond_breach', { caseId: c.id });
  assert.equal(await count(cleanerUser), 0);
  assert.ok((await count(deskUser)) >= 1);
});
