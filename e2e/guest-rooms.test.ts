/**
 * Guest rooms (T6) in Chromium. On a 390 px phone the housekeeping supervisor taps a vacant-clean room on the
 * status board and checks guests in (a key issued, linen counted out); then checks them out (the key back, the
 * linen counted back) and the room goes vacant dirty; inspects it (a charger left behind) and confirms the
 * cleaning: the room is vacant clean again. With SHOTS=dir, the pages are photographed at 1280 and 390 px.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

async function shot(page: Page, name: string) {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
}

test('a guest-room check-in and check-out with keys and linen on a phone; inspection; the room is vacant clean again', async () => {
  const api = await signedInApi(e, 'housekeeping_supervisor');
  const pid = api.propertyId;
  const rooms = (await api.get(`/guest-rooms?propertyId=${pid}`)).data as {
    id: string;
    number: string;
    status: string;
    roomType: string;
  }[];
  const room = rooms.find((r) => r.status === 'vacant_clean' && r.roomType === 'standard');
  assert.ok(room, 'the demo has a vacant-clean twin room');
  const tag = String(Date.now() % 100000);
  const unit = `市统计局${tag}`;

  const page = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, page, 'housekeeping_supervisor');
  await page.goto(`${e.base}/guest-rooms`);
  const tile = page.getByTestId(`room-${room.number}`);
  await tile.waitFor();
  assert.equal(await overflowsSideways(page), false);

  // Check in: the room tapped, the unit and guests; one key and the default linen per room.
  await tile.click();
  await page.getByTestId('drawer-checkin').click();
  await page.getByTestId('checkin-unit').fill(unit);
  await page.getByTestId('checkin-guests').fill('王志明、李芳');
  await page.getByTestId('checkin-submit').click();
  await page.locator('.ant-message').getByText('入住登记完成').waitFor();
  await page.locator(`[data-testid="room-${room.number}"][data-status="occupied"]`).waitFor();
  const stays = (await api.get(`/guest-stays?propertyId=${pid}&state=in_house`)).data as {
    id: string;
    hostUnit: string;
    rooms: { keysIssued: number; linenOut: Record<string, number> }[];
  }[];
  const stay = stays.find((s) => s.hostUnit === unit);
  assert.ok(stay, 'the stay was registered');
  assert.equal(stay.rooms[0]!.keysIssued, 1);
  assert.equal(stay.rooms[0]!.linenOut.pillowcase, 4);

  // Check out: the key and the linen counted back (the defaults); the room goes vacant dirty.
  await page.getByTestId('drawer-checkout').click();
  await page.getByTestId(`keys-returned-${room.number}`).waitFor();
  assert.equal(await overflowsSideways(page), false);
  await page.getByTestId('checkout-submit').click();
  await page.locator('.ant-message').getByText('退房完成').waitFor();
  await page.locator(`[data-testid="room-${room.number}"][data-status="vacant_dirty"]`).waitFor();
  const out = await api.get(`/guest-stays/${stay.id}`);
  assert.equal(out.state, 'checked_out');
  assert.equal(out.rooms[0].keyOutcome, 'returned');
  assert.equal(out.rooms[0].linenMissing, 0);

  // The vacated room inspected: a charger left behind; then cleaning confirmed → vacant clean.
  await page.getByTestId(`room-${room.number}`).click();
  await page.getByTestId('drawer-inspect').click();
  await page.getByTestId('left-item-add').click();
  await page.getByTestId('left-item').fill(`充电器 ${tag}`);
  await page.getByTestId('inspect-submit').click();
  await page.locator('.ant-message').getByText('查房记录已保存').waitFor();
  await page.getByTestId('drawer-cleaned').click();
  await page.locator('.ant-message').getByText('已确认清洁').waitFor();
  await page.locator(`[data-testid="room-${room.number}"][data-status="vacant_clean"]`).waitFor();
  const items = (await api.get(`/guest-left-items?propertyId=${pid}`)).data as { description: string; roomNumber: string }[];
  assert.ok(items.some((i) => i.description === `充电器 ${tag}` && i.roomNumber === room.number));
  const keys = await api.get(`/guest-keys?propertyId=${pid}`);
  assert.ok(keys.data.some((k: { hostUnit: string; keysReturned: number | null }) => k.hostUnit === unit && k.keysReturned === 1));
  await api.close();
  await page.context().close();
});

test('screenshots of the guest-room pages (SHOTS=dir)', { skip: !process.env.SHOTS }, async () => {
  for (const device of ['desk', 'phone'] as const) {
    const page = await newPage(e, 'zh-CN', device);
    await loginAs(e, page, 'housekeeping_supervisor');
    for (const [path, name, wait] of [
      ['/guest-rooms', 'board', 'room-counts'],
      ['/guest-rooms/stays', 'stays', 'stay-list'],
      ['/guest-rooms/keys', 'keys', null],
      ['/guest-rooms/linen', 'linen', 'linen-stock'],
      ['/guest-rooms/check-sheet', 'check-sheet', 'check-lines'],
      ['/guest-rooms/check-sheet/print', 'check-sheet-print', 'check-print-sheet'],
      ['/guest-rooms/strangers', 'strangers', 'stranger-card'],
    ] as const) {
      await page.goto(`${e.base}${path}`);
      if (wait) await page.getByTestId(wait).first().waitFor();
      await page.waitForTimeout(400);
      await shot(page, `guest-rooms-${name}-${device}`);
      if (device === 'phone') assert.equal(await overflowsSideways(page), false, path);
    }
    await page.context().close();
  }
});
