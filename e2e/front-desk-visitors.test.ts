/**
 * Visitors at the front desk (F1): a walk-in for a tenant is held until the tenant accepts in the portal on
 * her phone, is let in with a valid ID number, gets a slip with a QR code, appears in "in the building now"
 * and signs out by the slip's scan; a watch-listed visitor is held and security is alerted. The demo's
 * Monday morning fills the desk's lists.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

async function register(desk: Page, host: string, name: string, extra: { company?: string } = {}) {
  await desk.getByTestId('visits-tab-register').click();
  await desk.getByTestId('visit-host').click();
  await desk.keyboard.type(host);
  await desk.locator('.ant-select-item-option').filter({ hasText: '市财政局' }).first().click();
  await desk.getByTestId('visit-name').fill(name);
  if (extra.company) await desk.getByTestId('visit-company').fill(extra.company);
  await desk.getByTestId('visit-register-save').click();
}

test('a walk-in is held until the tenant accepts in the portal, let in with a valid ID, slip, in the building, signed out by scan', async () => {
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/visitors`);
  await register(desk, 'cj', '欧阳明', { company: '深圳市规划设计院' });
  await desk.getByTestId('visits-awaiting').waitFor();
  const row = desk.getByTestId('visits-awaiting').locator('[data-name="欧阳明"]');
  await row.waitFor();
  const id = (await row.getAttribute('data-testid'))!.replace('visit-row-', '');
  // Nobody is let in before the host's word: the desk's API refuses it.
  const api = await signedInApi(e, 'front_desk');
  const refused = await api.post(`/front-desk/visits/${id}/check-in`, { idType: 'resident_id', idNumber: '11010519491231002X' });
  assert.equal(refused.status, 422);
  assert.equal(refused.body.code, 'consent_required');

  // The tenant accepts in the portal on her phone.
  const tenant = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, tenant, 'tenant');
  await tenant.goto(`${e.base}/my-visitors`);
  await tenant.getByTestId(`visit-answer-${id}-accept`).click();
  await tenant.getByTestId(`visit-status-${id}`).and(tenant.locator('[data-status="admitted"]')).waitFor();
  assert.equal(await overflowsSideways(tenant), false, 'the tenant page scrolls sideways at 390 px');

  // The desk sees the consent live, lets her in: an invalid ID number is refused in the form, a valid one passes.
  await desk.getByTestId('visits-tab-today').click();
  await desk.getByTestId(`visit-checkin-${id}`).click();
  await desk.getByTestId('visit-id-number').fill('110105194912310021');
  await desk.getByTestId('visit-checkin-save').click();
  await desk.getByText('身份证号码无效（校验位不符）').waitFor();
  await desk.getByTestId('visit-id-number').fill('11010519491231002X');
  await desk.getByTestId('visit-badge').fill('V-18');
  await desk.getByTestId('visit-checkin-save').click();
  const slip = desk.getByTestId('visit-slip');
  await slip.locator('img').waitFor();
  const token = await slip.getAttribute('data-token');
  assert.ok(token && token.length > 10);
  await desk.getByTestId('slip-close').click();
  await slip.waitFor({ state: 'detached' });

  await desk.getByTestId('visits-tab-inside').click();
  await desk.getByTestId('visits-inside').locator('[data-name="欧阳明"]').waitFor();
  // Sign-out by scanning the slip (no camera in the test browser: the scanner takes the typed code).
  await desk.getByTestId('visits-scan-out').click();
  const scanner = desk.getByTestId('visits-scanner');
  await scanner.locator('input').fill(token!);
  await scanner.locator('input').press('Enter');
  await desk.getByTestId('visits-inside').locator('[data-name="欧阳明"]').waitFor({ state: 'detached' });
  const done = await api.get(`/front-desk/visits/${id}`);
  assert.equal(done.status, 'checked_out');
  await api.close();
});

test('a watch-listed visitor is held and security is alerted', async () => {
  const desk = await newPage(e, 'en-US', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/visitors`);
  await register(desk, 'cj', '韩某军');
  await desk.getByTestId('visit-held-alert').waitFor();
  const guard = await signedInApi(e, 'security');
  const bell = await guard.get('/notifications?limit=20');
  assert.ok(JSON.stringify(bell).includes('韩某军'), 'security was alerted');
  const held = await guard.get(`/front-desk/visits?propertyId=${guard.propertyId}&view=awaiting&q=${encodeURIComponent('韩某军')}`);
  assert.equal(held.data[0].status, 'held');
  await guard.close();
});
