/**
 * Every page of the menu, for each kind of user, in zh-CN and en-US: the page renders inside the
 * shell without an uncaught error, the code asks i18next for no key that no language defines, and
 * in English the interface texts (menu, page title, tabs, table headers, form labels, buttons,
 * statistic titles) carry no Chinese — the demo data may.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

/** Users whose menus together reach every page; all in English, the two widest also in Chinese (the other suites walk Chinese pages). */
const USERS = ['dispatcher', 'admin', 'cs_supervisor', 'meeting_staff', 'engineer', 'organizer', 'bureau_approver', 'tenant'];
const ZH_USERS = ['dispatcher', 'admin'];
const CJK = /[\u3400-\u9fff]/;
/** Interface chrome whose text comes from the translations, not from the data. */
const CHROME = [
  '.ant-menu-title-content',
  '.ant-menu-item-group-title',
  '.hy-page-title h2',
  '.ant-tabs-tab-btn',
  'th.ant-table-cell',
  '.ant-form-item-label > label',
  '.ant-statistic-title',
  '.ant-segmented-item-label',
  'button > span:not(.anticon)',
];

async function settle(page: Page) {
  await page
    .waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(150);
}

async function sweep(user: string, lang: 'zh-CN' | 'en-US') {
  const page = await newPage(e, lang);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await loginAs(e, page, user);
  const nav = page.getByTestId('nav');
  // The menu's items, not just its frame: under load the first paint may show the frame alone.
  await nav.locator('.ant-menu-item').first().waitFor();
  const count = await nav.locator('.ant-menu-item').count();
  assert.ok(count > 0, `${user} has a menu`);
  const problems: string[] = [];
  for (let i = 0; i < count; i++) {
    const item = nav.locator('.ant-menu-item').nth(i);
    const label = (await item.innerText()).trim();
    await item.click();
    await settle(page);
    const where = `${user} ${lang} ${new URL(page.url()).pathname} (${label})`;
    if (!(await page.locator('.hy-content').isVisible())) problems.push(`${where}: the shell is gone`);
    if (await page.locator('.ant-result-403, .ant-result-404, .ant-result-500').count()) problems.push(`${where}: an error page`);
    if (lang === 'en-US') {
      const chinese = await page.evaluate(
        ([sel, cjk]) =>
          [...document.querySelectorAll(sel as string)]
            .filter((el) => !el.closest('.ant-table-tbody, .ant-select-selector, .ant-picker, [data-data]'))
            .map((el) => (el as HTMLElement).innerText.trim())
            .filter((s) => new RegExp(cjk as string).test(s)),
        [CHROME.join(', '), CJK.source] as const,
      );
      if (chinese.length) problems.push(`${where}: Chinese in the English interface: ${[...new Set(chinese)].slice(0, 6).join(' | ')}`);
    }
  }
  const missing = await page.evaluate(() => (window as unknown as { __hyMissingKeys?: string[] }).__hyMissingKeys ?? []);
  if (missing.length) problems.push(`${user} ${lang}: keys without a translation: ${missing.join(', ')}`);
  if (errors.length) problems.push(`${user} ${lang}: uncaught errors: ${errors.join(' | ')}`);
  await page.context().close();
  return problems;
}

test('every menu page of every kind of user renders in en-US (and zh-CN), translated', async () => {
  const problems: string[] = [];
  for (const user of USERS) problems.push(...(await sweep(user, 'en-US')));
  for (const user of ZH_USERS) problems.push(...(await sweep(user, 'zh-CN')));
  assert.deepEqual(problems, []);
});
