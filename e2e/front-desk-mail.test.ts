/**
 * Mail and parcels (F4) in Chromium: the mail clerk logs a parcel for 陈静 (the tenant is told at once), a
 * proxy picks it up with a signature drawn on the screen; a damaged parcel cannot be signed for; the tenant
 * sees her parcels on the phone.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, signedInApi, drawSignature, overflowsSideways, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

async function logParcel(page: Page, tracking: string, damaged = false) {
  const form = page.getByTestId('mail-log-in');
  await page.getByTestId('mail-recipient-in').click();
  await page.keyboard.type('陈静');
  await page.getByTestId('directory-option').filter({ hasText: '市财政局' }).first().click();
  await page.getByTestId('mail-tracking-in').fill(tracking);
  if (damaged) await page.getByTestId('mail-damaged').check();
  await form.getByTestId('mail-log-submit-in').click();
  await page
    .getByText(/已登记 SJ-/)
    .last()
    .waitFor();
}

test('a parcel is logged, the recipient told, picked up by a proxy with a drawn signature; a damaged parcel cannot be signed for', async () => {
  const clerkApi = await signedInApi(e, 'mail_clerk');
  const tenantApi = await signedInApi(e, 'tenant');
  const pid = clerkApi.propertyId;
  const find = async (tracking: string) => (await clerkApi.get(`/front-desk/mail?propertyId=${pid}&q=${tracking}`)).data[0];

  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'mail_clerk');
  await page.goto(`${e.base}/front-desk/mail`);
  await logParcel(page, 'SF900000000001');
  const item = await find('SF900000000001');
  assert.equal(item.status, 'waiting');
  assert.equal(item.pigeonhole, 'C');
  const bell = await tenantApi.get('/notifications?limit=10');
  assert.ok(
    bell.data.some((n: { kind: string; data?: { mailItemId?: string } }) => n.kind === 'mail.waiting' && n.data?.mailItemId === item.id),
    'the recipient was told',
  );

  // Waiting, by pigeonhole C: hand over to a proxy who signs on the screen.
  await page.getByRole('tab', { name: '待领取' }).click();
  await page.getByText('C', { exact: true }).first().click();
  await page.getByTestId(`handover-${item.number}`).click();
  await page.getByTestId('handover-signer').getByText('代收人').click();
  await page.getByTestId('handover-name').fill('李代收');
  await page.locator('#handover-ok').click();
  await drawSignature(page, '李代收');
  await page.getByText('已交接').first().waitFor();
  const done = (await clerkApi.get(`/front-desk/mail/${item.id}`)) as {
    status: string;
    pickup: { signer: string; name: string; signature: { id: string } | null };
  };
  assert.equal(done.status, 'picked_up');
  assert.equal(done.pickup.signer, 'proxy');
  assert.equal(done.pickup.name, '李代收');
  assert.ok(done.pickup.signature, 'the drawing is kept');

  // A damaged parcel: refused at logging, the hand-over button disabled, the API says why.
  await page.getByRole('tab', { name: '收件登记' }).click();
  await logParcel(page, 'JD900000000002', true);
  const broken = await find('JD900000000002');
  assert.equal(broken.status, 'refused_damaged');
  await page.getByRole('tab', { name: '待领取' }).click();
  assert.equal(await page.getByTestId(`handover-${broken.number}`).isDisabled(), true);
  const refused = await clerkApi.post(`/front-desk/mail/${broken.id}/hand-over`, { signer: 'recipient', name: '陈静', method: 'paper' });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'mail_damaged_refused');
  await page.close();

  // The tenant on her phone sees her parcels (English), no sideways scroll.
  const phone = await newPage(e, 'en-US', 'phone');
  await loginAs(e, phone, 'tenant');
  await phone.goto(`${e.base}/my/parcels`);
  await phone.getByTestId('my-parcel').first().waitFor();
  assert.ok(await phone.getByText('Picked up').first().isVisible());
  assert.equal(await overflowsSideways(phone), false);
  await phone.close();
  await clerkApi.close();
  await tenantApi.close();
});
