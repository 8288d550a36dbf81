/**
 * People on their feet (issue 11, S1, S5) at 390 px: the engineer completes a work order on the phone with a
 * photo from the file chooser and the customer's signature drawn on the screen; a tenant reports a leak in three
 * taps plus the photo; the front desk's intake opens its knowledge base as a bottom sheet. No page scrolls
 * sideways.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import type { Locator, Page } from 'playwright-core';
import { startE2E, newPage, loginAs, drawSignature, overflowsSideways, targetSizes, type E2E } from './harness.ts';

let e: E2E;
let photo: Buffer;
before(async () => {
  e = await startE2E();
  photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 30, g: 110, b: 190 } } })
    .jpeg()
    .toBuffer();
});
after(async () => e?.close());

/** Picks a photo through the page's file chooser (as the phone's camera or gallery hands it over) in a form. */
async function pickPhoto(page: Page, picker: Locator, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await picker.locator('.ant-upload-select').click();
  await (await chooser).setFiles({ name, mimeType: 'image/jpeg', buffer: photo });
  await picker.locator('.ant-upload-list-item-done').first().waitFor();
}

async function noSideways(page: Page, where: string) {
  assert.equal(await overflowsSideways(page), false, `${where} scrolls sideways at 390 px`);
}

test('the engineer completes a work order on the phone: photo, the customer signs on the screen', async () => {
  const eng = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, eng, 'engineer');
  await eng.goto(`${e.base}/my/work-orders`);
  const open = eng.getByTestId('my-wo').filter({ has: eng.locator('[data-testid="my-accept"], [data-testid="my-complete"]') });
  await open.first().waitFor();
  await noSideways(eng, 'my work orders');
  const card = eng.locator(`[data-testid="my-wo"][data-number="${await open.first().getAttribute('data-number')}"]`);
  const number = (await card.getAttribute('data-number'))!;
  if (await card.getByTestId('my-accept').isVisible()) await card.getByTestId('my-accept').click();
  await card.getByTestId('my-complete').click();

  await eng.getByTestId('my-workdone').fill('更换下水管一根，试水无渗漏');
  await pickPhoto(eng, eng.locator('.ant-drawer-bottom'), '完工.jpg');
  await eng.getByTestId('my-customer-sign').click();
  await drawSignature(eng, '王女士');
  await eng
    .getByTestId('signature-view')
    .getByText(/王女士/)
    .waitFor();
  await noSideways(eng, 'the completion sheet');
  await eng.getByTestId('my-complete-ok').click();
  await eng.getByText('已登记签字').waitFor();

  // Done: the card shows the photo and the signature with the signer, both served to the engineer.
  await eng.locator('.ant-segmented-item').filter({ hasText: '已完成' }).click();
  const done = eng.locator(`[data-testid="my-wo"][data-number="${number}"]`);
  await done
    .getByTestId('signature-view')
    .getByText(/王女士/)
    .waitFor();
  const images = done.locator('[data-testid="wo-files"] img');
  await images.nth(1).waitFor();
  await eng.waitForFunction(
    (n) =>
      [...document.querySelectorAll(`[data-number="${n}"] [data-testid="wo-files"] img`)].every(
        (i) => (i as HTMLImageElement).naturalWidth > 0,
      ),
    number,
  );
  await noSideways(eng, 'my finished work orders');
  const wo = (await eng.evaluate(async (n) => {
    const r = await fetch(`/api/v1/work-orders?assignee=me&limit=100`);
    return ((await r.json()) as { data: { number: string; status: string; signatureMethod: string; photos: unknown[] }[] }).data.find(
      (w) => w.number === n,
    );
  }, number))!;
  assert.equal(wo.status, 'signed');
  assert.equal(wo.signatureMethod, 'screen');
  assert.equal(wo.photos.length, 1);
  await eng.context().close();

  // The desk on a phone: the case's work orders are cards (no sideways scrolling), their buttons a thumb's size.
  const desk = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, desk, 'dispatcher');
  await desk.goto(`${e.base}/cases/${(wo as unknown as { caseId: string }).caseId}`);
  const woCard = desk.locator(`[data-testid="wo-card"]`).filter({ hasText: number });
  await woCard.getByTestId('signature-view').waitFor();
  await noSideways(desk, 'the case detail');
  for (const [, h] of await targetSizes(woCard.locator('button, a.ant-btn'))) assert.ok(h >= 40, `a work-order button ${h} px tall`);
  await desk.context().close();
});

test('a tenant reports a leak in three taps plus the photo (in English), and sees it with its photo', async () => {
  const tenant = await newPage(e, 'en-US', 'phone');
  await loginAs(e, tenant, 'tenant');
  await tenant.goto(`${e.base}/portal`);
  await tenant.getByTestId('portal-form').waitFor();
  await noSideways(tenant, 'the portal');
  await tenant.getByTestId('quick-leak').click(); // tap 1
  await pickPhoto(tenant, tenant.getByTestId('portal-form'), 'leak.jpg'); // the photo
  const created = tenant.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/cases');
  await tenant.getByTestId('portal-submit').click(); // tap 2
  const c = (await (await created).json()) as { number: string; content: string; photos: { id: string }[] };
  assert.equal(c.content, 'Water leak');
  assert.equal(c.photos.length, 1);
  // The new case opens at once with its photo.
  await tenant.getByTestId('portal-case-photos').locator('img').first().waitFor();
  await tenant.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="portal-case-photos"] img')].every((i) => (i as HTMLImageElement).naturalWidth > 0),
  );
  await noSideways(tenant, 'the case sheet');
  await tenant.keyboard.press('Escape');
  await tenant.locator(`[data-testid="portal-case"][data-number="${c.number}"]`).waitFor();
  await noSideways(tenant, 'the portal with the new case');
  await tenant.context().close();
});

test('the intake form is one column on a phone and its knowledge base a bottom sheet', async () => {
  const desk = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/cases/new`);
  await desk.getByTestId('intake-form').waitFor();
  await noSideways(desk, 'intake');
  assert.equal(await desk.getByTestId('kb-panel').count(), 0);
  await desk.getByTestId('kb-open').click();
  await desk.locator('.ant-drawer-bottom').getByTestId('kb-panel').waitFor();
  await noSideways(desk, 'intake with the knowledge base');
  await desk.context().close();
});
