/**
 * Catering of a large event (M13) in Chromium, on a 390 px phone: 黄丽娟 (meeting_staff, the 后勤保障组 leader) opens the
 * coming demo conference's catering tab; the first day's lunch shows the registrations' count (+ staff meals) with
 * its dietary tags, and a guest registering moves it by one; she chooses another menu and opens the caterer's order
 * sheet. No sideways scroll on the phone.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { guestFigures } from '../apps/server/src/domains/events/guests/guests.figures.ts';
import { loginAs, newPage, overflowsSideways, startE2E, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

const rows = async <T>(sql: string) => ((await e.app.database.db.execute(sql)) as unknown as { rows: T[] }).rows;

test('the logistics leader sees the lunch counts follow the registrations, chooses a menu and opens the order sheet', async () => {
  const [ev] = await rows<{ id: string; starts_on: string }>(
    `select id, starts_on::text from events where name like '%全市重大项目建设推进会' and starts_on > current_date order by starts_on desc limit 1`,
  );
  assert.ok(ev, 'the coming demo event');
  const day = ev.starts_on;
  const f = await guestFigures(e.app.database.db, ev.id);
  const registered = f.perMeal[`${day}:lunch`]?.people ?? 0;
  assert.ok(registered > 0);

  const page = await newPage(e, 'zh-CN', 'phone');
  await loginAs(e, page, 'meeting_staff');
  await page.goto(`${e.base}/events/${ev.id}?tab=catering`);
  const lunch = page.getByTestId(`meal-${day}-lunch-12:00`);
  await lunch.waitFor();
  const planned = lunch.getByTestId('meal-planned');
  assert.match(await planned.innerText(), new RegExp(`${registered + 12} 人（报名 ${registered} \\+ 工作人员 12）`));
  assert.match(await planned.innerText(), /素食/);

  // One more guest registers for the lunch: the count follows.
  await e.app.database.db.execute(
    `update event_guests set rsvp = 'registered', registered_at = now(), meals = array['${day}:lunch'], attend_days = array['${day}']::date[]
     where id = (select id from event_guests where event_id = '${ev.id}' and rsvp = 'invited' order by name limit 1)`,
  );
  await page.reload();
  await lunch.waitFor();
  assert.match(await lunch.getByTestId('meal-planned').innerText(), new RegExp(`报名 ${registered + 1} `));

  // She chooses the table menu instead of the buffet.
  const table = lunch.getByTestId('meal-menu').filter({ hasText: '清真套餐' });
  await table.getByTestId('meal-menu-choose').click();
  await page.locator('.ant-message').getByText('已保存').first().waitFor();
  await table.getByText('已选定').waitFor();
  assert.match(await lunch.innerText(), /¥90\.00\/位/);
  assert.equal(await overflowsSideways(page), false, 'no sideways scroll on the phone');

  await page.getByTestId('catering-order-sheet').click();
  const sheet = page.getByTestId('catering-sheet');
  await sheet.waitFor();
  assert.match(await sheet.innerText(), /餐饮订单/);
  assert.match(await sheet.innerText(), /深圳市鹏城餐饮服务有限公司/);
  assert.match(await sheet.innerText(), /清真套餐/);
});
