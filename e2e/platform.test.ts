import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

test('wrong password shows a clear Chinese error, reworded when the language changes; the right one signs in', async () => {
  const page = await newPage(e);
  await page.goto(`${e.base}/`);
  await page.waitForURL(/\/login/);
  await page.getByPlaceholder('用户名').fill('admin');
  await page.getByPlaceholder('密码').fill('wrong-password');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
  await page.getByText('EN', { exact: true }).click();
  await page.getByTestId('login-error').getByText('Wrong username or password').waitFor();
  await page.getByText('中文', { exact: true }).click();
  await page.getByTestId('login-error').getByText('用户名或密码错误').waitFor();
  await page.getByPlaceholder('密码').fill('Demo@2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('nav').getByText('工作台', { exact: true }).waitFor();
  await page.context().close();
});

test('each role sees only its menu: tenant has no administration, admin has it', async () => {
  const tenant = await newPage(e);
  await loginAs(e, tenant, 'tenant');
  await tenant.getByTestId('nav').getByText('工作台', { exact: true }).waitFor();
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
  await page.getByTestId('nav').getByText('工作台', { exact: true }).waitFor();
  await page.getByTestId('lang-switch').click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByTestId('nav').getByText('Dashboard').waitFor();
  await page.reload();
  await page.getByTestId('nav').getByText('Dashboard').waitFor();
  assert.equal(await page.getByTestId('nav').getByText('工作台', { exact: true }).count(), 0);
  await page.context().close();
});

test('the admin creates a venue and finds it in the list and its history', async () => {
  const page = await newPage(e);
  await loginAs(e, page, 'admin');
  await page.goto(`${e.base}/venues`);
  await page.getByText('会议大厦主会场').waitFor();
  await page.getByTestId('venue-create').click();
  await page.getByTestId('venue-code').fill('DL-0302');
  await page.getByTestId('venue-name').fill('东楼三楼洽谈室');
  await page.getByTestId('venue-building').click();
  await page.locator('.ant-select-dropdown:visible').getByText('东楼', { exact: true }).click();
  await page.getByTestId('venue-seats').fill('18');
  await page.getByTestId('venue-save').click();
  await page.getByText('东楼三楼洽谈室').first().waitFor();
  // Server-side search finds it, and its history shows who created it.
  const search = page.locator('input[data-testid="filter-search"], [data-testid="filter-search"] input').first();
  await search.fill('洽谈室');
  await search.press('Enter');
  await page.getByTestId('venue-name-link').filter({ hasText: '东楼三楼洽谈室' }).click();
  await page.getByTestId('history-button').click();
  await page.getByTestId('history-item').first().getByText('王建国').waitFor();
  const res = await page.request.get(
    `${e.base}/api/v1/venues?propertyId=${(await (await page.request.get(`${e.base}/api/v1/auth/me`)).json()).properties[0].id}&q=DL-0302`,
  );
  const body = await res.json();
  assert.equal(body.data.length, 1);
  assert.equal(body.data[0].seats, 18);
  await page.context().close();
});

test('a user whose password was set by an admin must change it first, on a phone too', async () => {
  // The administrator creates the account (a temporary password, to be changed at first sign-in).
  const adminLogin = await e.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: 'Demo@2026' },
  });
  const cookie = adminLogin.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const me = (await e.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).json();
  const username = `xinren${Date.now() % 100000}`;
  const created = await e.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: { cookie, 'x-csrf-token': me.csrfToken },
    payload: {
      username,
      displayName: '新入职员工',
      password: 'Temp#2026x',
      roles: [{ propertyId: me.properties[0].id, role: 'front_desk' }],
    },
  });
  assert.equal(created.statusCode, 201, created.body);

  const ctx = await e.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await ctx.newPage();
  page.setDefaultTimeout(30_000);
  await loginAs(e, page, username, 'Temp#2026x');
  await page.getByTestId('must-change-page').waitFor();
  // Any other page still shows only the password change.
  await page.goto(`${e.base}/cases`);
  await page.getByTestId('must-change-alert').waitFor();
  assert.equal(await page.getByTestId('nav').count(), 0);
  await page.getByTestId('current-password').fill('Temp#2026x');
  await page.getByTestId('new-password').fill('Mine#2026ok');
  await page.getByTestId('confirm-password').fill('Mine#2026ok');
  await page.getByTestId('password-save').click();
  // The page that was asked for opens now.
  await page.getByTestId('case-new').waitFor();
  assert.equal(await page.getByTestId('must-change-page').count(), 0);
  assert.equal(new URL(page.url()).pathname, '/cases');
  await ctx.close();
});
