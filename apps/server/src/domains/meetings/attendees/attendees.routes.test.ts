/** Attendees of meetings: the list, .xlsx import, QR sign-in, agenda and handbook; audited views of confidential lists. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { problem, ok, TestClock, type Session } from '../../../test/helpers.ts';
import { juneAt, meetingsWorldWithNotices, type MeetingsWorldWithNotices } from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorldWithNotices;

before(async () => (w = await meetingsWorldWithNotices(clock)));
after(async () => w.t.close());

async function xlsx(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = (who: Session, notice: string, buf: Buffer) =>
  w.t.app.inject({
    method: 'POST',
    url: `/api/v1/service-notices/${notice}/attendees/import`,
    payload: buf,
    headers: {
      cookie: who.cookie,
      'x-csrf-token': who.csrf,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });

test('attendees: manual add, .xlsx import all-or-nothing with errors per row, QR sign-in with live count, agenda and handbook', async () => {
  const { t, s, relogin, auditOf, hallNotice } = w;
  // As in the hall after the meeting (Thursday 17:30): the sessions are signed in again after the jump.
  clock.set(juneAt('04', '17:30'));
  await relogin();
  const base = `/api/v1/service-notices/${hallNotice}`;
  ok(await s.organizer.post(`${base}/attendees`, { name: '刘主任', organization: '市发改委', phone: '13800000001', seat: 'A1' }), 201);
  problem(await s.otherOrganizer.post(`${base}/attendees`, { name: 'x' }), 404, 'not_found');
  problem(await s.security.get(`${base}/attendees`), 403, 'forbidden');
  problem(await s.staff.post(`${base}/attendees`, { name: '', phone: 'abc' }), 400, 'validation_failed');

  const badFile = await xlsx([
    ['姓名', '单位', '手机', '座位'],
    ['王一', '市财政局', '13800000002', 'A2'],
    ['', '市财政局', '13800000003', ''],
    ['赵二', '', 'bad-phone!', ''],
    ['王一', '', '13800000002', ''],
    ['刘主任', '', '13800000001', ''],
  ]);
  const err = problem(await upload(s.assistant, hallNotice, badFile), 400, 'import_rows_invalid');
  assert.deepEqual(err.rows as number[], [3, 4, 5, 6]);
  assert.ok(err.fields!.some((f) => f.path === 'rows.3.name') && err.fields!.some((f) => f.path === 'rows.4.phone'));
  assert.equal(ok(await s.assistant.get(`${base}/attendees`)).data.length, 1, 'nothing imported');
  problem(await upload(s.assistant, hallNotice, Buffer.from('not a workbook')), 400, 'validation_failed');
  problem(await s.assistant.post(`${base}/attendees/import`, { rows: [] }), 415, 'unsupported_media_type');
  const good = await xlsx([
    ['姓名', '单位', '职务', '手机'],
    ['王一', '市财政局', '科长', '13800000002'],
    ['赵二', '市税务局', '', '13800000003'],
    [],
    ['赵二', '市人社局', '', '13800000004'],
  ]);
  assert.equal(ok(await upload(s.assistant, hallNotice, good), 201).imported, 3);

  // Agenda and handbook; the QR code of the meeting and of one attendee.
  ok(await s.organizer.put(`${base}/page`, { agenda: '14:00 开幕\n14:30 主题报告', handbook: '请提前15分钟入场，手机调至静音。' }));
  const list = ok(await s.assistant.get(`${base}/attendees`));
  assert.deepEqual(list.count, { total: 4, signedIn: 0 });
  const wang = list.data.find((a: any) => a.name === '王一');
  const personal = ok(await s.assistant.get(`${base}/sign-in-code?attendeeId=${wang.id}`));
  assert.match(personal.svgDataUrl, /^data:image\/svg\+xml;base64,/);
  assert.match(personal.pngDataUrl, /^data:image\/png;base64,/);
  const pub = await t.app.inject({ method: 'GET', url: `/api/v1/public/meeting-sign-in/${personal.token}` });
  const page = ok(pub);
  assert.deepEqual([page.attendee.name, page.agenda.startsWith('14:00'), page.needs], ['王一', true, []]);
  const signed = ok(await t.app.inject({ method: 'POST', url: `/api/v1/public/meeting-sign-in/${personal.token}`, payload: {} }));
  assert.deepEqual([signed.alreadySignedIn, signed.count], [false, { total: 4, signedIn: 1 }]);
  assert.equal(
    ok(await t.app.inject({ method: 'POST', url: `/api/v1/public/meeting-sign-in/${personal.token}`, payload: {} })).alreadySignedIn,
    true,
  );

  const desk = ok(await s.assistant.get(`${base}/sign-in-code`));
  const signIn = (body: unknown, token = desk.token) =>
    t.app.inject({ method: 'POST', url: `/api/v1/public/meeting-sign-in/${token}`, payload: body as object });
  problem(await signIn({ name: '赵二' }), 400, 'validation_failed');
  problem(await signIn({ name: '无名氏' }), 404, 'not_found');
  assert.deepEqual(ok(await signIn({ name: '赵二', phone: '13800000004' })).count, { total: 4, signedIn: 2 });
  const tampered = desk.token.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
  problem(await signIn({ name: '刘主任' }, tampered), 404, 'sign_in_token_invalid');
  problem(await signIn({ name: '刘主任' }, 'abc.def.ghi'), 404, 'sign_in_token_invalid');
  ok(await s.assistant.post(`/api/v1/meeting-attendees/${list.data.find((a: any) => a.name === '刘主任').id}/sign-in`));
  assert.deepEqual(ok(await s.organizer.get(`${base}/page`)).count, { total: 4, signedIn: 3 });
  ok(await s.assistant.post(`${base}/sign-in-code/revoke`));
  problem(await signIn({ name: '赵二', phone: '13800000003' }), 404, 'sign_in_token_invalid');
  assert.equal((await auditOf(wang.id, 'meeting_attendee.signed_in')).length, 1);
});

test('confidential meetings: every view of the attendee list is audited', async () => {
  const { s, ids, auditOf, hallNotice, roomNotice } = w;
  ok(await s.assistant.post(`/api/v1/service-notices/${roomNotice}/attendees`, { name: '保密人员' }), 201);
  ok(await s.assistant.get(`/api/v1/service-notices/${roomNotice}/attendees`));
  ok(await s.organizer.get(`/api/v1/service-notices/${roomNotice}/attendees`));
  const views = await auditOf(roomNotice, 'meeting_attendees.viewed');
  assert.deepEqual(views.map((a) => a.actorId).sort(), [ids.assistant, ids.organizer].sort());
  ok(await s.assistant.get(`/api/v1/service-notices/${hallNotice}/attendees`));
  assert.equal((await auditOf(hallNotice, 'meeting_attendees.viewed')).length, 0);
});

test("the sign-in desk scans an attendee's personal code (link or token): signed in once, live count; other meetings' and meeting codes refused", async () => {
  const { s, auditOf, hallNotice, roomNotice } = w;
  const base = `/api/v1/service-notices/${hallNotice}`;
  const a = ok(await s.staff.post(`${base}/attendees`, { name: '扫码人员', phone: '13800000009' }), 201);
  const personal = ok(await s.staff.get(`${base}/sign-in-code?attendeeId=${a.id}`));
  const before = ok(await s.staff.get(`${base}/page`)).count;
  const scan = (code: string, who = s.staff, notice = hallNotice) => who.post(`/api/v1/service-notices/${notice}/sign-in/scan`, { code });

  const first = ok(await scan(personal.url));
  assert.deepEqual([first.attendee.name, first.alreadySignedIn], ['扫码人员', false]);
  assert.deepEqual(first.count, { total: before.total, signedIn: before.signedIn + 1 });
  assert.equal(ok(await scan(personal.token)).alreadySignedIn, true, 'a second scan is harmless');
  assert.equal((await auditOf(a.id, 'meeting_attendee.signed_in')).length, 1);

  // The meeting's own code names nobody; a code of another meeting, a tampered one or a blank are refused.
  const meetingCode = ok(await s.staff.get(`${base}/sign-in-code`));
  problem(await scan(meetingCode.url), 422, 'sign_in_code_not_personal');
  problem(await scan(personal.url, s.assistant, roomNotice), 422, 'sign_in_other_meeting');
  problem(await scan(personal.token.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'))), 404, 'sign_in_token_invalid');
  problem(await scan('hello'), 404, 'sign_in_token_invalid');
  problem(await scan('  '), 400, 'validation_failed');
  // Only people who run attendees scan: security may not, an organizer of another unit does not see the meeting.
  problem(await scan(personal.token, s.security), 403, 'forbidden');
  problem(await scan(personal.token, s.otherOrganizer), 404, 'not_found');
});
