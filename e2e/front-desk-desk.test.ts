/**
 * Front desk: messages and lending (F2, F3) in Chromium. The desk logs a message for 陈静 of 市财政局; she
 * sees it on her phone under "我的留言" and confirms it; the desk's book shows it delivered. An umbrella is
 * lent and taken back; the shelf count goes down and up again. No sideways scroll at 390 px.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startE2E, newPage, loginAs, overflowsSideways, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('a message is logged for a tenant, who sees and acknowledges it on the phone', async () => {
  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/messages`);
  await desk.getByTestId('open-messages').waitFor();
  await desk.getByTestId('message-recipient').click();
  await desk.keyboard.type('陈静');
  await desk.getByTestId('directory-option').filter({ hasText: '市财政局' }).first().click();
  await desk.getByTestId('message-caller').fill('李明');
  const text = `请回电：周三会议材料 ${Date.now()}`;
  await desk.getByTestId('message-content').fill(text);
  await desk.getByTestId('message-save').click();
  await desk.getByTestId('open-messages').getByText(text).waitFor();

  const phone = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, phone, 'tenant');
  await phone.goto(`${e.base}/my/messages`);
  const card = phone.getByTestId('my-message').filter({ hasText: text });
  await card.waitFor();
  assert.equal(await card.getAttribute('data-status'), 'notified');
  assert.equal(await overflowsSideways(phone), false);
  const ack = card.getByTestId('ack-message');
  const box = await ack.boundingBox();
  assert.ok(box && box.height >= 40, 'tap target at least 40 px');
  await ack.click();
  await phone.getByTestId('my-message').filter({ hasText: text }).and(phone.locator('[data-status="delivered"]')).waitFor();

  // The desk's book: no longer open, delivered (acknowledged in the app).
  await desk.reload();
  await desk.getByTestId('message-history').getByText(text).waitFor();
  assert.equal(await desk.getByTestId('open-messages').getByText(text).count(), 0);
  await desk.context().close();
  await phone.context().close();
});

test('an umbrella is lent and returned', async () => {
  const desk = await newPage(e, 'en-US', 'desk');
  await loginAs(e, desk, 'front_desk');
  await desk.goto(`${e.base}/front-desk/lending`);
  const card = desk.locator('[data-testid="lending-item"][data-name="雨伞"]');
  const available = async () => Number(/(\d+) of/.exec((await card.first().getByTestId('item-available').textContent()) ?? '')![1]);
  await card.first().getByTestId('item-available').waitFor();
  const before = await available();
  await card.first().getByTestId('lend-open').click();
  const borrower = `E2E 借用人 ${Date.now() % 100000}`;
  await desk.getByTestId('lend-name').fill(borrower);
  await desk.getByTestId('lend-save').click();
  await desk.getByTestId('loans-open').getByText(borrower).waitFor();
  await desk.waitForFunction(
    (n) =>
      document
        .querySelector('[data-testid="lending-item"][data-name="雨伞"] [data-testid="item-available"]')
        ?.textContent?.startsWith(`${n} of`),
    before - 1,
  );
  await desk.getByTestId('loans-open').getByTestId('loan-row').filter({ hasText: borrower }).getByTestId('return-open').click();
  await desk.getByTestId('return-save').click();
  await desk.waitForFunction(
    (n) =>
      document
        .querySelector('[data-testid="lending-item"][data-name="雨伞"] [data-testid="item-available"]')
        ?.textContent?.startsWith(`${n} of`),
    before,
  );
  assert.equal(await desk.getByTestId('loans-open').getByText(borrower).count(), 0);
  await desk.context().close();
});
