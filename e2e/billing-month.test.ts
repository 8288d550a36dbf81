/**
 * The month's fee tables (T4) in Chromium. 客服助理 types a water reading on a 390 px phone; the month is drawn
 * up at the desk into the six sub-tables; 总经理 trying to sign first is refused with a clear message; 马红梅
 * (客服主管), 罗建平 (总经理) and 钱雅琴 (财务经理) sign in order and the month is locked; the print view shows
 * the total in capitals (大写). Plus the SHOTS=1 screenshots (desk 1280 and phone 390, both languages).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmbInWords } from '@hy/contracts';
import { startE2E, newPage, loginAs, drawSignature, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

const monthOf = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(d).slice(0, 7);

test('a reading typed on a phone; the month drawn, signed in order by the three managers, printed with 大写', async () => {
  const api = await signedInApi(e, 'cs_assistant');
  const pid = api.propertyId;
  const months = (await api.get(`/billing/months?propertyId=${pid}`)).data as {
    id: string;
    month: string;
    state: string;
    version: number;
  }[];
  assert.ok(months.filter((m) => m.state === 'signed').length >= 5, 'the demo signed its months');
  // The demo's corrected month: a line changed after the first signature, that signature voided and given again.
  const corrected = months.find((m) => m.version === 2);
  assert.ok(corrected, 'a corrected month in the demo');
  const c = await api.get(`/billing/months/${corrected.id}`);
  assert.equal(c.signatures.filter((s: { voidedAt: string | null }) => s.voidedAt).length, 1);
  assert.equal(c.state, 'signed');
  // The month to draw: the current one unless the demo drew it already (after its draw day), else the next.
  let month = monthOf(new Date());
  if (months.some((m) => m.month === month)) month = monthOf(new Date(Date.now() + 32 * 86_400_000));
  const sheet = (await api.get(`/billing/meters?propertyId=${pid}&month=${month}`)).data as {
    unitCode: string;
    previousReading: number;
    organizationName: string | null;
  }[];
  const row = sheet.find((r) => r.organizationName)!;
  const reading = Math.round((row.previousReading + 42.5) * 100) / 100;

  // On foot: the reading typed on a phone.
  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'cs_assistant');
  await phone.goto(`${e.base}/billing/meters`);
  if (month !== monthOf(new Date())) {
    await phone.getByLabel('月份').click();
    await phone.keyboard.type(month);
    await phone.keyboard.press('Enter');
  }
  const card = phone.getByTestId(`reading-${row.unitCode}`);
  await card.waitFor();
  assert.equal(await overflowsSideways(phone), false, 'the readings fit 390 px');
  await card.locator('input.ant-input-number-input').fill(String(reading));
  await card.getByTestId(`reading-save-${row.unitCode}`).click();
  await phone.locator('.ant-message').getByText(`${row.unitCode} 读数已保存`).waitFor();
  const after1 = (await api.get(`/billing/meters?propertyId=${pid}&month=${month}`)).data as { unitCode: string; currentReading: number }[];
  assert.equal(after1.find((r) => r.unitCode === row.unitCode)!.currentReading, reading);
  await phone.context().close();

  // At the desk: the month drawn up into its six tables.
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'cs_assistant');
  await desk.goto(`${e.base}/billing/months?month=${month}`);
  await desk.getByTestId('draw-month').click();
  await desk.getByTestId('month-state').getByText('待签字').waitFor();
  const m = await api.get(`/billing/months/by-month?propertyId=${pid}&month=${month}`);
  for (const s of ['management', 'water', 'phone', 'parking', 'engineering', 'other_services'])
    await desk.getByTestId(`tab-${s}`).waitFor();
  assert.ok(m.sheetTotals.management > 0 && m.sheetTotals.water > 0 && m.sheetTotals.parking > 0);
  assert.ok(m.lines.some((l: { unitCode: string; sheet: string }) => l.sheet === 'water' && l.unitCode === row.unitCode));
  const total = ((await desk.getByTestId('month-total').textContent()) ?? '').replace(/[¥,]/g, '');
  assert.equal(Math.round(Number(total) * 100), m.totalFen);
  await desk.getByTestId('tab-engineering').click();
  await desk.getByTestId('sheet-engineering').waitFor();
  await desk.context().close();

  // The general manager first: refused, with the order spelled out.
  const gm = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, gm, 'general_manager');
  await gm.goto(`${e.base}/billing/months?month=${month}`);
  await gm.getByTestId('sign-month').click();
  await drawSignature(gm);
  await gm
    .locator('.ant-message')
    .getByText(/请按顺序签字/)
    .waitFor();
  await gm.getByTestId('step-cs_manager').getByText('待签').waitFor();

  // In order: 马红梅, 罗建平, 钱雅琴.
  for (const [user, step, name] of [
    ['cs_supervisor', 'cs_manager', '马红梅'],
    ['general_manager', 'general_manager', '罗建平'],
    ['finance_manager', 'finance_manager', '钱雅琴'],
  ] as const) {
    const p = user === 'general_manager' ? gm : await newPage(e, 'zh-CN', 'desk');
    if (user !== 'general_manager') await loginAs(e, p, user);
    await p.goto(`${e.base}/billing/months?month=${month}`);
    await p.getByTestId('sign-month').click();
    await drawSignature(p);
    await p.getByTestId(`step-${step}`).getByText(name).waitFor();
    if (user === 'finance_manager') {
      await p.getByTestId('month-state').getByText('已签字确认').waitFor();
      // The print view: the receivables with the total in capitals and the three signers.
      await p.getByTestId('print-month').click();
      await p.getByTestId('month-print').waitFor();
      const words = (await p.getByTestId('print-words').textContent()) ?? '';
      assert.ok(words.includes(rmbInWords(m.totalFen)), words);
      await p.getByTestId('month-print').getByText('钱雅琴').waitFor();
    }
    if (user !== 'general_manager') await p.context().close();
  }
  await gm.context().close();
  const signed = await api.get(`/billing/months/by-month?propertyId=${pid}&month=${month}`);
  assert.equal(signed.state, 'signed');
  const locked = await api.post(`/billing/months/${signed.id}/redraw`, { reason: '试图重算' });
  assert.equal(locked.status, 409);
  assert.equal(locked.body.code, 'billing_month_locked');
  await api.close();
});

test('screenshots of the fee pages (SHOTS=1)', { skip: !process.env.SHOTS }, async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir('/tmp/shots-fees', { recursive: true });
  const last = monthOf(new Date(Date.now() - 20 * 86_400_000));
  for (const lang of ['zh-CN', 'en-US'] as const)
    for (const device of ['desk', 'phone'] as const) {
      const page = await newPage(e, lang, device);
      await loginAs(e, page, 'finance_manager');
      for (const [name, path] of [
        ['months', `/billing/months?month=${last}`],
        ['meters', '/billing/meters'],
        ['parking', '/billing/parking'],
        ['items', '/billing/items'],
      ]) {
        await page.goto(`${e.base}${path}`);
        await page.locator('.hy-page-title').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `/tmp/shots-fees/${name}-${device}-${lang}.png`, fullPage: device === 'phone' && name !== 'meters' });
      }
      const api = await signedInApi(e, 'finance_manager');
      const m = await api.get(`/billing/months/by-month?propertyId=${api.propertyId}&month=${last}`);
      await api.close();
      await page.goto(`${e.base}/billing/months/${m.id}/print?sheet=receivables`);
      await page.getByTestId('month-print').waitFor();
      await page.screenshot({ path: `/tmp/shots-fees/print-${device}-${lang}.png`, fullPage: true });
      await page.context().close();
    }
});
