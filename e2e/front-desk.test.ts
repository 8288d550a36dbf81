/**
 * The front desk's shared parts (issue 12, F2, F6): the directory found by pinyin initials, company and
 * phone on a desk and on a phone; a request from an executive's office recorded by the desk and done by the
 * cleaner on a 390 px phone while the executive is out.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, overflowsSideways, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

/** With SHOTS=dir, saves a screenshot there (for looking at the pages; nothing is asserted). */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

test('the directory: found by pinyin initials, company and phone; a phone gets cards with tap-to-call', async () => {
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/directory`);
  await desk.getByTestId('directory-row').first().waitFor();
  const names = () => desk.getByTestId('directory-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
  await desk.getByTestId('directory-search').fill('wlq');
  await desk.waitForFunction(() => document.querySelectorAll('[data-testid="directory-row"]').length === 1);
  assert.deepEqual(await names(), ['王立群']);
  await desk.getByTestId('directory-search').fill('财政局');
  await desk.waitForFunction(() => document.querySelectorAll('[data-testid="directory-row"]').length === 4);
  assert.ok((await names()).includes('陈静'));
  await shot(desk, 'directory-desk-zh');

  const guard = await newPage(e, 'en-US', 'phone');
  await loginAs(e, guard, 'security');
  await guard.goto(`${e.base}/front-desk/directory`);
  await guard.getByTestId('directory-search').fill('28301203');
  // The tenant's switchboard number, and the one person who shares it.
  await guard.waitForFunction(() => document.querySelectorAll('[data-testid="directory-card"]').length === 2);
  const card = guard.locator('[data-testid="directory-card"][data-name="市财政局"]');
  assert.ok(await card.locator('a[href^="tel:"]').count());
  assert.equal(await overflowsSideways(guard), false);
  await shot(guard, 'directory-phone-en');
});

test('the executive floor: the desk records a cleaning while the mayor is out; the cleaner does it on a phone', async () => {
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/executive-floor`);
  await desk.getByTestId('exec-new').click();
  await desk.getByTestId('exec-executive').click();
  await desk.keyboard.type('王立群');
  await desk.getByTestId('directory-option').filter({ hasText: '王立群' }).click();
  await desk.locator('.ant-radio-button-wrapper', { hasText: '办公室保洁' }).click();
  await desk.getByTestId('exec-detail').fill('会见结束后整理会客区，更换鲜花');
  await desk.getByTestId('exec-when-out').check();
  await desk.getByTestId('exec-save').click();
  const mine = desk.getByTestId('exec-open').getByTestId('exec-request').filter({ hasText: '更换鲜花' });
  await mine.waitFor();
  assert.equal(await mine.getAttribute('data-kind'), 'cleaning');
  await shot(desk, 'executive-desk-zh');

  const cleaner = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, cleaner, 'cleaner');
  await cleaner.goto(`${e.base}/front-desk/executive-floor`);
  const job = cleaner.getByTestId('exec-request').filter({ hasText: '更换鲜花' });
  await job.getByTestId('exec-accept').click();
  await job.and(cleaner.locator('[data-status="accepted"]')).waitFor();
  await job.getByTestId('exec-complete').click();
  await cleaner.getByTestId('exec-closed').getByTestId('exec-request').filter({ hasText: '更换鲜花' }).waitFor();
  // The cleaner sees the cleaning only, never the tea or the thermos round of the meeting staff.
  const kinds = await cleaner.getByTestId('exec-request').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-kind')));
  assert.ok(
    kinds.every((k) => k === 'cleaning'),
    kinds.join(),
  );
  assert.equal(await overflowsSideways(cleaner), false);
  await shot(cleaner, 'executive-phone-zh');
  // The desk sees it done, live.
  await desk.getByTestId('exec-closed').getByTestId('exec-request').filter({ hasText: '更换鲜花' }).waitFor();
});
