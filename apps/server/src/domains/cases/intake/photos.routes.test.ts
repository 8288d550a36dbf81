/**
 * S1 photos (issue 11): a case takes the reporter's own uploads by id, attached in the case's transaction;
 * a file of another property, of somebody else, unknown, already used or not a photo is refused (422
 * file_not_attachable naming photoIds) and no case is opened; the photos are served to whoever may read
 * the case and to nobody else. Links pasted before uploads existed stay readable (photoLinks).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { ok, problem } from '../../../test/helpers.ts';
import { jpeg, uploadAs } from '../../../test/uploads.ts';
import { auditEvents, cases } from '../../../db/schema/index.ts';
import { casesWorld, DESK, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

type Who = 'desk' | 'both' | 'tenant' | 'tenant2' | 'cleaner' | 'stranger';
let w: CasesWorld<Who>;

before(async () => {
  w = await casesWorld({
    desk: DESK,
    both: { roles: DESK, on: 'both' },
    tenant: UNIT_TENANT,
    tenant2: ['tenant'],
    cleaner: ['cleaner'],
    stranger: { roles: DESK, on: 'other' },
  });
});
after(async () => w.t.close());

const photo = async (who: keyof CasesWorld<Who>['s'], propertyId = w.fx.propertyId, name = 'leak.jpg') =>
  ok(await uploadAs(w.s[who], propertyId, { filename: name, type: 'image/jpeg', data: await jpeg(1200, 900) }), 201);
/** This property's cases (a shared PostgreSQL holds other test files' cases, written at the same time). */
const caseCount = async () => (await w.t.database.db.select({ n: count() }).from(cases).where(eq(cases.propertyId, w.fx.propertyId)))[0]!.n;

test("a tenant's leak report takes two photos; the case shows them, readable by the case's readers only", async () => {
  const { s, fx } = w;
  const [a, b] = [await photo('tenant'), await photo('tenant', fx.propertyId, 'floor.jpg')];
  const c = ok(
    await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '卫生间漏水', photoIds: [a.id, b.id] }),
    201,
  );
  assert.deepEqual(c.photos.map((p: { id: string }) => p.id).sort(), [a.id, b.id].sort());
  assert.equal(c.photos.find((p: { id: string }) => p.id === a.id).thumbUrl, `/api/v1/files/${a.id}/thumbnail`);
  assert.deepEqual(c.photoLinks, []);
  const detail = ok(await s.desk.get(`/api/v1/cases/${c.id}`));
  assert.equal(detail.photos.length, 2);
  for (const who of [s.tenant, s.desk]) {
    assert.equal((await who.get(a.url)).statusCode, 200);
    assert.equal((await who.get(a.thumbUrl)).statusCode, 200);
  }
  for (const who of [s.tenant2, s.cleaner, s.stranger]) problem(await who.get(a.url), 404);
  const [audit] = await w.t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, c.id));
  assert.deepEqual((audit!.changes as Record<string, [unknown, unknown]>).photoIds![1], [a.id, b.id]);
});

test('staff intake attaches the front desk’s own photo', async () => {
  const p = await photo('desk');
  const c = ok(await w.s.desk.post('/api/v1/cases', w.complaint({ photoIds: [p.id] })), 201);
  assert.equal(c.photos[0].id, p.id);
});

test("another property's, somebody else's, unknown, used or non-photo files are refused and no case is opened", async () => {
  const { s, fx, other } = w;
  const elsewhere = await photo('both', other.propertyId);
  const theirs = await photo('desk');
  const used = await photo('tenant');
  ok(await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '灯不亮', photoIds: [used.id] }), 201);
  const pdf = ok(
    await uploadAs(
      s.tenant,
      fx.propertyId,
      { filename: 'a.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n%%EOF') },
      'document',
    ),
    201,
  );
  const mine = await photo('tenant');
  const before = await caseCount();
  for (const [who, bad] of [
    [s.both, elsewhere.id],
    [s.tenant, theirs.id],
    [s.tenant, randomUUID()],
    [s.tenant, used.id],
    [s.tenant, pdf.id],
  ] as const) {
    const p = problem(
      await who.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '漏水', photoIds: [mine.id, bad] }),
      422,
      'file_not_attachable',
    );
    assert.deepEqual(
      p.fields!.map((f) => f.path),
      ['photoIds'],
    );
  }
  assert.equal(await caseCount(), before);
  // The good photo was not taken by the refused case: it can still go with the next report.
  ok(await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '漏水', photoIds: [mine.id] }), 201);
});

test('photoIds are ids: a pasted link or too many photos are invalid input', async () => {
  const { s, fx } = w;
  const body = (photoIds: unknown) => ({ propertyId: fx.propertyId, kind: 'repair', content: '漏水', photoIds });
  const p = problem(await s.tenant.post('/api/v1/cases', body(['https://img.example.com/a.jpg'])), 400, 'validation_failed');
  assert.deepEqual(
    p.fields!.map((f) => f.path),
    ['photoIds.0'],
  );
  problem(await s.tenant.post('/api/v1/cases', body(Array.from({ length: 10 }, () => randomUUID()))), 400, 'validation_failed');
  problem(await s.tenant.post('/api/v1/cases', { ...body([]), photos: ['https://img.example.com/a.jpg'] }), 400, 'validation_failed');
});

test('links pasted before uploads existed stay readable', async () => {
  const { t, s } = w;
  const c = ok(await s.desk.post('/api/v1/cases', w.complaint()), 201);
  await t.database.db
    .update(cases)
    .set({ photos: ['https://img.example.com/old.jpg'] })
    .where(eq(cases.id, c.id));
  const d = ok(await s.desk.get(`/api/v1/cases/${c.id}`));
  assert.deepEqual(d.photoLinks, ['https://img.example.com/old.jpg']);
  assert.deepEqual(d.photos, []);
});
