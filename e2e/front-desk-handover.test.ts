/**
 * Front desk: the shift handover (F5) in Chromium. The day shift (front_desk) has a visitor still in the
 * building; it writes its handover with a note — the visitor is drawn up as an open item — and the evening
 * shift (cs_assistant) acknowledges item by item on a 390 px phone and takes it over. No sideways scroll.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('the day shift hands over a visitor still in and a note; the evening shift acknowledges item by item on a phone and takes over', async () => {
  // A visitor let in and still in the building.
  const api = await signedInApi(e, 'front_desk');
  const pid = api.propertyId;
  const hosts = await api.get(`/front-desk/directory?propertyId=${pid}&q=${encodeURIComponent('陈静')}`);
  const host = hosts.data.find((x: { kind: string }) => x.kind === 'person');
  assert.ok(host, 'a host in the directory');
  const visitor = `交接访客${Date.now() % 100000}`;
  const v = await api.post('/front-desk/visits', { propertyId: pid, kind: 'walk_in', hostEntryId: host.id, visitorName: visitor });
  assert.equal(v.status, 201, JSON.stringify(v.body));
  assert.equal(
    (await api.post(`/front-desk/visits/${v.body.id}/consent`, { answer: 'accept', channel: 'phone', consenterName: '陈静' })).status,
    200,
  );
  assert.equal(
    (await api.post(`/front-desk/visits/${v.body.id}/check-in`, { idType: 'resident_id', idNumber: '11010519491231002X' })).status,
    200,
  );
  // The demo may have handed over the shift ending now already (it runs at any hour): the test writes it itself.
  const draft = await api.get(`/front-desk/handovers/draft?propertyId=${pid}`);
  if (draft.existingId) await e.app.database.db.execute(`delete from shift_handovers where id = '${draft.existingId}'`);

  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/handover`);
  await desk.getByTestId('write-open').click();
  await desk.getByTestId('draft-item').filter({ hasText: visitor }).waitFor();
  const note = `3 号电梯停梯检修，已报工程部 ${Date.now() % 1000}`;
  await desk.getByTestId('write-notes').fill(note);
  await desk.getByTestId('write-submit').click();
  await desk.getByTestId('current-handover').getByText(note).waitFor();
  const current = (await api.get(`/front-desk/handovers/current?propertyId=${pid}`)).data;
  assert.equal(current.notes, note);
  assert.ok(current.items.some((i: { kind: string; title: string }) => i.kind === 'visitor' && i.title.includes(visitor)));
  // The writer cannot take it over.
  const own = await api.post(`/front-desk/handovers/${current.id}/accept`, {});
  assert.equal(own.status, 422);
  assert.equal(own.body.code, 'handover_own');

  // The evening shift on a phone: item by item, then take over.
  const phone = await newPage(e, 'en-US', 'phone');
  await loginAs(e, phone, 'cs_assistant');
  await phone.goto(`${e.base}/front-desk/handover`);
  const card = phone.locator(`[data-testid="handover-view"][data-id="${current.id}"]`);
  await card.waitFor();
  assert.equal(await overflowsSideways(phone), false);
  const first = card.getByTestId('item-ack').first();
  const box = await first.boundingBox();
  assert.ok(box && box.height >= 40, 'tap target at least 40 px');
  for (let left = current.items.length; left > 0; left--) {
    await card.locator('[data-testid="handover-item"][data-acked="no"]').first().getByTestId('item-ack').click();
    await card
      .getByTestId('handover-progress')
      .getByText(`${current.items.length - left + 1} of ${current.items.length}`)
      .waitFor();
  }
  await card.getByTestId('handover-accept').click();
  // The success message, then the record says so.
  await phone.locator('.ant-message').getByText('Taken over').waitFor();
  assert.equal((await api.get(`/front-desk/handovers/${current.id}`)).state, 'accepted');
  assert.equal(await overflowsSideways(phone), false);
  await api.close();
  await desk.context().close();
  await phone.context().close();
});
