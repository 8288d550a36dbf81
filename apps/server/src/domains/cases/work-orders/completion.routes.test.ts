/**
 * S5 completion on the phone (issue 11): the engineer's completion photos and the customer's signature drawn on
 * the engineer's screen are attached to the work order (the signature named on it with signer and time); the
 * files are served to whoever may read the work order — the case's readers and the property's engineers — and
 * to nobody else. Bad files are refused with problem+json and change nothing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { ok, problem } from '../../../test/helpers.ts';
import { at } from '../../../test/builders.ts';
import { jpeg, png, uploadAs } from '../../../test/uploads.ts';
import { workOrders } from '../../../db/schema/index.ts';
import { casesWorld, DESK, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

type Who = 'desk' | 'eng' | 'eng2' | 'tenant' | 'tenant2' | 'cleaner';
let w: CasesWorld<Who>;

before(async () => {
  w = await casesWorld({
    desk: DESK,
    eng: ['engineer'],
    eng2: ['engineer'],
    tenant: UNIT_TENANT,
    tenant2: ['tenant'],
    cleaner: ['cleaner'],
  });
});
after(async () => w.t.close());

const photoOf = async (who: keyof CasesWorld<Who>['s']) =>
  ok(await uploadAs(w.s[who], w.fx.propertyId, { filename: 'done.jpg', type: 'image/jpeg', data: await jpeg(1600, 1200) }), 201);
const drawn = async (who: keyof CasesWorld<Who>['s'], signerName = '王女士') =>
  ok(
    await w.s[who].post('/api/v1/signatures', {
      propertyId: w.fx.propertyId,
      signerName,
      image: `data:image/png;base64,${(await png(600, 200)).toString('base64')}`,
    }),
    201,
  );

/** A tenant's leak with a work order the engineer has taken and reached. */
async function onSite() {
  const { s, fx, ids } = w;
  const c = ok(await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content: '洗手池下水管漏水' }), 201);
  const d = ok(await s.desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '更换下水管', assigneeId: ids.eng }), 201);
  const wo = d.workOrders[0];
  ok(await s.eng.post(`/api/v1/work-orders/${wo.id}/accept`));
  ok(await s.eng.post(`/api/v1/work-orders/${wo.id}/arrive`));
  return { caseId: c.id as string, wo: wo.id as string };
}

test('the engineer completes with photos and the customer signs on the screen; case detail and the work order show both', async () => {
  const { t, s } = w;
  t.clock.set(at('2026-10-09T10:00'));
  const { caseId, wo } = await onSite();
  const p = await photoOf('eng');
  const done = ok(await s.eng.post(`/api/v1/work-orders/${wo}/complete`, { workDone: '更换下水管一根', photoIds: [p.id] }));
  assert.equal(done.status, 'completed');
  assert.deepEqual(
    done.photos.map((f: { id: string }) => f.id),
    [p.id],
  );
  assert.equal(done.signature, null);

  t.clock.set(at('2026-10-09T10:05'));
  const sig = await drawn('eng');
  const noDrawing = problem(await s.eng.post(`/api/v1/work-orders/${wo}/sign`, { name: '王女士', method: 'screen' }), 400);
  assert.deepEqual(
    noDrawing.fields!.map((f) => f.path),
    ['signatureId'],
  );
  const signed = ok(await s.eng.post(`/api/v1/work-orders/${wo}/sign`, { name: '王女士', method: 'screen', signatureId: sig.id }));
  assert.equal(signed.status, 'signed');
  assert.equal(signed.signatureMethod, 'screen');
  assert.equal(signed.signedByName, '王女士');
  assert.equal(signed.signedAt, at('2026-10-09T10:05').toISOString());
  assert.equal(signed.signature.id, sig.id);
  assert.equal(signed.signature.signerName, '王女士');
  assert.equal(signed.signature.signedAt, at('2026-10-09T10:05').toISOString());
  const [row] = await t.database.db.select().from(workOrders).where(eq(workOrders.id, wo));
  assert.equal(row!.signatureFileId, sig.id);

  const detail = ok(await s.tenant.get(`/api/v1/cases/${caseId}`));
  assert.equal(detail.workOrders[0].signature.id, sig.id);
  assert.equal(detail.workOrders[0].photos[0].id, p.id);
  const listed = ok(await s.eng.get(`/api/v1/work-orders?assignee=me`));
  assert.equal(listed.data.find((x: { id: string }) => x.id === wo).photos.length, 1);
  const one = ok(await s.desk.get(`/api/v1/work-orders/${wo}`));
  assert.equal(one.signature.signerName, '王女士');

  // Read policy: the case's readers and the property's engineers; an unrelated tenant or a cleaner gets 404.
  for (const who of [s.tenant, s.desk, s.eng, s.eng2]) {
    assert.equal((await who.get(sig.url)).statusCode, 200);
    assert.equal((await who.get(p.url)).statusCode, 200);
  }
  for (const who of [s.tenant2, s.cleaner]) {
    problem(await who.get(sig.url), 404);
    problem(await who.get(p.thumbUrl), 404);
  }
});

test('completion refuses files that are not the engineer’s photos, and nothing changes', async () => {
  const { s } = w;
  const { wo } = await onSite();
  const theirs = await photoOf('desk');
  const sig = await drawn('eng');
  const mine = await photoOf('eng');
  for (const bad of [theirs.id, sig.id, randomUUID()]) {
    const p = problem(
      await s.eng.post(`/api/v1/work-orders/${wo}/complete`, { workDone: '完成', photoIds: [mine.id, bad] }),
      422,
      'file_not_attachable',
    );
    assert.deepEqual(
      p.fields!.map((f) => f.path),
      ['photoIds'],
    );
  }
  problem(await s.eng.post(`/api/v1/work-orders/${wo}/complete`, { workDone: '完成', photoIds: ['https://x.example/a.jpg'] }), 400);
  assert.equal(ok(await s.eng.get(`/api/v1/work-orders/${wo}`)).status, 'on_site');
  ok(await s.eng.post(`/api/v1/work-orders/${wo}/complete`, { workDone: '完成', photoIds: [mine.id] }));
});

test('a signature must be a drawn signature of the signing user; paper takes none; the tenant may draw on the portal', async () => {
  const { s } = w;
  const { wo } = await onSite();
  ok(await s.eng.post(`/api/v1/work-orders/${wo}/complete`, { workDone: '完成' }));
  const photo = await photoOf('eng');
  const othersDrawing = await drawn('desk');
  const mine = await drawn('eng');
  for (const bad of [photo.id, othersDrawing.id, randomUUID()]) {
    const p = problem(
      await s.eng.post(`/api/v1/work-orders/${wo}/sign`, { name: '王女士', method: 'screen', signatureId: bad }),
      422,
      'file_not_attachable',
    );
    assert.deepEqual(
      p.fields!.map((f) => f.path),
      ['signatureId'],
    );
  }
  problem(await s.eng.post(`/api/v1/work-orders/${wo}/sign`, { name: '王女士', method: 'paper', signatureId: mine.id }), 400);
  problem(await s.tenant.post(`/api/v1/work-orders/${wo}/sign`, { name: '王女士', method: 'screen', signatureId: mine.id }), 400);
  assert.equal(ok(await s.eng.get(`/api/v1/work-orders/${wo}`)).status, 'completed');
  const own = await drawn('tenant', '陈静');
  const signed = ok(await s.tenant.post(`/api/v1/work-orders/${wo}/sign`, { name: '陈静', method: 'portal', signatureId: own.id }));
  assert.equal(signed.signatureMethod, 'portal');
  assert.equal(signed.signature.signerName, '陈静');
});
