/**
 * The cockpit per role family (X6) in the browser: each family's user signs in and sees its tiles;
 * a tile opens the filtered list behind it, which holds as many records as the tile counts; the wall
 * display renders. Demo users: username = role code, password Demo@2026.
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

const countOf = async (page: Page, id: string) => Number(await page.getByTestId(`tile-${id}`).getAttribute('data-count'));

/** Waits until the element's attribute holds the number (the filtered list has loaded). */
const attributeIs = (page: Page, selector: string, attr: string, want: number) =>
  page.waitForFunction(
    ([sel, a, n]) => document.querySelector(sel as string)?.getAttribute(a as string) === String(n),
    [selector, attr, want] as const,
    { timeout: 15_000 },
  );

/** Signs in and waits for the cockpit with the family's section. */
async function cockpitAs(username: string, family: string, device: 'desk' | 'phone' = 'desk') {
  const page = await newPage(e, 'zh-CN', device);
  await loginAs(e, page, username);
  await page.getByTestId(`cockpit-${family}`).waitFor();
  return page;
}

/** Opens a case tile (count ≤ one page of the list) and compares the list's rows with its count. */
async function caseTileMatchesList(page: Page, ids: string[]) {
  for (const id of ids) {
    const n = await countOf(page, id);
    if (n < 1 || n > 50) continue;
    await page.getByTestId(`tile-${id}`).click();
    await page.waitForURL((u) => u.pathname === '/cases' && u.search.includes('sla='));
    await page.getByTestId('case-table').waitFor();
    await page.waitForFunction((want) => document.querySelectorAll('[data-testid="case-link"]').length === want, n, { timeout: 15_000 });
    return id;
  }
  return null;
}

test('desk (dispatcher): meetings with readiness, approvals, cases by SLA state; a tile opens the list with the same count', async () => {
  const page = await cockpitAs('dispatcher', 'desk');
  for (const id of ['meetings', 'approvals_waiting', 'cases_on_time', 'cases_warning', 'cases_breached', 'cases_paused', 'callbacks_due'])
    await page.getByTestId(`tile-${id}`).waitFor();
  await page.getByTestId('sla-bar').waitFor();
  await page.getByTestId('meetings-timeline').or(page.getByText('今明两天没有会议')).first().waitFor();
  const opened = await caseTileMatchesList(page, ['cases_breached', 'cases_paused', 'cases_warning', 'cases_on_time']);
  assert.ok(opened, 'some SLA state holds between 1 and 50 cases in the demo data');
  // the list page keeps the filter it was opened with
  assert.equal(await page.getByTestId('case-sla-filter').locator('.ant-select-selection-item').count(), 1);
  await page.context().close();
});

test('department (meeting staff): my tasks overdue / now / next open 我的任务', async () => {
  const page = await cockpitAs('meeting_staff', 'department');
  for (const id of ['tasks_overdue', 'tasks_now', 'tasks_next']) await page.getByTestId(`tile-${id}`).waitFor();
  // Each tile opens 我的任务 of today showing only the tasks it counts.
  for (const state of ['overdue', 'now', 'next']) {
    const n = await countOf(page, `tasks_${state}`);
    await page.getByTestId(`tile-tasks_${state}`).click();
    await page.waitForURL((u) => u.pathname === '/my/tasks' && u.search.includes('range=today') && u.search.includes(`state=${state}`));
    await page.getByTestId('my-tasks').waitFor();
    await attributeIs(page, `[data-testid=board-only][data-state=${state}]`, 'data-count', n);
    await page.goto(`${e.base}/`);
    await page.getByTestId('cockpit-department').waitFor();
  }
  await page.context().close();
});

test('engineer: work orders by status; "to do" opens 我的派工单 with the same count', async () => {
  const page = await cockpitAs('engineer', 'engineer', 'phone');
  await page.getByTestId('work-order-bars').waitFor();
  const todo = await countOf(page, 'work_orders_todo');
  await page.getByTestId('tile-work_orders_todo').click();
  await page.waitForURL((u) => u.pathname === '/my/work-orders');
  await page.getByText(`(${todo})`).first().waitFor();
  // "waiting to be taken" and "on site" open 我的派工单 with only those, as many as the tile counts.
  for (const [id, status] of [
    ['work_orders_unassigned', 'unassigned'],
    ['work_orders_on_site', 'on_site'],
  ]) {
    await page.goto(`${e.base}/`);
    await page.getByTestId('cockpit-engineer').waitFor();
    const n = await countOf(page, id!);
    await page.getByTestId(`tile-${id}`).click();
    await page.waitForURL((u) => u.pathname === '/my/work-orders' && u.search.includes(`status=${status}`));
    await attributeIs(page, `[data-testid=my-wo-only][data-status=${status}]`, 'data-count', n);
  }
  await page.context().close();
});

test('manager (project manager): figures against targets, trend, emergencies, signatures; breached cases open filtered', async () => {
  const page = await cockpitAs('project_manager', 'manager');
  for (const id of ['complaintRate', 'slaAttainment', 'satisfaction', 'threeEqualities', 'readinessOnTime', 'feesUnpaid'])
    await page.getByTestId(`figure-${id}`).waitFor();
  await page.getByTestId('trend-chart').locator('canvas').first().waitFor();
  for (const id of ['emergencies_pinned', 'cases_breached', 'sign_monthly', 'fees_unpaid']) await page.getByTestId(`tile-${id}`).waitFor();
  await caseTileMatchesList(page, ['cases_breached']);
  await page.goto(`${e.base}/`);
  await page.getByTestId('tile-fees_unpaid').click();
  await page.waitForURL((u) => u.pathname === '/my/fees' && u.search.includes('unpaid=1'));
  await page.getByTestId('my-fees').waitFor();
  await page.context().close();
});

test('outside (organizer, tenant, bureau): their own requests and what waits for them', async () => {
  const org = await cockpitAs('organizer', 'outside');
  for (const id of ['my_requests_waiting', 'my_bookings_confirmed', 'my_fees_unpaid']) await org.getByTestId(`tile-${id}`).waitFor();
  assert.equal(await org.getByTestId('tile-cases_breached').count(), 0, 'no property-wide numbers for an outside user');
  await org.getByTestId('tile-my_bookings_confirmed').click();
  await org.waitForURL((u) => u.pathname === '/bookings/mine' && u.search.includes('status=confirmed'));
  await org.context().close();

  const tenant = await cockpitAs('tenant', 'outside', 'phone');
  for (const [id, only] of [
    ['my_cases_open', 'open'],
    ['my_cases_to_rate', 'to_rate'],
  ]) {
    const n = await countOf(tenant, id!);
    await tenant.getByTestId(`tile-${id}`).click();
    await tenant.waitForURL((u) => u.pathname === '/portal' && u.search.includes(`cases=${only}`));
    await attributeIs(tenant, '[data-testid=portal-only]', 'data-count', n);
    await tenant.goto(`${e.base}/`);
    await tenant.getByTestId('cockpit-outside').waitFor();
  }
  await tenant.context().close();

  const bureau = await cockpitAs('bureau_approver', 'outside');
  await bureau.getByTestId('tile-approvals_waiting').click();
  await bureau.waitForURL((u) => u.pathname === '/bookings/approvals');
  await bureau.context().close();
});

test('wall display: full screen, dark, the desk tiles, today and cases by SLA state, no menus', async () => {
  const page = await cockpitAs('dispatcher', 'desk');
  await page.getByTestId('open-wall').click();
  await page.waitForURL((u) => u.pathname === '/wall');
  await page.getByTestId('wall').waitFor();
  await page.getByTestId('tile-cases_breached').waitFor();
  await page.getByTestId('sla-bar').waitFor();
  assert.equal(await page.locator('.ant-layout-sider, .ant-menu').count(), 0, 'no menus on the wall');
  const bg = await page.getByTestId('wall').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, 'rgb(11, 16, 32)');
  await page.context().close();
});
