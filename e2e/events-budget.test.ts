/**
 * The event's budget (会务服务预算表, M13) in Chromium: on the coming demo conference the 常务副总 周立新 edits the
 * draft being revised (adds a line; the amount is computed as typed), saves and submits it; the general manager
 * 罗建平 approves it with a drawn signature; the approved version is frozen and the variance per category shows.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { startE2E, newPage, loginAs, drawSignature, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

const input = async (l: Locator) => ((await l.evaluate((el) => el.tagName)) === 'INPUT' ? l : l.locator('input'));

test('the lead edits and submits the draft; the general manager approves with a signature; the variance shows', async () => {
  const api = await signedInApi(e, 'event_lead');
  const list = (await api.get(`/events?propertyId=${api.propertyId}`)).data as { id: string; name: string; startsOn: string }[];
  const coming = list.find((x) => x.name.includes('重大项目建设推进会'));
  assert.ok(coming, 'the coming demo conference');
  let b = await api.get(`/events/${coming.id}/budget`);
  assert.deepEqual(
    b.versions.map((v: { status: string }) => v.status),
    ['approved', 'draft'],
    'the demo: v1 approved, v2 being revised',
  );
  const draftLines = b.versions[1].lines.length;
  // The past conference: its budget approved in v2 (v1 superseded), its purchases recorded.
  const past = list.find((x) => x.name.includes('发展改革工作会议'))!;
  const pb = await api.get(`/events/${past.id}/budget`);
  assert.deepEqual(
    pb.versions.map((v: { status: string }) => v.status),
    ['superseded', 'approved'],
  );
  assert.ok(pb.actuals.filter((a: { source: string }) => a.source === 'manual').length >= 3);

  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'event_lead');
  await desk.goto(`${e.base}/events/${coming.id}?tab=budget`);
  await desk.getByTestId('budget-tab').waitFor();
  await desk.getByTestId('budget-version-status').getByText('草稿').waitFor();
  await desk.getByTestId('budget-add-line').click();
  await (await input(desk.getByTestId('budget-line-name').last())).fill('会场鲜花布置');
  await (await input(desk.getByTestId('budget-line-price').last())).fill('860');
  await (await input(desk.getByTestId('budget-line-qty').last())).fill('2');
  await desk.getByTestId('budget-line-name').last().click();
  await desk.getByTestId('budget-line-amount').last().getByText('¥1,720.00').waitFor();
  await desk.getByTestId('budget-save').click();
  await desk.locator('.ant-message').getByText('已保存').waitFor();
  await desk.getByTestId('budget-submit').click();
  await desk.getByTestId('budget-version-status').getByText('待审批').waitFor();
  b = await api.get(`/events/${coming.id}/budget`);
  const v2 = b.versions[1];
  assert.equal(v2.status, 'submitted');
  assert.equal(v2.lines.length, draftLines + 1);
  assert.ok(v2.lines.some((l: { name: string; amountFen: number }) => l.name === '会场鲜花布置' && l.amountFen === 172_000));
  await desk.context().close();

  const gm = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, gm, 'general_manager');
  await gm.goto(`${e.base}/events/${coming.id}?tab=budget`);
  await gm.getByTestId('budget-approve').click();
  await drawSignature(gm);
  await gm.getByTestId('budget-version-status').getByText('已批准').waitFor();
  await gm.getByTestId('budget-variance').waitFor();
  await gm.getByTestId('budget-variance').getByText('场地').first().waitFor();
  b = await api.get(`/events/${coming.id}/budget`);
  assert.deepEqual(
    b.versions.map((v: { status: string }) => v.status),
    ['superseded', 'approved'],
  );
  assert.equal(b.approvedVersion, 2);
  assert.ok(b.versions[1].signatureFileId, 'signed');
  assert.equal(b.totals.approvedFen, b.versions[1].totalFen);
  // Frozen: a change to the approved version is refused with its code.
  const locked = await api.put(`/events/${coming.id}/budget/versions/${v2.id}/lines`, { lines: [], rowVersion: b.versions[1].rowVersion });
  assert.equal(locked.status, 409);
  assert.equal(locked.body.code, 'budget_approved_locked');
  // The print: the total in capitals and the approver's signature.
  await gm.goto(`${e.base}/events/${coming.id}/budget/print?version=${v2.id}`);
  await gm.getByTestId('budget-print-words').waitFor();
  assert.match((await gm.getByTestId('budget-print-words').textContent()) ?? '', /元/);
  await gm.context().close();
  await api.close();
});
