/**
 * Laundry and meals (T5) in Chromium. The front desk logs a laundry call for 市财政局 and phones the laundry: the
 * collect countdown runs; the call is then placed 31 minutes in the past (as if phoned then) and the durable
 * timer's pass runs: the board turns red, the desk is alerted once; returned, the tenant signs the 洗衣服务确定单
 * on a 390 px phone and the charge is posted. The tenant orders today's meal in the portal on a 390 px phone
 * before the cut-off; with the cut-off passed (the admin's setting), the next order is refused with the clear
 * message. No sideways scroll on the phone.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { money } from '@hy/contracts';
import { alertUncollected } from '../apps/server/src/domains/paid-services/laundry/laundry.jobs.ts';
import { drawSignature, loginAs, newPage, overflowsSideways, signedInApi, startE2E, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

const rows = async <T>(sql: string) => ((await e.app.database.db.execute(sql)) as unknown as { rows: T[] }).rows;

test('a laundry request not collected within 30 minutes alerts the desk; returned, the tenant signs on a phone and the charge posts', async () => {
  const desk = await signedInApi(e, 'front_desk');
  const tag = String(Date.now() % 100000);
  const contact = `王丽${tag}`;

  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'front_desk');
  await page.goto(`${e.base}/paid-services/laundry`);
  await page.getByTestId('laundry-board').waitFor();
  await page.getByTestId('laundry-new').click();
  await page.getByTestId('laundry-new-org').click();
  await page.keyboard.type('市财政');
  await page.locator('.ant-select-item-option').filter({ hasText: '市财政局' }).first().click();
  await page.getByTestId('laundry-new-contact').fill(contact);
  await page.getByTestId('laundry-new-estimate').fill('衬衫 3 件、西装 1 套');
  await page.getByTestId('laundry-new-submit').click();
  await page.locator('.ant-message').getByText('洗衣需求已登记').waitFor();
  const card = page.getByTestId('laundry-card').filter({ hasText: contact });
  await card.getByTestId('laundry-call').click();
  await page.locator('.ant-message').getByText('已通知洗衣单位，计时开始').waitFor();
  const countdown = card.getByTestId('laundry-countdown');
  await countdown.waitFor();
  assert.match(await countdown.innerText(), /剩余 (29|30):\d\d 收衣/);

  // Time passes: the call is placed 31 minutes back (as if phoned then), and the durable timer's pass runs.
  const [req] = await rows<{ id: string }>(`select id from ps_laundry_requests where contact_name = '${contact}'`);
  assert.ok(req);
  await e.app.database.db.execute(
    `update ps_laundry_requests set called_at = now() - interval '31 minutes', collect_due_at = now() - interval '1 minute' where id = '${req.id}'`,
  );
  await alertUncollected(e.app.database.db, new Date());
  await alertUncollected(e.app.database.db, new Date());
  // Only this request's alert is counted: a demo request may fall overdue meanwhile and alert the desk too.
  const [alerts] = await rows<{ n: number; audited: number }>(
    `select (select count(*)::int from notifications n join users u on u.id = n.user_id
              where u.username = 'front_desk' and n.kind = 'laundry.collect_overdue' and abs(extract(epoch from (n.params->>'calledAt')::timestamptz - r.called_at)) < 1) as n,
            (select count(*)::int from audit_events a where a.entity_id = r.id::text and a.action = 'laundry_request.collect_overdue') as audited
       from ps_laundry_requests r where r.id = '${req.id}'`,
  );
  assert.equal(alerts!.audited, 1, 'the request is marked overdue once');
  assert.equal(alerts!.n, 1, 'the desk is alerted once');
  await page.reload();
  await card.getByTestId('laundry-overdue').waitFor();
  assert.match(await card.getByTestId('laundry-overdue').innerText(), /已超时/);
  await card.getByText('已提醒前台').waitFor();
  await page.goto(`${e.base}/notifications`);
  await page.getByText('洗衣单位超时未收衣：市财政局').first().waitFor();

  // Collected (late) and returned with the items; the tenant signs on their phone.
  assert.equal((await desk.post(`/laundry/requests/${req.id}/collect`)).status, 200);
  const ret = await desk.post(`/laundry/requests/${req.id}/return`, {
    lines: [
      { item: '衬衫', service: 'wash', qty: 3, priceFen: 800 },
      { item: '西装(套)', service: 'dry_clean', qty: 1, priceFen: 4000 },
    ],
  });
  assert.equal(ret.status, 200, JSON.stringify(ret.body));
  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'tenant');
  await phone.goto(`${e.base}/my/laundry`);
  const mine = phone.getByTestId('laundry-card').filter({ hasText: contact });
  await mine.waitFor();
  assert.equal(await overflowsSideways(phone), false);
  await mine.getByTestId('laundry-sign').click();
  await drawSignature(phone, contact);
  await phone.locator('.ant-message').getByText('已签收，费用已入账').waitFor();
  const charges = await rows<{ amount_fen: number; sheet: string }>(
    `select amount_fen::int as amount_fen, sheet from billable_charges where source_kind = 'laundry' and source_id = '${req.id}'`,
  );
  assert.deepEqual(charges, [{ amount_fen: 6400, sheet: 'other_services' }]);
  await phone.close();
  await page.close();
  await desk.close();
});

test('the tenant orders a meal on a 390 px phone before the cut-off; after it, the order is refused with a clear message', async () => {
  const admin = await signedInApi(e, 'admin');
  const pid = admin.propertyId;
  const setCutoff = async (v: string) =>
    assert.equal((await admin.patch(`/properties/${pid}/settings`, { set: { 'paidServices.mealOrderCutoff': v } })).status, 200);
  try {
    await setCutoff('23:59');
    const phone = await newPage(e, 'zh-CN', 'phone');
    await loginAs(e, phone, 'tenant');
    await phone.goto(`${e.base}/my/meals`);
    await phone.getByTestId('meal-cutoff').getByText('尚可订餐').waitFor();
    await phone.getByTestId('dish-picker').waitFor();
    assert.equal(await overflowsSideways(phone), false);
    await phone.getByTestId('dish-count-0').fill('2');
    await phone.getByTestId('meal-order-submit').click();
    await phone
      .locator('.ant-message')
      .getByText(/订餐已提交/)
      .waitFor();
    await phone.getByTestId('meal-order').first().waitFor();
    const tenant = await signedInApi(e, 'tenant');
    const day = await tenant.get(`/meals/orders?propertyId=${pid}`);
    assert.ok(day.data.some((o: { source: string; late: boolean }) => o.source === 'portal' && !o.late));

    // The cut-off has passed: the next order is refused with the clear message.
    await setCutoff('00:00');
    await phone.reload();
    await phone.getByTestId('meal-cutoff').getByText('今日订餐已于 00:00 截止').waitFor();
    await phone.getByTestId('dish-count-0').fill('1');
    await phone.getByTestId('meal-order-submit').click();
    const refused = phone.getByTestId('meal-refused');
    await refused.waitFor();
    assert.match(await refused.innerText(), /今日订餐已于 00:00 截止，如确需订餐请联系客务主管/);
    const r = await tenant.post('/meals/orders', {
      propertyId: pid,
      contactName: '陈静',
      lines: [{ dish: day.data[0].lines[0].dish, count: 1 }],
    });
    assert.equal(r.status, 422);
    assert.equal(r.body.code, 'meal_order_closed');
    assert.equal(await overflowsSideways(phone), false);
    await tenant.close();
    await phone.close();
  } finally {
    await admin.patch(`/properties/${pid}/settings`, { reset: ['paidServices.mealOrderCutoff'] });
    await admin.close();
  }
});

test('the housekeeping supervisor changes a laundry price and registers a supplier on the desk page; the tenant sees the new price', async () => {
  const hk = await signedInApi(e, 'housekeeping_supervisor');
  const before = await hk.get(`/laundry/prices?propertyId=${hk.propertyId}`);
  const first = before.data[0] as { item: string; washFen: number | null; dryCleanFen: number | null; ironFen: number | null };
  const newFen = (first.washFen ?? 0) + 123;
  const supplierName = `洁净洗涤服务中心${String(Date.now() % 100000)}`;
  const page = await newPage(e, 'zh-CN', 'desk');
  try {
    await loginAs(e, page, 'housekeeping_supervisor');
    await page.goto(`${e.base}/paid-services/laundry`);
    await page.getByRole('tab', { name: '价目表' }).click();
    await page.getByTestId('prices-edit').click();
    const wash = page.getByTestId('price-row').first().getByTestId('price-wash');
    await wash.fill((newFen / 100).toFixed(2));
    await page.getByTestId('prices-save').click();
    await page.locator('.ant-message').getByText('价目表已保存').waitFor();
    await page.getByTestId('laundry-prices').getByText(money(newFen)).first().waitFor();

    await page.getByRole('tab', { name: '供应商' }).click();
    await page.getByTestId('supplier-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('单位名称').fill(supplierName);
    await dialog.getByLabel('联系人').fill('郑小燕');
    await dialog.getByLabel('电话').fill('0755-28306655');
    await page.getByTestId('supplier-save').click();
    await page.locator('.ant-message').getByText('供应商已保存').waitFor();
    await page.getByTestId('supplier-table').getByText(supplierName).waitFor();

    // The tenant's portal shows the new price.
    const phone = await newPage(e, 'zh-CN', 'phone');
    await loginAs(e, phone, 'tenant');
    await phone.goto(`${e.base}/my/laundry`);
    await phone.getByText('查看价目表').click();
    await phone.getByTestId('laundry-prices').getByText(money(newFen)).first().waitFor();
    await phone.close();
    const tenant = await signedInApi(e, 'tenant');
    assert.equal((await tenant.get(`/laundry/prices?propertyId=${hk.propertyId}`)).data[0].washFen, newFen);
    await tenant.close();
  } finally {
    // Leave the demo as it was: the old prices back, the new supplier deactivated.
    const items = before.data.map(({ item, washFen, dryCleanFen, ironFen }: typeof first) => ({ item, washFen, dryCleanFen, ironFen }));
    await hk.put('/laundry/prices', { propertyId: hk.propertyId, supplierId: before.supplier.id, items });
    const added = (await hk.get(`/paid-services/suppliers?propertyId=${hk.propertyId}`)).data.find(
      (x: { name: string }) => x.name === supplierName,
    );
    if (added) await hk.patch(`/paid-services/suppliers/${added.id}`, { active: false });
    await hk.close();
    await page.close();
  }
});

test('screenshots of the price-list edit mode and the suppliers tab (SHOTS=1)', { skip: !process.env.SHOTS }, async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir('/tmp/shots-laundry-meals', { recursive: true });
  for (const device of ['desk', 'phone'] as const) {
    const page = await newPage(e, 'zh-CN', device);
    await loginAs(e, page, 'housekeeping_supervisor');
    await page.goto(`${e.base}/paid-services/laundry`);
    await page.getByRole('tab', { name: '价目表' }).click();
    await page.getByTestId('prices-edit').click();
    await page.getByTestId('prices-form').waitFor();
    assert.equal(await overflowsSideways(page), false);
    await page.screenshot({ path: `/tmp/shots-laundry-meals/prices-edit-${device}.png`, fullPage: true });
    await page.goto(`${e.base}/paid-services/meals`);
    await page.getByRole('tab', { name: '供应商' }).click();
    await page.getByTestId('supplier-table').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `/tmp/shots-laundry-meals/suppliers-${device}.png`, fullPage: true });
    await page.close();
  }
});

test('screenshots of the laundry and meals pages (SHOTS=1)', { skip: !process.env.SHOTS }, async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir('/tmp/shots-laundry-meals', { recursive: true });
  for (const lang of ['zh-CN', 'en-US'] as const)
    for (const device of ['desk', 'phone'] as const) {
      const page = await newPage(e, lang, device);
      await loginAs(e, page, 'front_desk');
      for (const p of ['laundry', 'meals']) {
        await page.goto(`${e.base}/paid-services/${p}`);
        await page.getByTestId(p === 'laundry' ? 'laundry-board' : 'meal-cutoff').waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `/tmp/shots-laundry-meals/${p}-${device}-${lang}.png`, fullPage: true });
      }
      await page.goto(`${e.base}/paid-services/laundry/prices/print`);
      await page.getByTestId('laundry-prices-print').waitFor();
      await page.screenshot({ path: `/tmp/shots-laundry-meals/prices-print-${device}-${lang}.png`, fullPage: true });
      const month = new Date(Date.now() + 8 * 3600_000 - 20 * 86_400_000).toISOString().slice(0, 7);
      await page.goto(`${e.base}/paid-services/statement/print?kind=meals&month=${month}`);
      await page.getByTestId('statement-print').waitFor();
      await page.screenshot({ path: `/tmp/shots-laundry-meals/statement-print-${device}-${lang}.png`, fullPage: true });
      await page.close();
      const tenant = await newPage(e, lang, device);
      await loginAs(e, tenant, 'tenant');
      for (const p of ['meals', 'laundry']) {
        await tenant.goto(`${e.base}/my/${p}`);
        await tenant.waitForLoadState('networkidle');
        await tenant.screenshot({ path: `/tmp/shots-laundry-meals/my-${p}-${device}-${lang}.png`, fullPage: true });
      }
      await tenant.close();
    }
});
