/**
 * Every page of the menu, for each kind of user, in zh-CN and en-US: the page renders inside the
 * shell without an uncaught error, the code asks i18next for no key that no language defines, and
 * in English the interface texts (menu, page title, tabs, table headers, form labels, buttons,
 * statistic titles) carry no Chinese — the demo data may. The views that show what happened
 * (notifications, a case's timeline and history, a booking's history, the audit log) also show no
 * ISO timestamp, no UUID and no raw action key, in either language.
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
  // …and not in the instant the menu is drawn again (the session's first refresh re-renders it).
  await page.waitForTimeout(300);
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

const ISO_TEXT = /\d{4}-\d\d-\d\dT\d\d:\d\d/;
const UUID_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** An action or message key as stored ('work_order.completed', 'case.sla.respond_breach'). */
const RAW_KEY = /(^|\s)[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*(\.[a-z_]+)?($|\s)/;
/** A coded value as stored ('follow_up_second', 'waiting_customer'), or a short record reference ('#1a2b3c4d'). */
const RAW_CODE = /(^|[^A-Za-z0-9_@./-])[a-z]+(_[a-z0-9]+)+($|[^A-Za-z0-9_@.-])/;
const SHORT_ID = /#[0-9a-f]{8}\b/;

/** The visible text of a view's region, checked for what people must not read there. */
async function words(page: Page, where: string, selector: string, lang: 'zh-CN' | 'en-US', problems: string[], chromeOnly?: string) {
  const region = page.locator(selector).first();
  await region.waitFor({ timeout: 15_000 }).catch(() => problems.push(`${where}: ${selector} not shown`));
  await settle(page);
  const text = await region.innerText().catch(() => '');
  if (!text.trim()) problems.push(`${where}: ${selector} is empty`);
  for (const line of text.split('\n')) {
    if (ISO_TEXT.test(line)) problems.push(`${where}: an ISO timestamp: ${line.slice(0, 120)}`);
    if (UUID_TEXT.test(line)) problems.push(`${where}: a UUID: ${line.slice(0, 120)}`);
    if (RAW_KEY.test(line)) problems.push(`${where}: a raw key: ${line.slice(0, 120)}`);
    if (RAW_CODE.test(line)) problems.push(`${where}: a raw code: ${line.slice(0, 120)}`);
    if (SHORT_ID.test(line)) problems.push(`${where}: a short id: ${line.slice(0, 120)}`);
  }
  if (lang === 'en-US' && chromeOnly) {
    const chinese = (await page.locator(chromeOnly).allInnerTexts()).filter((s) => CJK.test(s));
    if (chinese.length) problems.push(`${where}: Chinese in English: ${[...new Set(chinese)].slice(0, 4).join(' | ')}`);
  }
}

async function historyViews(lang: 'zh-CN' | 'en-US') {
  const problems: string[] = [];
  const page = await newPage(e, lang);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await loginAs(e, page, 'admin');
  const api = async <T>(url: string) => (await (await page.request.get(`${e.base}/api/v1${url}`)).json()) as T;
  const me = await api<{ properties: { id: string }[] }>('/auth/me');
  const pid = me.properties[0]!.id;

  // The dispatcher hears of most things: their notifications.
  const desk = await newPage(e, lang);
  await loginAs(e, desk, 'dispatcher');
  await desk.goto(`${e.base}/notifications`);
  await words(desk, `${lang} notifications`, '[data-testid="notification-list"]', lang, problems);
  if (lang === 'en-US') {
    // Titles come from the English catalog: a title made of Chinese only would be the stored zh-CN text.
    const titles = await desk.locator('[data-testid="notification-item"] .ant-list-item-meta-title').allInnerTexts();
    const chinese = titles.filter((s) => /^[\u3400-\u9fff]/.test(s.trim()));
    if (chinese.length) problems.push(`${lang} notifications: Chinese titles: ${chinese.slice(0, 3).join(' | ')}`);
  }
  await desk.context().close();

  await page.goto(`${e.base}/admin/audit`);
  await page
    .locator('[data-testid="audit-table"] .ant-table-row')
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  // The newest events with the first eight unfolded (their changes, facts and record): every line in words.
  const expanders = page.locator('[data-testid="audit-table"] .ant-table-row-expand-icon-collapsed');
  for (let i = 0; i < Math.min(8, await expanders.count()); i++) await expanders.first().click();
  await words(
    page,
    `${lang} audit log`,
    '[data-testid="audit-table"] .ant-table-tbody',
    lang,
    problems,
    '[data-testid="audit-table"] .ant-tag, [data-testid="audit-table"] .ant-table-expanded-row th',
  );

  const cases = await api<{ data: { id: string }[] }>(`/cases?propertyId=${pid}&limit=5`);
  const caseId = cases.data[0]?.id;
  if (!caseId) problems.push('no demo case');
  else {
    await page.goto(`${e.base}/cases/${caseId}`);
    await words(page, `${lang} case timeline`, '.ant-timeline:has([data-testid="timeline-item"])', lang, problems);
    await page.getByTestId('history-button').click();
    await words(
      page,
      `${lang} case history`,
      '.ant-drawer-body',
      lang,
      problems,
      '.ant-drawer-body .ant-timeline-item-content > div > strong, .ant-drawer-body th',
    );
    await page.keyboard.press('Escape');
  }

  const bookings = await api<{ data: { id: string; status: string }[] }>(`/bookings?propertyId=${pid}&limit=50`);
  const booking = bookings.data.find((b) => b.status === 'approved') ?? bookings.data[0];
  if (!booking) problems.push('no demo booking');
  else {
    await page.goto(`${e.base}/bookings/${booking.id}`);
    await words(
      page,
      `${lang} booking history`,
      '[data-testid="booking-timeline"]',
      lang,
      problems,
      '[data-testid="booking-timeline"] strong, .bk-change-field',
    );
  }
  const missing = await page.evaluate(() => (window as unknown as { __hyMissingKeys?: string[] }).__hyMissingKeys ?? []);
  if (missing.length) problems.push(`${lang}: keys without a translation: ${missing.join(', ')}`);
  if (errors.length) problems.push(`${lang}: uncaught errors: ${errors.join(' | ')}`);
  await page.context().close();
  return problems;
}

test('notifications, a case timeline and history, a booking history and the audit log read in words, in both languages', async () => {
  const problems = [...(await historyViews('zh-CN')), ...(await historyViews('en-US'))];
  assert.deepEqual(problems, []);
});
