/**
 * Inspection rounds on foot (issue 13, T2), at 390 px: the Friday plan's round is created for its date
 * (through the manager's "create the day's rounds", as the job does ahead of the window); the inspector
 * (宋文博, tenant_rep) opens it on the phone, scans two checkpoints — the code typed into the scanner's code
 * field, as a headless camera sees nothing — records one failed item and passes the rest, and completes the
 * round; each failed line is a finding routed by its category (the floor to housekeeping, the light to repair —
 * what happens to them next is e2e/inspections-findings.test.ts); the desk's rounds list shows it completed. Screenshots (desk and phone, zh-CN and en-US) go to
 * SHOTS_DIR when set.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

const SHOTS = process.env.SHOTS_DIR;
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}
async function assertNoOverflow(page: Page, where: string) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= inner, `${where}: page is ${scroll} px wide on a ${inner} px screen`);
}

/** The next Friday from today in Shanghai (today when it is one), as YYYY-MM-DD. */
function nextFriday(): string {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(d.getUTCDate() + ((5 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}

test('the Friday round: created for its date, walked on the phone (two scans, a wet floor and a dead light), completed; two findings routed; the desk lists it', async () => {
  const sup = await signedInApi(e, 'cs_supervisor');
  const pid = sup.propertyId;
  const name = `周五巡检 E2E ${Date.now() % 100000}`;
  const people = await sup.get(`/inspection-plans/inspectors?propertyId=${pid}`);
  const song = people.data.find((p: { name: string }) => p.name === '宋文博');
  assert.ok(song, 'the tenant representative can walk rounds');
  const created = await sup.post('/inspection-plans', {
    propertyId: pid,
    name,
    area: '卫生间',
    rrule: 'FREQ=WEEKLY;BYDAY=FR',
    windowStart: '00:00',
    windowEnd: '23:55',
    leadMinutes: 60,
    assigneeId: song.id,
    assigneeRole: 'tenant_rep',
    checkpoints: [
      {
        name: 'E2E 3层男卫生间',
        location: 'A座3层',
        items: [
          { label: '卫生间地面无积水', kind: 'pass_fail', category: 'cleaning' },
          { label: '照明灯具完好', kind: 'pass_fail', category: 'repair' },
        ],
      },
      {
        name: 'E2E 一楼大堂',
        location: 'A座1层',
        items: [
          { label: '大堂温度', kind: 'number', minValue: 18, maxValue: 26, unit: '℃', category: 'other' },
          { label: '绿植无枯叶', kind: 'pass_fail', category: 'greenery' },
        ],
      },
    ],
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const plan = created.body;
  const date = nextFriday();
  const gen = await sup.post('/inspection-rounds/generate', { propertyId: pid, date });
  assert.equal(gen.status, 200, JSON.stringify(gen.body));
  const again = await sup.post('/inspection-rounds/generate', { propertyId: pid, date });
  assert.equal(again.body.created, 0, 'never twice');
  const day = await sup.get(`/inspection-rounds?propertyId=${pid}&date=${date}`);
  const round = day.data.find((r: { planName: string }) => r.planName === name);
  assert.ok(round, 'the Friday round exists');
  // Unassigned only when the Friday is a holiday for everyone with set hours; the first walker takes it then.
  assert.ok([null, '宋文博'].includes(round.assigneeName), round.assigneeName);
  assert.equal(round.state, 'scheduled');

  // The inspector on the phone: 我的巡检, then the round.
  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'tenant_rep');
  await phone.goto(`${e.base}/inspections/my-rounds`);
  await phone.getByRole('heading', { name: '我的巡检' }).waitFor();
  await shot(phone, 'my-rounds-phone-zh');
  await phone.goto(`${e.base}/inspections/rounds/${round.id}`);
  await phone.getByTestId('scan-open').waitFor();
  await assertNoOverflow(phone, 'round page');
  await shot(phone, 'round-phone-zh-before');

  // Scan the washroom: the floor is wet (cleaning) and the light is out (repair).
  const [washroom, lobby] = plan.checkpoints;
  await phone.getByTestId('scan-open').click();
  await phone.getByTestId('qr-manual').fill(washroom.qrToken);
  await phone.getByTestId('qr-manual').press('Enter');
  const form = phone.getByTestId('checklist-form');
  await form.waitFor();
  await shot(phone, 'checklist-phone-zh');
  await form.getByTestId('check-item').nth(0).getByText('不合格').click();
  await form.getByTestId('check-item').nth(1).getByText('不合格').click();
  await phone.getByTestId('checklist-submit').click();
  await form.waitFor({ state: 'detached' });
  await phone.locator('[data-testid="round-cp"][data-state="done"]').first().waitFor();

  // Scan the lobby: 22 ℃ and the plants pass.
  await phone.getByTestId('scan-open').click();
  await phone.getByTestId('qr-manual').fill(lobby.qrToken);
  await phone.getByTestId('qr-manual').press('Enter');
  await form.waitFor();
  await form.locator('input.ant-input-number-input').fill('22');
  await phone.getByTestId('checklist-submit').click();
  await form.waitFor({ state: 'detached' });
  await phone.waitForFunction(() => document.querySelectorAll('[data-testid="round-cp"][data-state="done"]').length === 2);

  await phone.getByTestId('round-complete').click();
  await phone.locator('[data-testid="round-state"][data-state="completed"]').first().waitFor();
  assert.equal(await phone.locator('[data-testid="result-row"][data-outcome="fail"]').count(), 2);
  assert.equal(await phone.locator('[data-testid="result-row"][data-outcome="pass"]').count(), 2);
  // Each failed line became a finding, routed by its category: the floor to housekeeping, the light to repair.
  await phone.reload();
  await phone.getByTestId('findings-of-round').getByText('卫生间地面无积水').waitFor();
  await phone.getByTestId('findings-of-round').getByText('照明灯具完好').waitFor();
  const findings = (await sup.get(`/inspection-findings?propertyId=${pid}&roundId=${round.id}`)).data as {
    category: string;
    route: string;
  }[];
  assert.deepEqual(findings.map((f) => `${f.category}:${f.route}`).sort(), ['cleaning:housekeeping', 'repair:repair']);
  await assertNoOverflow(phone, 'completed round');
  await shot(phone, 'round-phone-zh-completed');

  const done = await sup.get(`/inspection-rounds/${round.id}`);
  assert.equal(done.state, 'completed');
  assert.equal(done.visitedCount, 2);
  assert.equal(done.failedCount, 2);
  assert.equal(done.pickedCount, 0);
  assert.equal(done.late, false);

  // The desk's list shows it, completed.
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'cs_supervisor');
  await desk.goto(`${e.base}/inspections/rounds?date=${date}`);
  const row = desk.getByTestId('rounds-table').locator('tr', { hasText: name });
  await row.waitFor();
  assert.match(await row.innerText(), /已完成/);
  await shot(desk, 'rounds-desk-zh');

  if (SHOTS) {
    await desk.goto(`${e.base}/inspections/rounds?tab=stats`);
    await desk.getByTestId('rounds-stats').waitFor();
    await shot(desk, 'stats-desk-zh');
    await desk.goto(`${e.base}/inspections/plans`);
    await desk.getByTestId('plans-table').waitFor();
    await shot(desk, 'plans-desk-zh');
    await desk.getByTestId('plan-name').first().click();
    await desk.getByTestId('cp-row').first().waitFor();
    await shot(desk, 'plan-detail-desk-zh');
    await desk.goto(`${e.base}/inspections/plans/${plan.id}/print?sheet=qr`);
    await desk.getByTestId('qr-grid').waitFor();
    await shot(desk, 'qr-sheet-desk-zh');
    await desk.goto(`${e.base}/inspections/plans/${plan.id}/print?sheet=checklist`);
    await desk.locator('.xp-table').waitFor();
    await shot(desk, 'checklist-print-desk-zh');
    await desk.goto(`${e.base}/inspections/plans/print`);
    await desk.locator('.xp-table').waitFor();
    await shot(desk, 'plans-print-desk-zh');
    await desk.goto(`${e.base}/inspections/rounds/${round.id}`);
    await desk.locator('[data-testid="round-state"]').first().waitFor();
    await shot(desk, 'round-desk-zh');
    const en = await newPage(e, 'en-US', 'phone');
    await loginAs(e, en, 'tenant_rep');
    await en.goto(`${e.base}/inspections/rounds/${round.id}`);
    await en.locator('[data-testid="round-state"]').first().waitFor();
    await shot(en, 'round-phone-en');
    await en.goto(`${e.base}/inspections/my-rounds`);
    await en.getByRole('heading', { name: 'My rounds' }).waitFor();
    await shot(en, 'my-rounds-phone-en');
    const enDesk = await newPage(e, 'en-US', 'desk');
    await loginAs(e, enDesk, 'cs_supervisor');
    await enDesk.goto(`${e.base}/inspections/plans`);
    await enDesk.getByTestId('plans-table').waitFor();
    await shot(enDesk, 'plans-desk-en');
    await enDesk.getByTestId('plan-new').click();
    await enDesk.getByTestId('plan-form').waitFor();
    await shot(enDesk, 'plan-form-desk-en');
    await enDesk.goto(`${e.base}/inspections/rounds?tab=stats`);
    await enDesk.getByTestId('rounds-stats').waitFor();
    await shot(enDesk, 'stats-desk-en');
    await enDesk.goto(`${e.base}/inspections/rounds`);
    await enDesk.getByTestId('rounds-table').waitFor();
    await shot(enDesk, 'rounds-desk-en');
  }
  await sup.close();
});
