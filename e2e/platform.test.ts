import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

test('wrong password shows a clear Chinese error; the right one signs in', async () => {
  const page = await newPage(e);
  await page.goto(`${e.base}/`);
  await page.waitForURL(/\/login/);
  await page.getByPlaceholder('用户名').fill('admin');
  await page.getByPlaceholder('密码').fill('wrong-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
  await page.getByPlaceholder('密码').fill('Demo@2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('nav').getByText('工作台').waitFor();
  await page.context().close();
});

test('each role sees only its menu: tenant has no administration, admin has it', async () => {
  const tenant = await newPage(e);
  await loginAs(e, tenant, 'tenant');
  await tenant.getByTestId('nav').getByText('工作台').waitFor();
  assert.equal(await tenant.getByTestId('nav').getByText('用户管理').count(), 0);
  await tenant.goto(`${e.base}/admin/users`);
  await tenant.getByText('您没有权限访问此页面').waitFor();
  await tenant.context().close();

  const admin = await newPage(e);
  await loginAs(e, admin, 'admin');
  await admin.getByTestId('nav').getByText('用户管理').waitFor();
  await admin.context().close();
});

test('switching the language to English translates the shell and persists', async () => {
  const page = await newPage(e);
  await loginAs(e, page, 'dispatcher');
  await page.getByTestId('nav').getByText('工作台').waitFor();
  await page.getByTestId('lang-switch').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByTestId('nav').getByText('Dashboard').waitFor();
  await page.reload();
  await page.getByTestId('nav').getByText('Dashboard').waitFor();
  assert.equal(await page.getByTestId('nav').getByText('工作台').count(), 0);
  await page.context().close();
});
