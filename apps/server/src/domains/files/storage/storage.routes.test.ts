import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
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
} from '../../../test/helpers.ts';
import { jpeg, multipart, png, uploadAs } from '../../../test/uploads.ts';
import { at } from '../../../test/builders.ts';
import { auditEvents, files } from '../../../db/schema/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import { attachFiles } from '../index.ts';
import { runFilePurge } from './storage.jobs.ts';

let t: TestApp;
let fx: Fixture;
let tenant: Session, otherTenant: Session, desk: Session, engineer: Session, stranger: Session;
let tenantId: string;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  const elsewhere = await makeProperty(t.app, '另一项目');
  const p = fx.propertyId;
  const tu = await makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }], { unitId: fx.unitId, organizationId: fx.organizationId });
  tenantId = tu.id;
  const users = [
    tu,
    await makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }]),
    await makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'dispatcher'] }]),
    await makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }]),
    await makeUser(t.app, [{ propertyId: elsewhere.propertyId, roles: ['dispatcher'] }]),
  ];
  [tenant, otherTenant, desk, engineer, stranger] = await Promise.all(users.map((u) => login(t.app, u)));
});
after(async () => t.close());

const tenantCtx = () =>
  ({ ...systemCtx(t.database.db, t.clock.now()), actor: { id: tenantId, roles: { [fx.propertyId]: ['tenant'] } } }) as never;

test('a phone photo is stored upright, shrunk to 1600 px, stripped of EXIF, thumbnailed; only its uploader reads it until a record takes it', async () => {
  const big = await jpeg(2400, 1800);
  const r = ok(await uploadAs(tenant, fx.propertyId, { filename: 'IMG_0001.jpeg', type: 'image/jpeg', data: big }), 201);
  assert.equal(r.kind, 'photo');
  assert.equal(r.mediaType, 'image/jpeg');
  assert.equal(r.name, 'IMG_0001.jpg');
  assert.deepEqual([r.width, r.height], [1600, 1200]);
  assert.equal(r.url, `/api/v1/files/${r.id}`);
  assert.equal(r.thumbUrl, `/api/v1/files/${r.id}/thumbnail`);

  const got = await tenant.get(r.url);
  assert.equal(got.statusCode, 200);
  assert.equal(got.headers['content-type'], 'image/jpeg');
  assert.match(String(got.headers['cache-control']), /private/);
  const m = await sharp(got.rawPayload).metadata();
  assert.equal(m.width, 1600);
  assert.equal(m.exif, undefined, 'EXIF (and GPS) are dropped');
  const thumb = await tenant.get(r.thumbUrl);
  assert.equal((await sharp(thumb.rawPayload).metadata()).width, 320);

  for (const s of [otherTenant, desk, stranger]) problem(await s.get(r.url), 404);
  const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, r.id));
  assert.equal(audit?.action, 'file.uploaded');
});

test('attached to a case, a photo is served to whoever may read the case, and to nobody else', async () => {
  const c = ok(await tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '卫生间漏水' }), 201);
  const r = ok(await uploadAs(tenant, fx.propertyId, { filename: 'leak.png', type: 'image/png', data: await png(800, 600) }), 201);
  await t.database.db.transaction((tx) =>
    attachFiles(tx, tenantCtx(), { propertyId: fx.propertyId, ids: [r.id], entity: { type: 'case', id: c.id } }),
  );
  for (const s of [tenant, desk]) assert.equal((await s.get(r.url)).statusCode, 200);
  for (const s of [otherTenant, stranger]) problem(await s.get(r.url), 404);
  // Taken once: a second record cannot take it, and the failed attach leaves the first link alone.
  await assert.rejects(
    t.database.db.transaction((tx) =>
      attachFiles(tx, tenantCtx(), { propertyId: fx.propertyId, ids: [r.id], entity: { type: 'case', id: fx.unitId } }),
    ),
    (e: { code?: string; fields?: { path: string }[] }) => e.code === 'file_not_attachable' && e.fields?.[0]?.path === 'photoIds',
  );
  const [row] = await t.database.db.select({ entityId: files.entityId }).from(files).where(eq(files.id, r.id));
  assert.equal(row?.entityId, c.id);
});

test("someone else's upload cannot be attached", async () => {
  const r = ok(await uploadAs(desk, fx.propertyId, { filename: 'a.jpg', type: 'image/jpeg', data: await jpeg(100, 100) }), 201);
  await assert.rejects(
    t.database.db.transaction((tx) =>
      attachFiles(tx, tenantCtx(), { propertyId: fx.propertyId, ids: [r.id], entity: { type: 'case', id: r.id } }),
    ),
    /file_not_attachable|文件不存在/,
  );
});

test('bad files get a clear problem and store nothing', async () => {
  const before = (await t.database.db.select({ id: files.id }).from(files)).length;
  const bad: [Parameters<typeof uploadAs>[2], string, number, string][] = [
    [{ filename: 'x.jpg', type: 'image/jpeg', data: Buffer.from('not an image at all') }, 'photo', 415, 'unsupported_file_type'],
    [
      {
        filename: 'x.svg',
        type: 'image/svg+xml',
        data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      },
      'photo',
      415,
      'unsupported_file_type',
    ],
    [{ filename: 'x.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n%%EOF') }, 'photo', 415, 'unsupported_file_type'],
    [
      { filename: 'x.jpg', type: 'image/jpeg', data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(50)]) },
      'photo',
      415,
      'unsupported_file_type',
    ],
    [{ filename: 'big.jpg', type: 'image/jpeg', data: Buffer.alloc(10 * 1024 * 1024 + 1, 1) }, 'photo', 413, 'payload_too_large'],
  ];
  for (const [file, kind, status, code] of bad) problem(await uploadAs(tenant, fx.propertyId, file, kind), status, code);
  problem(
    await uploadAs(tenant, fx.propertyId, { filename: 'a.jpg', type: 'image/jpeg', data: await jpeg(10, 10) }, 'video'),
    400,
    'validation_failed',
  );
  problem(await uploadAs(stranger, fx.propertyId, { filename: 'a.jpg', type: 'image/jpeg', data: await jpeg(10, 10) }), 404);
  const wrongField = multipart({ field: 'photo', filename: 'a.jpg', type: 'image/jpeg', data: await jpeg(10, 10) });
  problem(await tenant.post(`/api/v1/files?propertyId=${fx.propertyId}`, wrongField.payload, wrongField.headers), 400, 'validation_failed');
  problem(await tenant.post(`/api/v1/files?propertyId=${fx.propertyId}`, { file: 'x' }), 415, 'unsupported_media_type');
  assert.equal((await t.database.db.select({ id: files.id }).from(files)).length, before);
});

test('a PDF is a document (no thumbnail)', async () => {
  const r = ok(
    await uploadAs(
      desk,
      fx.propertyId,
      { filename: '合同.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n1 0 obj\n%%EOF') },
      'document',
    ),
    201,
  );
  assert.equal(r.mediaType, 'application/pdf');
  assert.equal(r.thumbUrl, null);
  assert.equal((await desk.get(r.url)).headers['content-type'], 'application/pdf');
  problem(await desk.get(`${r.url}/thumbnail`), 404);
});

test('a drawn signature is stored with signer and time; anything but a PNG is refused', async () => {
  const image = `data:image/png;base64,${(await png(600, 200)).toString('base64')}`;
  const s = ok(await engineer.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: ' 王建国 ', image }), 201);
  assert.equal(s.kind, 'signature');
  assert.equal(s.signerName, '王建国');
  assert.equal(s.signedAt, t.clock.now().toISOString());
  assert.equal((await engineer.get(s.url)).headers['content-type'], 'image/png');
  const jpegUrl = `data:image/png;base64,${(await jpeg(60, 20)).toString('base64')}`;
  problem(
    await engineer.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: '王', image: jpegUrl }),
    415,
    'unsupported_file_type',
  );
  problem(await engineer.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: '', image }), 400, 'validation_failed');
  problem(
    await engineer.post('/api/v1/signatures', { propertyId: fx.propertyId, signerName: '王', image: 'javascript:alert(1)' }),
    400,
    'validation_failed',
  );
});

test('uploads no record took within a day are purged; attached ones stay', async () => {
  const loose = ok(await uploadAs(desk, fx.propertyId, { filename: 'l.jpg', type: 'image/jpeg', data: await jpeg(20, 20) }), 201);
  const purged = await runFilePurge(t.database.db, new Date(t.clock.now().getTime() + 25 * 3600_000));
  assert.ok(purged >= 1);
  // This property's files only: on a shared PostgreSQL database other suites upload at the same time.
  const left = await t.database.db
    .select({ id: files.id, entityId: files.entityId })
    .from(files)
    .where(eq(files.propertyId, fx.propertyId));
  assert.ok(!left.some((f) => f.id === loose.id));
  assert.ok(left.every((f) => f.entityId !== null));
  assert.ok(left.length >= 1);
});
