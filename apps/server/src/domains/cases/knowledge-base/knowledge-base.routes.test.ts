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
import { KB_DEMO_ENTRIES } from './knowledge-base.demo.ts';
import { at } from '../../../test/builders.ts';

let t: TestApp;
let fx: Fixture;
let desk: Session, eng: Session, tenant: Session, sup: Session;
let supUser: TestUser;

before(async () => {
  t = await createTestApp({ clock: new TestClock(at('2026-10-09T09:00')) });
  fx = await makeProperty(t.app);
  const p = fx.propertyId;
  supUser = await makeUser(t.app, [{ propertyId: p, roles: ['cs_supervisor'] }]);
  const users = await Promise.all([
    makeUser(t.app, [{ propertyId: p, roles: ['front_desk', 'affairs_admin'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['engineer'] }]),
    makeUser(t.app, [{ propertyId: p, roles: ['tenant'] }], { unitId: fx.unitId, organizationId: fx.organizationId }),
  ]);
  [desk, eng, tenant, sup] = await Promise.all([...users, supUser].map((u) => login(t.app, u)));
});
after(async () => t.close());

const q = (o: Record<string, string>) => new URLSearchParams({ propertyId: fx.propertyId, ...o }).toString();
const complaint = (over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId,
  kind: 'complaint',
  channel: 'hotline',
  contactName: '李先生',
  content: '走廊照明不足',
  ...over,
});

test('knowledge base: staff CRUD and search while taking a call, links to cases and consultations, public FAQ for tenants', async () => {
  const created = [];
  for (const e of KB_DEMO_ENTRIES) created.push(ok(await desk.post('/api/v1/kb', { propertyId: fx.propertyId, ...e }), 201));
  assert.ok(KB_DEMO_ENTRIES.length >= 12);
  problem(await eng.post('/api/v1/kb', { propertyId: fx.propertyId, ...KB_DEMO_ENTRIES[0] }), 403);
  problem(await tenant.post('/api/v1/kb', { propertyId: fx.propertyId, ...KB_DEMO_ENTRIES[0] }), 403);
  problem(await desk.post('/api/v1/kb', { propertyId: fx.propertyId, category: '', question: 'x' }), 400, 'validation_failed');

  const hits = ok(await eng.get(`/api/v1/kb/search?${q({ q: '温度' })}`)).data;
  assert.equal(hits[0].question, '办公区空调温度标准是多少？');
  const phrases = ok(await desk.get(`/api/v1/kb/search?${q({ courtesy: 'true' })}`)).data;
  assert.ok(phrases.some((p: { answer: string }) => p.answer === '您好，物业服务中心，请问有什么可以帮您？'));
  assert.ok(phrases.every((p: { courtesy: boolean }) => p.courtesy));
  problem(await tenant.get(`/api/v1/kb/search?${q({ q: '空调' })}`), 403);

  const faq = ok(await tenant.get(`/api/v1/kb/faq?${q({})}`)).data;
  assert.equal(faq.length, KB_DEMO_ENTRIES.filter((e) => e.public && !e.courtesy).length);
  assert.ok(!faq.some((e: { question: string }) => e.question.startsWith('内部口径')));
  assert.equal(faq[0].version, undefined);

  const entry = created.find((e) => e.category === '投诉' && e.public);
  const c = ok(await desk.post('/api/v1/cases', complaint({ content: '想知道投诉处理时限' })), 201);
  const links = ok(await desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: entry.id }), 201).data;
  assert.equal(links[0].id, entry.id);
  ok(await desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: entry.id }), 201);
  problem(await desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: '00000000-0000-4000-8000-000000000000' }), 400, 'validation_failed');
  const cons = ok(
    await desk.post('/api/v1/consultations', { propertyId: fx.propertyId, question: '投诉多久处理？', answer: entry.answer }),
    201,
  );
  ok(await desk.post(`/api/v1/consultations/${cons.id}/kb-links`, { entryId: entry.id }), 201);
  const full = ok(await desk.get(`/api/v1/kb/${entry.id}`));
  assert.deepEqual(
    full.usedBy.cases.map((x: { number: string }) => x.number),
    [c.number],
  );
  assert.equal(full.usedBy.consultations.length, 1);
  assert.equal(ok(await desk.get(`/api/v1/kb/search?${q({ q: '投诉多久' })}`)).data[0].uses, 1);

  const upd = ok(await sup.patch(`/api/v1/kb/${entry.id}`, { answer: `${entry.answer}（2026 年修订）`, version: entry.version }));
  assert.equal(upd.version, entry.version + 1);
  assert.equal(upd.updatedBy, supUser.id);
  problem(await desk.patch(`/api/v1/kb/${entry.id}`, { answer: 'x', version: entry.version }), 409, 'conflict');
  ok(await desk.post(`/api/v1/kb/${entry.id}/archive`, { version: upd.version }));
  assert.ok(!ok(await desk.get(`/api/v1/kb/search?${q({ q: '投诉多久' })}`)).data.some((e: { id: string }) => e.id === entry.id));
  problem(await tenant.get(`/api/v1/kb/${entry.id}`), 404);
});
