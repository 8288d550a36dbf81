/**
 * The desk queue (总台工作台, F1–F5): the front desk opens /front-desk on the desk's 1366 px screen and sees
 * the demo's Monday morning — consent waits, people in the building, parcels, messages, overdue loans — each
 * count what the API says; a walk-in registered meanwhile appears in the consent card without a reload;
 * on a phone the page is one column and never scrolls sideways.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { DeskQueue } from '@hy/contracts';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, targetSizes, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(async () => e?.close());

const SECTIONS = ['consent', 'inside', 'parcels', 'messages', 'loans'] as const;

test('the front desk sees every section with the API’s counts; a walk-in appears live; a phone gets one column', async () => {
  const api = await signedInApi(e, 'front_desk');
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'front_desk');
  // the menu's first front-desk entry
  await desk.goto(`${e.base}/front-desk`);
  await desk.getByTestId('desk-queue').waitFor();
  await desk.getByTestId('queue-section-consent').waitFor();
  const q: DeskQueue = await api.get(`/front-desk/queue?propertyId=${api.propertyId}`);
  for (const s of SECTIONS) {
    assert.ok(q[s], `the front desk reads ${s}`);
    const count = desk.getByTestId(`queue-count-${s}`);
    assert.equal(Number(await count.textContent()), q[s]!.total, s);
    assert.equal(await desk.getByTestId(`queue-section-${s}`).getByTestId('queue-row').count(), q[s]!.items.length, s);
  }
  // a Monday morning: something waits in most of the cards
  assert.ok(SECTIONS.filter((s) => q[s]!.total > 0).length >= 3, JSON.stringify(SECTIONS.map((s) => q[s]!.total)));
  // the night shift's handover waiting to be taken over comes first (the demo writes it at 07:50)
  if (q.handover) assert.equal(Number(await desk.getByTestId('queue-count-handover').textContent()), q.handover.pendingCount);
  else assert.equal(await desk.getByTestId('queue-section-handover').count(), 0);
  // three cards side by side at the desk
  const first = [...(q.handover ? ['handover'] : []), ...SECTIONS].slice(0, 3);
  const tops = await Promise.all(first.map(async (s) => (await desk.getByTestId(`queue-section-${s}`).boundingBox())!.y));
  assert.equal(new Set(tops).size, 1, `first row of cards at ${tops.join(',')}`);
  // each card's header opens its list
  assert.equal(await desk.getByTestId('queue-link-parcels').getAttribute('href'), '/front-desk/mail?tab=waiting');

  // A walk-in registered at the other counter shows up live.
  const people = await api.get(`/front-desk/directory?propertyId=${api.propertyId}&kind=person&limit=5`);
  const host = people.data[0];
  const before = Number(await desk.getByTestId('queue-count-consent').textContent());
  const v = await api.post('/front-desk/visits', {
    propertyId: api.propertyId,
    kind: 'walk_in',
    hostEntryId: host.id,
    visitorName: '欧阳青',
    company: '深圳市建筑设计研究院',
  });
  assert.equal(v.status, 201, JSON.stringify(v.body));
  await desk.waitForFunction((n) => Number(document.querySelector('[data-testid="queue-count-consent"]')?.textContent) === n, before + 1, {
    timeout: 10_000,
  });
  if (before + 1 <= 8) await desk.getByTestId('queue-section-consent').locator(`[data-id="${v.body.id}"]`).waitFor();
  // Its row opens the visitors page on that visit.
  await desk.getByTestId('queue-section-consent').locator(`[data-id="${v.body.id}"]`).getByTestId('queue-consent-open').click();
  await desk.waitForURL((u) => u.pathname === '/front-desk/visitors' && u.searchParams.get('visit') === v.body.id);
  await desk.getByTestId(`visit-row-${v.body.id}`).waitFor();

  // On a phone: one column, no sideways scroll, tap targets of 40 px.
  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'front_desk');
  await phone.goto(`${e.base}/front-desk`);
  await phone.getByTestId('queue-section-loans').waitFor();
  assert.equal(await overflowsSideways(phone), false, 'the desk queue scrolls sideways at 390 px');
  const xs = await Promise.all(SECTIONS.map(async (s) => (await phone.getByTestId(`queue-section-${s}`).boundingBox())!.x));
  assert.equal(new Set(xs).size, 1, `one column at 390 px: ${xs.join(',')}`);
  const small = (await targetSizes(phone.locator('.fd-q-btn'))).filter(([, h]) => h < 40);
  assert.equal(small.length, 0, 'tap targets under 40 px');
  await api.close();
});
