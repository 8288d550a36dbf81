import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok } from '../../../test/helpers.ts';
import { KB_DEMO_ENTRIES } from './knowledge-base.demo.ts';
import { casesWorld, DESK_ADMIN, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

let w: CasesWorld<'sup' | 'desk' | 'eng' | 'tenant'>;

before(async () => {
  w = await casesWorld({ sup: ['cs_supervisor'], desk: DESK_ADMIN, eng: ['engineer'], tenant: UNIT_TENANT });
});
after(async () => w.t.close());

test('knowledge base: staff CRUD and search while taking a call, links to cases and consultations, public FAQ for tenants', async () => {
  const { fx, s, ids, q, corridorComplaint } = w;
  const created = [];
  for (const e of KB_DEMO_ENTRIES) created.push(ok(await s.desk.post('/api/v1/kb', { propertyId: fx.propertyId, ...e }), 201));
  assert.ok(KB_DEMO_ENTRIES.length >= 12);
  problem(await s.eng.post('/api/v1/kb', { propertyId: fx.propertyId, ...KB_DEMO_ENTRIES[0] }), 403);
  problem(await s.tenant.post('/api/v1/kb', { propertyId: fx.propertyId, ...KB_DEMO_ENTRIES[0] }), 403);
  problem(await s.desk.post('/api/v1/kb', { propertyId: fx.propertyId, category: '', question: 'x' }), 400, 'validation_failed');

  const hits = ok(await s.eng.get(`/api/v1/kb/search?${q({ q: '温度' })}`)).data;
  assert.equal(hits[0].question, '办公区空调温度标准是多少？');
  const phrases = ok(await s.desk.get(`/api/v1/kb/search?${q({ courtesy: 'true' })}`)).data;
  assert.ok(phrases.some((p: { answer: string }) => p.answer === '您好，物业服务中心，请问有什么可以帮您？'));
  assert.ok(phrases.every((p: { courtesy: boolean }) => p.courtesy));
  problem(await s.tenant.get(`/api/v1/kb/search?${q({ q: '空调' })}`), 403);

  const faq = ok(await s.tenant.get(`/api/v1/kb/faq?${q({})}`)).data;
  assert.equal(faq.length, KB_DEMO_ENTRIES.filter((e) => e.public && !e.courtesy).length);
  assert.ok(!faq.some((e: { question: string }) => e.question.startsWith('内部口径')));
  assert.equal(faq[0].version, undefined);

  const entry = created.find((e) => e.category === '投诉' && e.public);
  const c = ok(await s.desk.post('/api/v1/cases', corridorComplaint({ content: '想知道投诉处理时限' })), 201);
  const links = ok(await s.desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: entry.id }), 201).data;
  assert.equal(links[0].id, entry.id);
  ok(await s.desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: entry.id }), 201);
  problem(
    await s.desk.post(`/api/v1/cases/${c.id}/kb-links`, { entryId: '00000000-0000-4000-8000-000000000000' }),
    400,
    'validation_failed',
  );
  const cons = ok(
    await s.desk.post('/api/v1/consultations', { propertyId: fx.propertyId, question: '投诉多久处理？', answer: entry.answer }),
    201,
  );
  ok(await s.desk.post(`/api/v1/consultations/${cons.id}/kb-links`, { entryId: entry.id }), 201);
  const full = ok(await s.desk.get(`/api/v1/kb/${entry.id}`));
  assert.deepEqual(
    full.usedBy.cases.map((x: { number: string }) => x.number),
    [c.number],
  );
  assert.equal(full.usedBy.consultations.length, 1);
  assert.equal(ok(await s.desk.get(`/api/v1/kb/search?${q({ q: '投诉多久' })}`)).data[0].uses, 1);

  const upd = ok(await s.sup.patch(`/api/v1/kb/${entry.id}`, { answer: `${entry.answer}（2026 年修订）`, version: entry.version }));
  assert.equal(upd.version, entry.version + 1);
  assert.equal(upd.updatedBy, ids.sup);
  problem(await s.desk.patch(`/api/v1/kb/${entry.id}`, { answer: 'x', version: entry.version }), 409, 'conflict');
  ok(await s.desk.post(`/api/v1/kb/${entry.id}/archive`, { version: upd.version }));
  assert.ok(!ok(await s.desk.get(`/api/v1/kb/search?${q({ q: '投诉多久' })}`)).data.some((e: { id: string }) => e.id === entry.id));
  problem(await s.tenant.get(`/api/v1/kb/${entry.id}`), 404);
});
