/**
 * Paid repairs on screen (S6, issue 14): the quote is built from the price list by the engineer on site or the
 * desk; the tenant consents on the portal or the desk records a phoned consent; a new quote voids the consent;
 * completing the work posts exactly one charge to the month's 工程费统计表; paying on the spot takes it back (or
 * refuses once a month drew it). Bad input is refused with a code, and every step is audited.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { problem, ok } from '../../../test/helpers.ts';
import { auditEvents, billableCharges } from '../../../db/schema/index.ts';
import { at } from '../../../test/builders.ts';
import { casesWorld, DESK_ADMIN, UNIT_TENANT, type CasesWorld } from '../cases.fixture.ts';

type Who = 'desk' | 'eng' | 'tenant' | 'tenant2' | 'fin' | 'asst' | 'far';
let w: CasesWorld<Who>;
let items: Record<string, string>;

before(async () => {
  w = await casesWorld({
    desk: DESK_ADMIN,
    eng: ['engineer'],
    tenant: UNIT_TENANT,
    tenant2: ['tenant'],
    fin: ['finance_manager'],
    asst: ['cs_assistant'],
    far: { roles: ['affairs_admin'], on: 'other' },
  });
  w.t.clock.set(at('2026-10-09T09:00'));
  items = {};
  for (const [name, kind, unit, priceFen] of [
    ['人工费 维修', 'labour', '次', 5000],
    ['更换水龙头', 'material', '个', 4500],
    ['角阀', 'material', '个', 3500],
  ] as const) {
    const r = ok(await w.s.desk.post('/api/v1/repair-price-items', { propertyId: w.fx.propertyId, name, kind, unit, priceFen }), 201);
    items[name] = r.id;
  }
});
after(async () => w.t.close());

const charges = (woId: string) =>
  w.t.database.db
    .select()
    .from(billableCharges)
    .where(and(eq(billableCharges.sourceKind, 'repair'), eq(billableCharges.sourceId, woId)));
const audits = (action: string, id: string) =>
  w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, id)));

/** The tenant's repair with a paid work order the engineer has reached. */
async function paidOnSite(content = '卫生间水龙头漏水') {
  const { s, fx, ids } = w;
  const c = ok(await s.tenant.post('/api/v1/cases', { propertyId: fx.propertyId, kind: 'repair', content }), 201);
  const wo = ok(await s.desk.post(`/api/v1/cases/${c.id}/work-orders`, { content: '更换水龙头', paid: true, assigneeId: ids.eng }), 201)
    .workOrders[0];
  ok(await s.eng.post(`/api/v1/work-orders/${wo.id}/accept`));
  ok(await s.eng.post(`/api/v1/work-orders/${wo.id}/arrive`));
  return { caseId: c.id as string, wo: wo.id as string };
}

test('price list: kept by the billing staff, read by engineers and assistants, other property 404, bad price 400', async () => {
  const { s, fx, q } = w;
  const list = ok(await s.eng.get(`/api/v1/repair-price-items?${q({ active: 'true' })}`)).data;
  assert.equal(list.length, 3);
  assert.equal(list.find((i: { name: string }) => i.name === '更换水龙头').priceYuan, '45.00');
  ok(await s.asst.get(`/api/v1/repair-price-items?${q({})}`));
  problem(await s.tenant.get(`/api/v1/repair-price-items?${q({})}`), 403);
  problem(await s.far.get(`/api/v1/repair-price-items?${q({})}`), 404);
  const body = { propertyId: fx.propertyId, name: 'LED灯管', kind: 'material', unit: '支', priceFen: 2800 };
  problem(await s.eng.post('/api/v1/repair-price-items', body), 403);
  problem(await s.far.post('/api/v1/repair-price-items', body), 404);
  problem(await s.desk.post('/api/v1/repair-price-items', { ...body, priceFen: -1 }), 400, 'validation_failed');
  problem(await s.desk.post('/api/v1/repair-price-items', { ...body, priceFen: 28.5 }), 400, 'validation_failed');
  const led = ok(await s.desk.post('/api/v1/repair-price-items', body), 201);
  problem(await s.desk.post('/api/v1/repair-price-items', body), 409, 'duplicate');
  const off = ok(await s.desk.patch(`/api/v1/repair-price-items/${led.id}`, { active: false, priceFen: 3000 }));
  assert.equal(off.active, false);
  problem(await s.far.patch(`/api/v1/repair-price-items/${led.id}`, { active: true }), 404);
  assert.equal((await audits('repair_price.update', led.id)).length, 1);
  items.led = led.id;
});

test('engineer quotes from the price list; tenant consents on the portal; re-quote voids the consent; completion posts one charge', async () => {
  const { s, fx, q } = w;
  const { wo, caseId } = await paidOnSite();
  const url = `/api/v1/work-orders/${wo}`;
  // Bad input
  problem(await s.eng.post(`${url}/quote`, { items: [{ priceItemId: items['角阀'], qty: 0 }] }), 400, 'validation_failed');
  problem(await s.eng.post(`${url}/quote`, { items: [{ name: '配件', qty: 1, unitPriceFen: 100 }] }), 400, 'validation_failed');
  problem(await s.eng.post(`${url}/quote`, { items: [{ name: '配件', qty: 1, unitPriceFen: 10.5, note: 'x' }] }), 400, 'validation_failed');
  problem(await s.eng.post(`${url}/quote`, { items: [{ name: '配件', qty: 1, unitPriceFen: -100, note: 'x' }] }), 400, 'validation_failed');
  const unknown = problem(await s.eng.post(`${url}/quote`, { items: [{ priceItemId: items.led, qty: 1 }] }), 422, 'price_item_unknown');
  assert.equal(unknown.fields?.[0]?.path, 'items.0.priceItemId');
  problem(await s.tenant.post(`${url}/quote`, { items: [{ priceItemId: items['角阀'], qty: 1 }] }), 403);

  const quoted = ok(
    await s.eng.post(`${url}/quote`, {
      items: [
        { priceItemId: items['人工费 维修'], qty: 1 },
        { priceItemId: items['更换水龙头'], qty: 2, unitPriceFen: 1 },
      ],
    }),
  );
  assert.equal(quoted.amountFen, 14000);
  assert.equal(quoted.items[1].unitPriceFen, 4500);
  assert.equal(quoted.items[1].unit, '个');
  const seen = ok(await s.tenant.get(`${url}/charge`));
  assert.equal(seen.amountInWords, '壹佰肆拾元整');
  problem(await s.tenant2.post(`${url}/consent`, { name: '别人', method: 'portal' }), 404);
  ok(await s.tenant.post(`${url}/consent`, { name: '陈静', method: 'portal' }));

  // A changed quote after consent voids it (audited); the tenant consents again.
  const requoted = ok(
    await s.eng.post(`${url}/quote`, {
      items: [
        { priceItemId: items['人工费 维修'], qty: 1 },
        { priceItemId: items['更换水龙头'], qty: 1 },
        { priceItemId: items['角阀'], qty: 1 },
        { name: '密封胶', qty: 1, unitPriceFen: 1500, note: '现场补充' },
      ],
    }),
  );
  assert.equal(requoted.status, 'quoted');
  assert.equal(requoted.consentName, null);
  assert.equal(requoted.amountFen, 14500);
  assert.equal((await audits('repair_charge.consent_voided', wo)).length, 1);
  ok(await s.tenant.post(`${url}/consent`, { name: '陈静', method: 'portal' }));

  // Completion posts exactly one charge, on the completion day; a second completion and a re-quote are refused.
  w.t.clock.set(at('2026-10-09T11:00'));
  const [a1, a2] = await Promise.all([
    s.eng.post(`${url}/complete`, { workDone: '更换水龙头、角阀' }),
    s.eng.post(`${url}/complete`, { workDone: '更换水龙头、角阀' }),
  ]);
  const codes = [a1.statusCode, a2.statusCode].sort();
  assert.equal(codes[0], 200);
  assert.ok([409, 422].includes(codes[1]!), `the raced completion is refused: ${codes[1]}`);
  problem(await s.eng.post(`${url}/complete`, { workDone: '再次' }), 422, 'invalid_transition');
  problem(await s.eng.post(`${url}/quote`, { items: [{ priceItemId: items['角阀'], qty: 1 }] }), 409, 'work_order_closed');
  const posted = await charges(wo);
  assert.equal(posted.length, 1);
  assert.equal(posted[0]!.amountFen, 14500);
  assert.equal(posted[0]!.occurredOn, '2026-10-09');
  assert.equal(posted[0]!.sheet, 'engineering');
  // The finance manager sees it waiting for the month's 工程费统计表.
  const waiting = ok(await s.fin.get(`/api/v1/billing/charges?${q({})}`)).data;
  assert.equal(waiting.filter((c: { sourceId: string }) => c.sourceId === wo).length, 1);
  const info = ok(await s.desk.get(`${url}/charge`));
  assert.deepEqual(info.billing, { occurredOn: '2026-10-09', billingMonth: null, amountFen: 14500 });
  // Signing the work order later posts nothing more.
  ok(await s.tenant.post(`${url}/sign`, { name: '陈静', method: 'portal' }));
  assert.equal((await charges(wo)).length, 1);
  assert.equal((await audits('charge.post', posted[0]!.id)).length, 1);
  const d = ok(await s.desk.get(`/api/v1/cases/${caseId}`));
  assert.ok(d.timeline.some((e: { kind: string }) => e.kind === 'charge_consented'));
  void fx;
});

test('staff record a phoned consent (who, when); declining leaves nothing to bill; a completion before consent posts at consent', async () => {
  const { s } = w;
  w.t.clock.set(at('2026-10-09T12:00'));
  const { wo } = await paidOnSite('厨房角阀滴水');
  const url = `/api/v1/work-orders/${wo}`;
  ok(await s.asst.post(`${url}/quote`, { items: [{ priceItemId: items['角阀'], qty: 1 }] }));
  problem(await s.asst.post(`${url}/consent`, { name: '陈静', method: 'recorded', at: '2026-10-09T18:00:00+08:00' }), 400);
  const declined = ok(await s.asst.post(`${url}/consent`, { name: '陈静', method: 'recorded', accepted: false }));
  assert.equal(declined.status, 'declined');
  ok(await s.asst.post(`${url}/quote`, { items: [{ priceItemId: items['角阀'], qty: 1 }] }));
  ok(await s.eng.post(`${url}/complete`, { workDone: '更换角阀' }));
  assert.equal((await charges(wo)).length, 0);
  const rec = ok(await s.asst.post(`${url}/consent`, { name: '陈静（电话）', method: 'recorded', at: '2026-10-09T11:30:00+08:00' }));
  assert.equal(rec.consentMethod, 'recorded');
  assert.equal(rec.consentAt, new Date('2026-10-09T03:30:00Z').toISOString());
  const posted = await charges(wo);
  assert.equal(posted.length, 1);
  assert.equal(posted[0]!.amountFen, 3500);
});

test('paid on the spot withdraws the unbilled charge; once a month drew it the payment is refused 409', async () => {
  const { s } = w;
  w.t.clock.set(at('2026-10-09T13:00'));
  for (const drawn of [false, true]) {
    const { wo } = await paidOnSite(drawn ? '门锁损坏' : '灯管不亮');
    const url = `/api/v1/work-orders/${wo}`;
    ok(await s.eng.post(`${url}/quote`, { items: [{ priceItemId: items['人工费 维修'], qty: 1 }] }));
    ok(await s.tenant.post(`${url}/consent`, { name: '陈静', method: 'portal' }));
    ok(await s.eng.post(`${url}/complete`, { workDone: '已修复' }));
    assert.equal((await charges(wo)).length, 1);
    const notice = ok(await s.desk.post(`${url}/payment-notice`), 201);
    assert.equal(notice.amountInWords, '伍拾元整');
    assert.equal(notice.dueOn, '2026-11-15');
    if (drawn) {
      await w.t.database.db.update(billableCharges).set({ billingMonth: '2026-10' }).where(eq(billableCharges.sourceId, wo));
      problem(await s.desk.post(`${url}/paid`, { receiptNo: 'SJ-0009' }), 409, 'charge_already_billed');
      assert.equal(ok(await s.desk.get(`${url}/charge`)).charge.status, 'noticed');
    } else {
      ok(await s.desk.post(`${url}/paid`, { receiptNo: 'SJ-0008' }));
      assert.equal((await charges(wo)).length, 0);
    }
  }
});
