/**
 * Event guests (M13) in Chromium: the secretariat leader imports guests from an .xlsx on the desk and invites them;
 * one of them opens their personal link on a 390 px phone (no account) and registers.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { startE2E, newPage, loginAs, overflowsSideways, signedInApi, type E2E } from './harness.ts';

let e: E2E;
before(async () => {
  e = await startE2E();
});
after(() => e?.close());

test('staff import and invite guests; a guest registers on the phone through their link', async () => {
  const api = await signedInApi(e, 'cs_assistant');
  const events = (await api.get(`/events?propertyId=${api.propertyId}`)).data as { id: string; name: string }[];
  const coming = events.find((x) => x.name.includes('重大项目建设推进会'));
  assert.ok(coming, 'the demo has a coming event');
  const tag = String(Date.now() % 100000);
  const name = `测试嘉宾${tag}`;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('嘉宾');
  ws.addRow(['姓名', '单位', '职务', '性别', '手机', '邮箱', '类别', 'VIP']);
  ws.addRow([name, '罗湖区发展和改革局', '科长', '男', `1350000${tag.padStart(4, '0').slice(-4)}`, '', '嘉宾', '否']);
  const file = Buffer.from(await wb.xlsx.writeBuffer());

  const desk = await newPage(e, 'zh-CN', 'desk');
  await loginAs(e, desk, 'cs_assistant');
  await desk.goto(`${e.base}/events/${coming.id}?tab=guests`);
  await desk.getByTestId('guests-tab').waitFor();
  await desk.getByTestId('guest-counts').waitFor();
  await desk
    .getByTestId('guest-import-file')
    .setInputFiles({ name: 'guests.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await desk.locator('.ant-message').getByText('已导入 1 位嘉宾').waitFor();
  const search = desk.locator('input[data-testid="filter-q"], [data-testid="filter-q"] input').first();
  await search.fill(name);
  await search.press('Enter');
  await desk.getByRole('row', { name: new RegExp(name) }).waitFor();
  await desk
    .getByRole('row', { name: new RegExp(name) })
    .locator('input[type="checkbox"]')
    .check();
  // Invited: the request the desk's 邀请 menu sends.
  const row = ((await api.get(`/events/${coming.id}/guests?q=${encodeURIComponent(name)}`)).data as { id: string }[])[0]!;
  assert.equal((await api.post(`/events/${coming.id}/guests/invite`, { guestIds: [row.id] })).body.invited, 1);
  await desk.reload();
  await desk.getByTestId('guest-rsvp').getByText('已邀请').first().waitFor();

  const mine = (await api.get(`/events/${coming.id}/guests?q=${encodeURIComponent(name)}`)).data as { rsvp: string }[];
  assert.equal(mine[0]!.rsvp, 'invited');
  // On the phone: a guest of the list who was invited earlier and has not answered yet opens their link.
  const waiting = (await api.get(`/events/${coming.id}/guests?rsvp=invited`)).data as { name: string; inviteToken: string; rsvp: string }[];
  const list = waiting.filter((g) => g.name !== name);
  assert.ok(list.length, 'an invited guest still to answer');

  const phone = await newPage(e, 'zh-CN', 'phone');
  await phone.goto(`${e.base}/e/${list[0]!.inviteToken}`);
  await phone.getByTestId('event-registration').waitFor();
  await phone.getByTestId('reg-submit').waitFor();
  assert.equal(await overflowsSideways(phone), false);
  await phone.getByTestId('reg-hotel').getByText('需要安排').click();
  await phone.getByTestId('reg-arrival-ref').fill('G6011');
  await phone.getByTestId('reg-submit').click();
  // Done, or the server's refusal shown on the page (named in the failure).
  await phone.getByTestId('reg-done').or(phone.getByTestId('reg-error')).first().waitFor({ timeout: 30_000 });
  if (await phone.getByTestId('reg-error').count()) assert.fail(await phone.getByTestId('reg-error').innerText());
  const after = (await api.get(`/events/${coming.id}/guests?q=${encodeURIComponent(list[0]!.name)}`)).data as {
    rsvp: string;
    hotelWish: string;
  }[];
  assert.equal(after[0]!.rsvp, 'registered');
  assert.equal(after[0]!.hotelWish, 'needed');
  await api.close();
});
