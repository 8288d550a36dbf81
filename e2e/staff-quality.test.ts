/**
 * Staff quality in Chromium: the housekeeping supervisor records a hygiene inspection sheet on a 390 px phone
 * (a deduction with its note gives the score); the sheet's print view opens; the manager confirms last month's
 * cleaning-contractor evaluation at the desk and it is locked, with the payment in capitals on paper.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('the housekeeping supervisor records a hygiene sheet on a phone; its print view opens', async () => {
  const api = await signedInApi(e, 'housekeeping_supervisor');
  const pid = api.propertyId;
  const month = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
  const before = (await api.get(`/quality/hygiene-inspections?propertyId=${pid}&month=${month}&limit=200`)).data.length;

  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'housekeeping_supervisor');
  await phone.goto(`${e.base}/quality/hygiene`);
  await phone.getByTestId('hygiene-due').getByTestId('due-tile').first().waitFor();
  assert.equal(await phone.getByTestId('hygiene-due').getByTestId('due-tile').count(), 18);
  assert.equal(await overflowsSideways(phone), false);
  await phone.getByTestId('record-open').click();
  const form = phone.getByTestId('sheet-form');
  await form.waitFor();
  await form.getByTestId('sheet-area').click();
  await phone.locator('.ant-select-item-option').filter({ hasText: '卫生间' }).click();
  const note = `洗手台有水渍 ${Date.now() % 1000}`;
  await form.getByTestId('item-surfaces').locator('input.ant-input-number-input').fill('6');
  await form.getByTestId('item-surfaces').locator('input.ant-input').fill(note);
  await phone.getByTestId('sheet-score').getByText('得分 94').waitFor();
  const submit = phone.getByTestId('sheet-submit');
  const box = await submit.boundingBox();
  assert.ok(box && box.height >= 40, 'tap target at least 40 px');
  await submit.click();
  await phone.getByTestId('sheet-row').filter({ hasText: note }).waitFor();
  const after = (await api.get(`/quality/hygiene-inspections?propertyId=${pid}&month=${month}&limit=200`)).data;
  assert.equal(after.length, before + 1);
  const mine = after.find((s: { items: { note: string | null }[] }) => s.items.some((i) => i.note === note));
  assert.equal(mine.score, 94);
  assert.equal(mine.area, 'washrooms');
  assert.equal(mine.level, 'team');
  assert.equal(mine.inspectorName, '许秀英');
  assert.equal(await overflowsSideways(phone), false);

  // The sheet's print view.
  await phone.getByTestId('sheet-row').filter({ hasText: note }).click();
  await phone.getByTestId('viewed-score').getByText('94').waitFor();
  await phone.emulateMedia({ media: 'print' });
  const print = phone.getByTestId('hygiene-print');
  await print.waitFor({ state: 'visible' });
  assert.match(await print.innerText(), /卫生检验表[\s\S]*94[\s\S]*洗手台有水渍/);
  await phone.emulateMedia({ media: 'screen' });
  await api.close();
});

test("the manager confirms last month's contractor evaluation at the desk; it is locked and prints the payment in capitals", async () => {
  const api = await signedInApi(e, 'cs_supervisor');
  const pid = api.propertyId;
  const now = new Date().toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const [y, m] = now.slice(0, 7).split('-').map(Number) as [number, number];
  const last = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const draft = await api.get(`/quality/contractor-evaluations/month?propertyId=${pid}&month=${last}`);
  assert.equal(draft.state, 'draft', 'the demo leaves last month for the manager');

  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'cs_supervisor');
  await desk.goto(`${e.base}/quality/contractor`);
  await desk.getByTestId('contractor-state').getByText('待确认').waitFor();
  await desk.getByTestId('contractor-confirm').click();
  await desk.locator('.ant-popconfirm .ant-btn-primary').click();
  await desk.getByTestId('contractor-state').getByText('已确认').waitFor();
  const done = await api.get(`/quality/contractor-evaluations/month?propertyId=${pid}&month=${last}`);
  assert.equal(done.state, 'confirmed');
  assert.equal(done.confirmedByName, '马红梅');
  assert.equal(await desk.getByTestId('contractor-confirm').count(), 0);
  // Locked: saving again is refused.
  const again = await api.post('/quality/contractor-evaluations', {
    propertyId: pid,
    month: last,
    contractorName: done.contractorName,
    contractAmountFen: done.contractAmountFen,
    fullPayScore: done.fullPayScore,
    deductBpPerPoint: done.deductBpPerPoint,
  });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'evaluation_locked');
  await desk.getByTestId('contractor-review').waitFor();
  await desk.emulateMedia({ media: 'print' });
  const capital = desk.getByTestId('print-capital');
  await capital.waitFor({ state: 'visible' });
  assert.match(await capital.innerText(), /元/);
  await api.close();
});

test('screenshots of the staff-quality pages (SHOTS=1)', { skip: !process.env.SHOTS }, async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir('/tmp/shots-quality', { recursive: true });
  for (const lang of ['zh-CN', 'en-US'] as const)
    for (const device of ['desk', 'phone'] as const) {
      const page = await newPage(e, lang, device);
      await loginAs(e, page, 'cs_supervisor');
      for (const p of ['hygiene', 'contractor', 'training', 'evaluations']) {
        await page.goto(`${e.base}/quality/${p}`);
        await page.locator('.ant-card').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `/tmp/shots-quality/${p}-${device}-${lang}.png`, fullPage: true });
      }
      await page.close();
    }
});
