/**
 * Patrol findings and reviews in Chromium. A round (rows inserted through the harness's database, then the
 * findings seam the rounds sub-feature calls) found a wet washroom floor (cleaning) and a dead corridor light
 * (repair). The housekeeping supervisor fixes the first on a 390 px phone with a photo and the inspector's
 * re-inspection passes; the second becomes a case with a work order, engineering completes it and the inspector
 * verifies and signs; the case names its source; the manager's daily review and the Friday summary show both,
 * and the day is signed off. Screenshots of each page, desk and phone, zh-CN and en-US.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { startE2E, newPage, loginAs, signedInApi, drawSignature, overflowsSideways, type E2E } from './harness.ts';
import { users } from '../apps/server/src/db/schema/index.ts';
import { walkRound } from '../apps/server/src/domains/inspections/findings/findings.fixture.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

const SHOTS = '/tmp/shots-findings';
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
/** The Friday the week of `day` ends on (the same day on a Friday). */
const fridayOf = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((5 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
};

test('housekeeping fixes a cleaning finding on a phone and the re-inspection passes; a repair finding becomes a case and a work order the inspector signs off; reviews show both', async () => {
  const db = e.app.database.db;
  const [inspector] = await db.select().from(users).where(eq(users.username, 'cs_assistant'));
  const api = await signedInApi(e, 'cs_assistant');
  const pid = api.propertyId;
  const tag = String(Date.now() % 100000);
  const washroom = `B2 男卫生间 ${tag}`;
  const corridor = `5F 走廊 ${tag}`;
  const r = await walkRound(db, {
    propertyId: pid,
    inspector: { id: inspector!.id, displayName: inspector!.displayName },
    day: today(),
    // half an hour ago, but never before today's midnight (a run just after 00:00 in Shanghai keeps its round today)
    at: new Date(Math.max(Date.now() - 30 * 60_000, Date.parse(`${today()}T00:00:00+08:00`) + 60_000)),
    planName: `周五公共区域巡检 ${tag}`,
    points: [
      { name: washroom, items: [{ label: '地面干净无积水', category: 'cleaning', outcome: 'fail', note: '洗手台下有积水' }] },
      { name: corridor, items: [{ label: '照明完好', category: 'repair', outcome: 'fail', note: '502 门口筒灯不亮' }] },
    ],
  });
  const list = (await api.get(`/inspection-findings?propertyId=${pid}&roundId=${r.roundId}`)).data as { id: string; category: string }[];
  assert.equal(list.length, 2);
  const clean = list.find((f) => f.category === 'cleaning')!.id;
  const light = list.find((f) => f.category === 'repair')!.id;

  // 许秀英 on her phone: 待整改, the card, fixed with a note and a photo.
  const hk = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, hk, 'housekeeping_supervisor');
  await hk.goto(`${e.base}/inspections/findings/todo`);
  await hk.getByTestId('finding-card').filter({ hasText: washroom }).click();
  await hk.getByTestId('finding-page').waitFor();
  await hk.getByTestId('finding-fix').click();
  await hk.getByTestId('finding-step-note').fill('已拖干积水，放置防滑垫');
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 220, g: 225, b: 230 } } })
    .jpeg()
    .toBuffer();
  await hk.locator('.ant-modal input[type=file]').setInputFiles({ name: 'IMG_7001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await hk.locator('.ant-modal .ant-upload-list-item-done').first().waitFor();
  await hk.getByTestId('finding-step-save').click();
  await hk.getByTestId('finding-state').filter({ hasText: '待复查' }).waitFor();
  assert.equal(await overflowsSideways(hk), false);
  await hk.screenshot({ path: `${SHOTS}/finding-phone-zh.png`, fullPage: true });

  // The inspector re-inspects on a phone: pass.
  const insp = await newPage(e, 'en-US', 'phone');
  await loginAs(e, insp, 'cs_assistant');
  await insp.goto(`${e.base}/inspections/findings/${clean}`);
  await insp.getByTestId('finding-reinspect').click();
  await insp.getByTestId('finding-step-note').fill('Dry, passed');
  await insp.getByTestId('finding-step-save').click();
  await insp.getByTestId('finding-state').filter({ hasText: 'Closed' }).waitFor();
  assert.equal(await insp.getByTestId('finding-step').count(), 2);
  const closed = await api.get(`/inspection-findings/${clean}`);
  assert.deepEqual([closed.state, closed.reinspections, closed.steps[0].photos.length], ['closed', 1, 1]);

  // The light: sent to repair (a case with its work order), completed by engineering, verified and signed.
  await insp.goto(`${e.base}/inspections/findings/${light}`);
  await insp.getByTestId('finding-repair').click();
  await insp.getByTestId('finding-step-save').click();
  await insp.getByTestId('finding-case').waitFor();
  const sent = await api.get(`/inspection-findings/${light}`);
  assert.match(sent.caseNumber, /^BX-/);
  assert.match(sent.workOrderNumber, /^WX-/);
  const again = await api.post(`/inspection-findings/${light}/repair`, {});
  assert.deepEqual([again.status, again.body.code], [409, 'finding_case_exists']);
  const eng = await signedInApi(e, 'engineer');
  for (const step of ['accept', 'arrive']) assert.equal((await eng.post(`/work-orders/${sent.workOrderId}/${step}`)).status, 200);
  assert.equal((await eng.post(`/work-orders/${sent.workOrderId}/complete`, { workDone: '更换 LED 筒灯一只' })).status, 200);
  await insp.reload();
  await insp.getByTestId('finding-verify').click();
  await drawSignature(insp);
  await insp.getByTestId('finding-state').filter({ hasText: 'Closed' }).waitFor();
  assert.equal(await overflowsSideways(insp), false);
  await insp.screenshot({ path: `${SHOTS}/finding-phone-en.png`, fullPage: true });
  const desk = await signedInApi(e, 'dispatcher');
  assert.equal((await desk.post(`/work-orders/${sent.workOrderId}/sign`, { method: 'paper', name: inspector!.displayName })).status, 200);
  assert.equal((await desk.post(`/work-orders/${sent.workOrderId}/return`)).status, 200);

  // The case page names where it came from and links back.
  const mgr = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, mgr, 'cs_supervisor');
  await mgr.goto(`${e.base}/cases/${sent.caseId}`);
  await mgr.getByTestId('case-source').filter({ hasText: corridor }).waitFor();
  assert.match((await mgr.getByTestId('case-source').textContent()) ?? '', /来自巡检/);
  await mgr.screenshot({ path: `${SHOTS}/case-source-desk-zh.png` });

  // 三相等: the patrol repair is logged, dispatched, issued and returned — in none of the mismatch lists.
  const month = today().slice(0, 7);
  const eq3 = await (await signedInApi(e, 'cs_supervisor')).get(`/reports/three-equalities?propertyId=${pid}&month=${month}`);
  assert.ok(eq3.logged >= 1 && eq3.returned >= 1);
  assert.ok(!JSON.stringify(eq3.mismatches).includes(sent.caseNumber), 'the patrol repair matches on every count');

  // The manager's daily review shows both; the day is signed off (the demo may have signed today: start clean).
  await db.execute(`delete from inspection_daily_reviews where property_id = '${pid}' and day = '${today()}'`);
  await mgr.goto(`${e.base}/inspections/reviews/daily?day=${today()}`);
  const found = mgr.getByTestId('review-findings');
  await found.getByText(washroom).waitFor();
  await found.getByText(corridor).waitFor();
  await mgr.getByTestId('review-rounds').getByText(`周五公共区域巡检 ${tag}`).waitFor();
  await mgr.getByTestId('review-sign').click();
  await mgr.getByTestId('review-signed').waitFor();
  await mgr.screenshot({ path: `${SHOTS}/daily-desk-zh.png`, fullPage: true });

  // The Friday summary: the inspector's line counts the repair found and done this week.
  await mgr.goto(`${e.base}/inspections/reviews/weekly?friday=${fridayOf(today())}`);
  const line = mgr.getByTestId('weekly-line').filter({ hasText: inspector!.displayName });
  await line.waitFor();
  const cells = await line.locator('td').allTextContents();
  assert.ok(Number(cells[1]) >= 1 && Number(cells[2]) >= 1, `found and done this week: ${cells.join(' | ')}`);
  await mgr.screenshot({ path: `${SHOTS}/weekly-desk-zh.png`, fullPage: true });
  await mgr.goto(`${e.base}/inspections/reviews/repairs?from=${today()}&to=${today()}`);
  await mgr.getByTestId('repairs-row').filter({ hasText: corridor }).waitFor();
  await mgr.screenshot({ path: `${SHOTS}/repairs-desk-zh.png`, fullPage: true });
  await mgr.goto(`${e.base}/inspections/findings`);
  await mgr.getByTestId('filter-state').waitFor();
  await mgr.screenshot({ path: `${SHOTS}/list-desk-zh.png`, fullPage: true });
});

test('every page in both languages, desk and phone: no untranslated keys, no sideways scroll on a phone', async () => {
  const api = await signedInApi(e, 'cs_supervisor');
  const some = (await api.get(`/inspection-findings?propertyId=${api.propertyId}&limit=1`)).data[0];
  const pages = [
    ['list', '/inspections/findings'],
    ['daily', `/inspections/reviews/daily?day=${today()}`],
    ['weekly', `/inspections/reviews/weekly?friday=${fridayOf(today())}`],
    ['repairs', '/inspections/reviews/repairs'],
    ...(some ? [['finding', `/inspections/findings/${some.id}`]] : []),
  ];
  for (const lang of ['zh-CN', 'en-US'] as const)
    for (const device of ['desk', 'phone'] as const) {
      const page = await newPage(e, lang, device);
      await loginAs(e, page, 'cs_supervisor');
      for (const [name, url] of pages) {
        await page.goto(`${e.base}${url}`);
        await page.locator('.hy-content, .hy-phone').first().waitFor();
        await page.waitForLoadState('networkidle');
        const text = (await page.locator('body').innerText()) ?? '';
        assert.ok(!/\b(patrolFindings|patrolReviews|weekly|daily|field|action)\.[a-zA-Z]+/.test(text), `${name} ${lang}: untranslated key`);
        if (device === 'phone') assert.equal(await overflowsSideways(page), false, `${name} ${lang} phone scrolls sideways`);
        await page.screenshot({ path: `${SHOTS}/${name}-${device}-${lang}.png`, fullPage: true });
      }
      await page.context().close();
    }
  const hk = await newPage(e, 'en-US', 'phone');
  await loginAs(e, hk, 'housekeeping_supervisor');
  await hk.goto(`${e.base}/inspections/findings/todo`);
  await hk.waitForLoadState('networkidle');
  await hk.screenshot({ path: `${SHOTS}/todo-phone-en-US.png`, fullPage: true });
});

mkdirSync(SHOTS, { recursive: true });
