/**
 * The business center (T5) in Chromium. At the desk on a 390 px phone the front desk writes a fax-out 服务收费单 for
 * 市财政局, finishes it and the customer signs on the phone; charged to the company's month, the slip prints with
 * the signature. A fax in with no recipient is logged as 待查 and, three days later, the filing job files it (once).
 * SHOTS=1 takes the screenshots (desk 1280 and phone 390) into /tmp/shots-biz-center.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { fileFaxes } from '../apps/server/src/domains/paid-services/business-center/business-center.faxes.ts';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, drawSignature, type E2E } from './harness.ts';

const SHOTS = '/tmp/shots-biz-center';
let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('a fax-out slip written and signed by the customer on a phone is charged to the company once and prints with the signature', async () => {
  const api = await signedInApi(e, 'front_desk');
  const tag = String(Date.now() % 100000);
  const customer = `周建国${tag}`;
  const page = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, page, 'front_desk');
  await page.goto(`${e.base}/paid-services/business-center`);
  await page.getByTestId('slip-list').waitFor();
  assert.equal(await overflowsSideways(page), false);

  await page.getByTestId('slip-open').click();
  await page.getByTestId('slip-org').click();
  await page.keyboard.type('财政');
  await page.locator('.ant-select-item-option').filter({ hasText: '市财政局' }).first().click();
  await page.getByTestId('slip-customer').fill(customer);
  await page.getByTestId('slip-faxNumber').fill('010-6855 1234');
  await page.getByTestId('slip-pages').fill('3');
  await page.getByTestId('slip-submit').click();
  await page.locator('.ant-message').getByText('收费单已开具').waitFor();
  const card = page.getByTestId('slip-card').filter({ hasText: customer });
  await card.waitFor();
  assert.match((await card.getAttribute('data-number')) ?? '', /^FW-\d{6}-\d{4}$/);
  assert.equal(await overflowsSideways(page), false);

  await card.getByTestId('slip-finish').click();
  await card.getByTestId('slip-sign').click();
  await page.locator('.ant-modal-footer').getByRole('button', { name: '客户签字' }).click();
  await drawSignature(page);
  await page.getByTestId('slip-card').filter({ hasText: customer }).and(page.locator('[data-state="signed"]')).waitFor();
  await card.getByText('已记入月度费用').waitFor();

  const slips = (await api.get(`/business-center/slips?propertyId=${api.propertyId}&q=${encodeURIComponent(customer)}`)).data as {
    id: string;
    state: string;
    payment: string;
    charged: boolean;
    amountFen: number;
    signature: { signerName: string } | null;
  }[];
  assert.equal(slips.length, 1);
  const s = slips[0]!;
  assert.deepEqual([s.state, s.payment, s.charged, s.amountFen, s.signature?.signerName], ['signed', 'account', true, 1500, customer]);
  const again = await api.post(`/business-center/slips/${s.id}/sign`, {
    signerName: customer,
    signatureId: '00000000-0000-4000-8000-000000000000',
    payment: 'account',
  });
  assert.equal(again.body.code, 'bc_slip_not_finished');

  await card.getByTestId('slip-print').click();
  await page.getByTestId('slip-print').and(page.locator('section')).waitFor();
  await page.getByTestId('signature-view').waitFor();
  assert.match((await page.getByTestId('slip-print').and(page.locator('section')).textContent()) ?? '', /壹拾伍元整/);
  assert.equal(await overflowsSideways(page), false);
  await api.close();
  await page.context().close();
});

test('a fax with no recipient is logged as 待查 on a phone and filed by the job three days later, once', async () => {
  const api = await signedInApi(e, 'front_desk');
  const tag = `无抬头传真 ${String(Date.now() % 100000)}`;
  const page = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, page, 'front_desk');
  await page.goto(`${e.base}/paid-services/business-center?tab=faxes`);
  await page.getByTestId('fax-list').waitFor();
  await page.getByTestId('fax-open').click();
  await page.getByTestId('fax-pages').fill('2');
  await page.getByTestId('fax-sender').fill(tag);
  await page.getByTestId('fax-submit').click();
  const card = page.getByTestId('fax-card').filter({ hasText: tag });
  await card.waitFor();
  assert.equal(await card.getAttribute('data-state'), 'unknown');
  await card.getByText('待查').waitFor();
  await card.getByText('已通知客服部查找').waitFor();
  assert.equal(await overflowsSideways(page), false);

  const faxes = (await api.get(`/business-center/faxes?propertyId=${api.propertyId}&state=unknown`)).data as {
    id: string;
    sender: string;
    fileDueAt: string;
    receivedAt: string;
  }[];
  const fax = faxes.find((f) => f.sender === tag)!;
  assert.ok(fax);
  assert.equal(Date.parse(fax.fileDueAt) - Date.parse(fax.receivedAt), 3 * 86_400_000);
  // The job on the clock three days on: not a minute before, then filed once.
  const db = e.app.database.db;
  await fileFaxes(db, new Date(Date.parse(fax.fileDueAt) - 60_000));
  assert.equal((await api.get(`/business-center/faxes/${fax.id}`)).state, 'unknown');
  await fileFaxes(db, new Date(fax.fileDueAt));
  const filed = await api.get(`/business-center/faxes/${fax.id}`);
  assert.equal(filed.state, 'filed');
  await fileFaxes(db, new Date(Date.parse(fax.fileDueAt) + 86_400_000));
  assert.equal((await api.get(`/business-center/faxes/${fax.id}`)).filedAt, filed.filedAt);
  await page.reload();
  await page.getByTestId('fax-card').filter({ hasText: tag }).and(page.locator('[data-state="filed"]')).waitFor();
  await api.close();
  await page.context().close();
});

test('screenshots (SHOTS=1): the desk page, its tabs, the prints, desk and phone', { skip: !process.env.SHOTS }, async () => {
  await mkdir(SHOTS, { recursive: true });
  const api = await signedInApi(e, 'front_desk');
  const slip = ((await api.get(`/business-center/slips?propertyId=${api.propertyId}&state=signed`)).data as { id: string }[])[0]!;
  const fax = ((await api.get(`/business-center/faxes?propertyId=${api.propertyId}`)).data as { id: string }[])[0]!;
  const shoot = async (p: Page, name: string) => p.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  for (const device of ['desk', 'phone'] as const) {
    const p = await newPage(e, 'zh-CN', device);
    if (device === 'desk') await p.setViewportSize({ width: 1280, height: 900 });
    await loginAs(e, p, 'front_desk');
    for (const tab of ['slips', 'registers', 'faxes', 'handover', 'reports']) {
      await p.goto(`${e.base}/paid-services/business-center?tab=${tab}`);
      await p.waitForLoadState('networkidle');
      await shoot(p, `${device}-${tab}`);
    }
    await p.getByTestId('slip-open').click();
    await p.getByTestId('slip-submit').waitFor();
    await shoot(p, `${device}-slip-form`);
    await p.goto(`${e.base}/paid-services/business-center/slips/${slip.id}/print`);
    await p.getByTestId('signature-view').waitFor();
    await shoot(p, `${device}-slip-print`);
    await p.goto(`${e.base}/paid-services/business-center/faxes/${fax.id}/notice`);
    await p.getByTestId('fax-notice').waitFor();
    await shoot(p, `${device}-fax-notice`);
    await p.goto(`${e.base}/paid-services/business-center/register/print?register=fax`);
    await p.getByTestId('bc-register').waitFor();
    await shoot(p, `${device}-register`);
    await p.context().close();
  }
  const en = await newPage(e, 'en-US', 'phone');
  await loginAs(e, en, 'cs_supervisor');
  await en.goto(`${e.base}/paid-services/business-center?tab=faxes`);
  await en.waitForLoadState('networkidle');
  await shoot(en, 'phone-faxes-en');
  await en.getByTestId('prices-open').click();
  await en.getByTestId('prices-save').waitFor();
  await shoot(en, 'phone-prices-en');
  await en.context().close();
  await api.close();
});
