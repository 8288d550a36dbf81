/**
 * Tenant records in Chromium: a tenant (陈静, 市财政局) files a fit-out application on a 390 px phone; at the
 * desk the customer-service supervisor approves it, the tenant representative starts and finishes the works
 * and the supervisor accepts it — the tenant sees it accepted. The secretary files a document, lends it
 * (a second loan is refused: document out) and takes it back. The occupancy table's print view opens.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

const dayAhead = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

async function pickDate(page: import('playwright-core').Page, testId: string, value: string) {
  const input = page
    .getByTestId(testId)
    .locator('input')
    .or(page.locator(`input[data-testid="${testId}"]`))
    .first();
  await input.click();
  await input.fill(value);
  await input.press('Tab');
}

test("a tenant's fit-out application goes from submitted (on a phone) to accepted (at the desk)", async () => {
  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'tenant');
  await phone.goto(`${e.base}/tenants/applications`);
  await phone.getByTestId('app-new').click();
  const what = `12 层会议室更换地毯 ${Date.now() % 100000}`;
  await phone.getByTestId('app-description').fill(what);
  await pickDate(phone, 'app-start', dayAhead(3));
  await pickDate(phone, 'app-end', dayAhead(10));
  await phone.getByTestId('app-submit').click();
  await phone.waitForURL(/\/tenants\/applications\/[0-9a-f-]{36}$/);
  await phone.getByTestId('app-state').filter({ hasText: '待审批' }).waitFor();
  assert.equal(await overflowsSideways(phone), false, 'no sideways scroll on the phone');
  const id = phone.url().split('/').pop()!;

  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'cs_supervisor');
  await desk.goto(`${e.base}/tenants/applications/${id}`);
  await desk.getByText(what).waitFor();
  await desk.getByTestId('act-approve').click();
  await desk.getByTestId('app-state').filter({ hasText: '已批准' }).waitFor();

  const rep = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, rep, 'tenant_rep');
  await rep.goto(`${e.base}/tenants/applications/${id}`);
  await rep.getByTestId('act-start').click();
  await rep.getByTestId('app-state').filter({ hasText: '进行中' }).waitFor();
  await rep.getByTestId('act-finish').click();
  await rep.getByTestId('app-state').filter({ hasText: '待验收' }).waitFor();

  await desk.reload();
  await desk.getByTestId('act-accept').click();
  await desk.getByTestId('app-state').filter({ hasText: '已验收' }).waitFor();

  await phone.reload();
  await phone.getByTestId('app-state').filter({ hasText: '已验收' }).waitFor();
  const api = await signedInApi(e, 'tenant');
  const a = await api.get(`/tenant-applications/${id}`);
  assert.equal(a.state, 'accepted');
  assert.equal(a.kind, 'fit_out');
  await api.close();
});

test('the secretary files a document, lends it (a second loan is refused) and takes it back', async () => {
  const page = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, page, 'cs_assistant');
  await page.goto(`${e.base}/tenants/archive`);
  await page.getByTestId('archive-file').click();
  const title = `市财政局装修图纸 ${Date.now() % 100000}`;
  await page.getByTestId('file-title').fill(title);
  await page.getByTestId('file-save').click();
  const row = page.locator('tr').filter({ hasText: title });
  await row.getByTestId('entry-lend').click();
  await page.getByTestId('lend-borrower').fill('李娜');
  await page.getByTestId('lend-save').click();
  await row.getByTestId('entry-out').waitFor();

  const api = await signedInApi(e, 'cs_assistant');
  const reg = await api.get(`/tenant-archive?propertyId=${api.propertyId}&out=true`);
  const entry = reg.data.find((x: { title: string }) => x.title === title);
  assert.equal(entry.loan.borrowerName, '李娜');
  const again = await api.post(`/tenant-archive/${entry.id}/loans`, { borrowerName: '王芳' });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'document_out');

  await row.getByTestId('entry-return').click();
  await page.getByTestId('return-save').click();
  await row.getByTestId('entry-lend').waitFor();
  const loans = await api.get(`/tenant-archive-loans?propertyId=${api.propertyId}`);
  const back = loans.data.find((l: { entryId: string }) => l.entryId === entry.id);
  assert.ok(back.returnedAt);
  assert.equal(back.copyTaken, true);
  await api.close();
});

test('the occupancy table opens as a print view', async () => {
  const page = await newPage(e, 'en-US', 'desk');
  await loginAs(e, page, 'tenant_rep');
  await page.goto(`${e.base}/tenants/files`);
  await page.getByTestId('occupancy-print').click();
  await page.waitForURL(/\/tenants\/occupancy\/print$/);
  const sheet = page.getByTestId('occupancy-sheet');
  await sheet.getByText('市财政局').waitFor();
  assert.ok((await sheet.locator('tbody tr').count()) >= 10);
  await sheet.getByText('Tenant occupancy').waitFor();
});
