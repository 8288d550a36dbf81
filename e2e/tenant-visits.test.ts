/**
 * Tenant visits (T3) in Chromium. The tenant representative (宋文博) plans a visit on a 390 px phone, records it
 * with an issue the tenant raised, opens the issue as a case; the case opens from the visit and its timeline
 * says where it came from; the visit register (住户访问统计表) print view lists the visit. No sideways scroll.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('the tenant rep plans and records a visit on a phone; an issue raised becomes a case that shows where it came from; the register prints it', async () => {
  const api = await signedInApi(e, 'tenant_rep');
  const pid = api.propertyId;
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()));
  const companies = (await api.get(`/tenant-visits/by-tenant?propertyId=${pid}&year=${year}`)).data as {
    organizationId: string;
    name: string;
  }[];
  assert.ok(companies.length > 0, 'the demo has tenant companies');
  const company = companies[0]!;
  const tag = String(Date.now() % 100000);
  const contact = `周经理${tag}`;
  const issue = `9 楼茶水间热水器不出热水 ${tag}`;

  const page = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, page, 'tenant_rep');
  await page.goto(`${e.base}/tenants/visits`);
  await page.getByTestId('visit-list').waitFor();
  assert.equal(await overflowsSideways(page), false);

  // Plan: the company, tomorrow 10:00 (the default), the responsible person, one topic.
  await page.getByTestId('plan-open').click();
  await page.getByTestId('plan-org').click();
  await page.keyboard.type(company.name.slice(0, 4));
  await page.locator('.ant-select-item-option').filter({ hasText: company.name }).first().click();
  await page.getByTestId('plan-contact').fill(contact);
  await page.getByTestId('plan-topic-0').fill('近期物业服务意见征询');
  await page.getByTestId('plan-submit').click();
  await page.locator('.ant-message').getByText('走访已约定').waitFor();
  const planned = (await api.get(`/tenant-visits?propertyId=${pid}&state=planned&organizationId=${company.organizationId}`)).data as {
    id: string;
    contactName: string;
  }[];
  const visit = planned.find((v) => v.contactName === contact);
  assert.ok(visit, 'the visit was planned');

  // Record it on the visit's page: whom we met, the opinion, satisfaction and one issue.
  await page.getByTestId('visit-card').filter({ hasText: contact }).click();
  await page.waitForURL((u) => u.pathname === `/tenants/visits/${visit.id}`);
  await page.getByTestId('record-form').waitFor();
  assert.equal(await overflowsSideways(page), false);
  await page.getByTestId('record-opinions').fill('总体满意，希望加强茶水间设备巡查。');
  await page.getByTestId('sat-satisfied').click();
  await page.getByTestId('record-issue-add').click();
  await page.getByTestId('record-issue-0').fill(issue);
  await page.getByTestId('record-submit').click();
  await page.getByTestId('visit-state').getByText('已走访').waitFor();

  // The issue becomes a repair case; the visit shows its number and that it is being followed.
  await page.getByTestId('issue').filter({ hasText: issue }).getByTestId('issue-case-repair').click();
  const link = page.getByTestId('issue').filter({ hasText: issue }).getByTestId('issue-case-link');
  await link.waitFor();
  assert.match((await link.textContent()) ?? '', /^BX-\d{4}-\d+$/);
  await page.getByTestId('issue-informed').getByText('跟进中').waitFor();
  const recorded = await api.get(`/tenant-visits/${visit.id}`);
  assert.equal(recorded.issues.length, 1);
  const caseId = recorded.issues[0].caseId as string;
  // A second case for the same issue is refused.
  const again = await api.post(`/tenant-visits/${visit.id}/issues/${recorded.issues[0].id}/case`, { kind: 'repair' });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'visit_issue_case_exists');

  // The case opens from the visit and says where it came from.
  await link.click();
  await page.waitForURL((u) => u.pathname === `/cases/${caseId}`);
  await page.getByText(issue).first().waitFor();
  await page.getByTestId('timeline-item').filter({ hasText: `来自用户走访` }).filter({ hasText: company.name }).waitFor();
  assert.equal(await overflowsSideways(page), false);

  // The register print view of today lists the visit.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await page.goto(`${e.base}/tenants/visits/register/print?from=${today}&to=${today}`);
  const row = page.getByTestId('register-row').filter({ hasText: issue });
  await row.waitFor();
  assert.match((await row.textContent()) ?? '', new RegExp(company.name));
  assert.equal(await overflowsSideways(page), false);
  await api.close();
  await page.context().close();
});
