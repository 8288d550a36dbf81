/**
 * Mail room records (F4) in Chromium: the clerk counts today's newspapers and records a shortfall against the
 * carrier (listed in the month's differences); records a misdelivery against an item and sees the month's
 * accuracy figure change; logs a parcel with a photo of its label on a 390 px phone (no sideways scroll),
 * and the tenant's 我的快递 shows the new parcel without a reload.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { startE2E, newPage, loginAs, signedInApi, overflowsSideways, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

test('the clerk counts today’s newspapers: a shortfall is held against the carrier and listed in the month', async () => {
  const api = await signedInApi(e, 'mail_clerk');
  const pid = api.propertyId;
  const subs = (await api.get(`/front-desk/mail/subscriptions?propertyId=${pid}`)).data as { id: string; title: string; perDay: number }[];
  const paper = subs.find((s) => s.title === '人民日报')!;
  assert.ok(paper, 'the demo subscribes to 人民日报');

  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'mail_clerk');
  await page.goto(`${e.base}/front-desk/mail/newspapers`);
  await page.getByTestId('check-人民日报').waitFor();
  await page.getByTestId('check-received-人民日报').fill(String(paper.perDay - 2));
  await page.getByTestId('check-carrier-人民日报').fill('中国邮政北区投递站');
  await page.getByTestId('check-save-人民日报').click();
  await page.getByTestId('check-人民日报').getByText('少 2 份').waitFor();
  const checks = (await api.get(`/front-desk/mail/newspaper-checks?propertyId=${pid}&from=${today()}&to=${today()}`)).data as {
    subscriptionId: string;
    discrepancy: number;
    carrier: string;
  }[];
  const mine = checks.find((c) => c.subscriptionId === paper.id)!;
  assert.deepEqual([mine.discrepancy, mine.carrier], [-2, '中国邮政北区投递站']);

  await page.getByRole('tab', { name: '月度差异' }).click();
  const list = page.getByTestId('month-discrepancies');
  await list.getByText('中国邮政北区投递站').waitFor();
  assert.ok(await page.getByTestId('month-carriers').getByText('中国邮政北区投递站').isVisible());
  await page.close();
  await api.close();
});

test('a misdelivery recorded against an item lowers the month’s accuracy figure', async () => {
  const api = await signedInApi(e, 'mail_clerk');
  const pid = api.propertyId;
  const month = today().slice(0, 7);
  const before = await api.get(`/front-desk/mail/accuracy?propertyId=${pid}&month=${month}`);
  const item = (await api.get(`/front-desk/mail?propertyId=${pid}&from=${month}-01&limit=5`)).data.find(
    (m: { trackingNo: string | null }) => m.trackingNo,
  );
  assert.ok(item, 'an item of this month');

  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'mail_clerk');
  await page.goto(`${e.base}/front-desk/mail/quality`);
  await page.getByTestId('quality-incidents').getByText(String(before.incidents)).waitFor();
  const shown = await page.getByTestId('quality-rate').textContent();
  await page.getByTestId('incident-find').fill(item.trackingNo);
  await page.getByTestId(`incident-record-${item.number}`).click();
  await page.getByTestId('incident-note').fill('错放相邻格口，被同楼层他人取走，已追回');
  await page.getByTestId('incident-save').click();
  await page
    .getByTestId('quality-incidents')
    .getByText(String(before.incidents + 1))
    .waitFor();
  await page.getByTestId('quality-incident-list').getByText('错放相邻格口').waitFor();
  const after = await api.get(`/front-desk/mail/accuracy?propertyId=${pid}&month=${month}`);
  assert.equal(after.incidents, before.incidents + 1);
  assert.ok(after.rate < before.rate);
  const pct = `${(after.rate * 100).toFixed(2)}%`;
  await page.getByTestId('quality-rate').getByText(pct).waitFor();
  assert.notEqual(await page.getByTestId('quality-rate').textContent(), shown);
  await page.close();
  await api.close();
});

test('on a 390 px phone the clerk logs a parcel with a photo of its label; the tenant’s parcels refresh by themselves', async () => {
  const api = await signedInApi(e, 'mail_clerk');
  const pid = api.propertyId;
  const tenant = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, tenant, 'tenant');
  await tenant.goto(`${e.base}/my/parcels`);
  await tenant.getByTestId('my-parcel').first().waitFor();

  const phone = await newPage(e, 'en-US', 'phone');
  await loginAs(e, phone, 'mail_clerk');
  await phone.goto(`${e.base}/front-desk/mail`);
  await phone.getByTestId('mail-recipient-in').click();
  await phone.keyboard.type('陈静');
  await phone.getByTestId('directory-option').filter({ hasText: '市财政局' }).first().click();
  await phone.getByTestId('mail-tracking-in').fill('SF900000000777');
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 240, g: 240, b: 230 } } })
    .jpeg()
    .toBuffer();
  const input = phone.getByTestId('mail-label-in'); // the file input itself
  assert.equal(await input.getAttribute('capture'), 'environment', 'the phone opens the camera');
  await input.setInputFiles({ name: 'IMG_5001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await phone.getByTestId('mail-log-in').locator('.ant-upload-list-item-done').first().waitFor();
  assert.equal(await overflowsSideways(phone), false);
  await phone.getByTestId('mail-log-submit-in').click();
  await phone
    .getByText(/Logged SJ-/)
    .last()
    .waitFor();
  const item = (await api.get(`/front-desk/mail?propertyId=${pid}&q=SF900000000777`)).data[0];
  assert.ok(item.labelPhoto, 'the label photo is kept with the item');
  assert.equal(await overflowsSideways(phone), false);

  // 我的快递 on the tenant's phone shows the parcel without a reload (live event).
  await tenant.getByText('SF900000000777').waitFor({ timeout: 15_000 });
  await phone.close();
  await tenant.close();
  await api.close();
});
