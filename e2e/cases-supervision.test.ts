/**
 * Service desk end to end (S4, S9, S10): the front desk registers a major complaint; the simulated
 * clock passes its response deadline and the SLA scanner escalates it to the general manager, who
 * sees it in the bell and on the notifications page; the CS supervisor signs the day; the monthly
 * complaint statistics and the complaint rate count it. The demo activity holds weeks of cases, so
 * the test asserts on its own complaint and on differences from a baseline, never on totals.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, type E2E } from './harness.ts';
import { runSlaScan } from '../apps/server/src/domains/cases/index.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

/** A GET of the API in the page's session (same cookie as the UI). */
const apiGet = <T>(page: Page, url: string) =>
  page.evaluate(async (u) => {
    const r = await fetch(`/api/v1${u}`, { headers: { accept: 'application/json' } });
    if (!r.ok) throw new Error(`${u} → ${r.status} ${await r.text()}`);
    return r.json();
  }, url) as Promise<T>;

interface Monthly {
  month: string;
  total: number;
  bySeverity: Record<string, number>;
  byNature: Record<string, number>;
}
interface Rate {
  quarter: string;
  months: { month: string; validComplaints: number; rate: number }[];
}

/** The property of the demo users, the browser's month and quarter (Asia/Shanghai, as the pages use). */
async function periods(page: Page) {
  const me = await apiGet<Record<string, unknown>>(page, '/auth/me');
  const propertyId = findPropertyId(me);
  const month = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
  const quarter = `${month.slice(0, 4)}Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
  return { propertyId, month, quarter };
}

function findPropertyId(me: Record<string, unknown>): string {
  const id = (me.properties as { id: string }[] | undefined)?.[0]?.id;
  if (!id) throw new Error(`no property in /auth/me: ${JSON.stringify(me).slice(0, 300)}`);
  return id;
}

test('a major complaint escalates to the GM on time; the supervisor signs the day; the reports count it', async () => {
  const stamp = Date.now().toString(36);
  const content = `会议期间空调停运两小时，客户强烈不满（e2e ${stamp}）`;
  // 0. The supervisor's baseline of this month's complaint statistics and the quarter's rate.
  const sup = await newPage(e);
  await loginAs(e, sup, 'cs_supervisor');
  const { propertyId, month, quarter } = await periods(sup);
  const before = await apiGet<Monthly>(sup, `/reports/complaints-monthly?propertyId=${propertyId}&month=${month}`);
  const rateBefore = await apiGet<Rate>(sup, `/reports/complaint-rate?propertyId=${propertyId}&quarter=${quarter}`);

  // 1. The front desk registers a major, valid complaint about service quality.
  const desk = await newPage(e);
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/cases/new`);
  await desk.getByTestId('intake-kind').getByText('投诉', { exact: true }).click();
  await desk.getByTestId('intake-contact').fill('周经理');
  await desk.getByTestId('intake-location').fill('主楼 3 层第一会议室');
  await desk.getByTestId('intake-content').fill(content);
  await desk.locator('.ant-form-item').filter({ hasText: '投诉性质' }).locator('.ant-select').click();
  await desk.locator('.ant-select-item-option').filter({ hasText: '有效投诉' }).click();
  await desk.getByTestId('intake-category').click();
  await desk.locator('.ant-select-item-option').filter({ hasText: '服务质量' }).click();
  await desk.getByTestId('intake-severity').getByText('重大', { exact: true }).click();
  await desk.getByTestId('intake-submit').click();
  const numberEl = desk.getByTestId('case-number');
  await numberEl.waitFor();
  const caseNumber = (await numberEl.textContent())!.trim();
  assert.match(caseNumber, /^TS-\d{4}-\d{6}$/);
  const caseId = new URL(desk.url()).pathname.split('/').pop()!;
  const c = await apiGet<{
    severity: string;
    kind: string;
    nature: string;
    respondDueAt: string;
    respondedAt: string | null;
    escalationLevel: number;
  }>(desk, `/cases/${caseId}`);
  assert.equal(c.kind, 'complaint');
  assert.equal(c.severity, 'major');
  assert.equal(c.nature, 'valid');
  assert.equal(c.respondedAt, null);
  assert.equal(c.escalationLevel, 0);

  // 2. Time passes the response deadline (the end of the next working day for a major complaint:
  //    more than a day away on a weekend or before a holiday); the SLA scanner runs at that
  //    instant and escalates to the general manager. The app's own clock is left alone, so the
  //    sessions of the people in this test stay valid on any day the suite runs.
  const late = new Date(new Date(c.respondDueAt).getTime() + 2 * 60_000);
  const scan = await runSlaScan(e.app.database.db, late);
  assert.ok(scan.raised >= 1, `the scan raised nothing: ${JSON.stringify(scan)}`);
  const after1 = await apiGet<{ escalationLevel: number; timeline: { kind: string; data: { role?: string } | null }[] }>(
    desk,
    `/cases/${caseId}`,
  );
  assert.equal(after1.escalationLevel, 3);
  assert.ok(
    after1.timeline.some((t) => t.kind === 'escalated' && t.data?.role === 'general_manager'),
    'escalated to the general manager',
  );
  // Once only: a second pass raises nothing more for it.
  await runSlaScan(e.app.database.db, late);
  const again = await apiGet<{ timeline: { kind: string }[] }>(desk, `/cases/${caseId}`);
  assert.equal(again.timeline.filter((t) => t.kind === 'escalated').length, 1);

  // 3. The general manager sees the escalation in the bell and on the notifications page.
  const gm = await newPage(e);
  await loginAs(e, gm, 'general_manager');
  const title = `案件升级 ${caseNumber}`;
  const badge = gm
    .locator('.ant-badge')
    .filter({ has: gm.getByTestId('bell') })
    .locator('.ant-scroll-number')
    .first();
  await badge.waitFor();
  const unread = parseInt((await badge.getAttribute('title')) ?? (await badge.textContent()) ?? '0', 10);
  assert.ok(unread >= 1, `unread count on the bell: ${unread}`);
  await gm.getByTestId('bell').click();
  const popover = gm.locator('.ant-popover');
  await popover.getByText('查看全部').waitFor();
  await popover.getByText(title).first().waitFor();
  await gm.goto(`${e.base}/notifications`);
  await gm.getByTestId('notification-item').first().waitFor();
  const item = gm.getByTestId('notification-item').filter({ hasText: title });
  for (let i = 0; i < 5 && !(await item.count()); i++) {
    const more = gm.getByRole('button', { name: /加载更多|Load more/ });
    if (!(await more.count())) break;
    await more.click();
    await gm.waitForTimeout(300);
  }
  await item.first().waitFor();
  await item.first().getByText('已超过响应时限').waitFor();
  await item.first().click();
  await gm.getByTestId('case-number').filter({ hasText: caseNumber }).waitFor();
  await gm.locator('[data-testid="timeline-item"][data-kind="escalated"]').first().waitFor();

  // 4. The CS supervisor opens today's review, finds the complaint among the new cases and signs.
  await sup.goto(`${e.base}/supervision`);
  await sup.getByText(caseNumber).first().waitFor();
  await sup.getByTestId('signoff-sign').click();
  await sup.getByTestId('signoff').waitFor();

  // 5. The monthly complaint statistics count the new complaint; the rate tab shows the rate.
  await sup.goto(`${e.base}/reports/cases`);
  const after = await apiGet<Monthly>(sup, `/reports/complaints-monthly?propertyId=${propertyId}&month=${month}`);
  assert.equal(after.total, before.total + 1);
  assert.equal(after.bySeverity.major, (before.bySeverity.major ?? 0) + 1);
  assert.equal(after.byNature.valid, (before.byNature.valid ?? 0) + 1);
  await sup
    .locator('.ant-statistic')
    .filter({ hasText: '投诉总数' })
    .locator('.ant-statistic-content-value')
    .filter({ hasText: String(after.total) })
    .waitFor();
  const severityCard = sup.locator('.ant-card').filter({ has: sup.locator('.ant-card-head-title', { hasText: '严重程度' }) });
  await severityCard
    .locator('tr')
    .filter({ hasText: '重大' })
    .locator('td')
    .last()
    .filter({ hasText: String(after.bySeverity.major) })
    .waitFor();

  await sup.getByRole('tab', { name: '投诉率' }).click();
  const rateAfter = await apiGet<Rate>(sup, `/reports/complaint-rate?propertyId=${propertyId}&quarter=${quarter}`);
  const mBefore = rateBefore.months.find((m) => m.month === month)!;
  const mAfter = rateAfter.months.find((m) => m.month === month)!;
  assert.equal(mAfter.validComplaints, mBefore.validComplaints + 1);
  assert.ok(mAfter.rate > mBefore.rate);
  const row = sup.locator('tr').filter({ hasText: month });
  await row
    .filter({ hasText: `${(mAfter.rate * 100).toFixed(2)}%` })
    .first()
    .waitFor();
  await row
    .locator('td')
    .nth(1)
    .filter({ hasText: String(mAfter.validComplaints) })
    .first()
    .waitFor();

  for (const p of [sup, desk, gm]) await p.context().close();
});
