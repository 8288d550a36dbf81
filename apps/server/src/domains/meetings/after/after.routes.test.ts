/** After the meeting: the checklist and equipment count, hand-overs, lost property. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock, type Session } from '../../../test/helpers.ts';
import { juneAt, meetingsWorld, type MeetingsWorld } from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorld;
let hallNotice: string;

before(async () => {
  w = await meetingsWorld(clock);
  hallNotice = await w.meeting();
});
after(async () => w.t.close());

test('after the meeting: checklist and equipment count, hand-overs, lost property found → stored → returned', async () => {
  const { fx, s, ids, relogin, auditOf, notesOf } = w;
  const put = (who: Session, body: unknown) => who.put(`/api/v1/service-notices/${hallNotice}/after-check`, body);
  const defaults = ok(await s.staff.get(`/api/v1/service-notices/${hallNotice}/after`));
  assert.equal(defaults.check.version, 0);
  assert.deepEqual(
    defaults.check.equipment.map((e: any) => [e.name, e.expected]),
    [
      ['话筒（麦克风）', 6],
      ['话筒电池', 12],
      ['录音设备', 1],
    ],
  );
  problem(await put(s.staff, { cleanup: defaults.check.cleanup, equipment: [] }), 422, 'meeting_state');
  clock.set(juneAt('04', '17:30'));
  await relogin();
  problem(await put(s.security, { cleanup: [], equipment: [] }), 403, 'forbidden');
  problem(await put(s.staff, { cleanup: [{ item: '', done: 'yes' }], equipment: [] }), 400, 'validation_failed');
  const rec = ok(
    await put(s.staff, {
      cleanup: defaults.check.cleanup.map((c: any) => ({ ...c, done: true })),
      equipment: [
        { name: '话筒（麦克风）', expected: 6, counted: 5, note: '一支未归还' },
        { name: '话筒电池', expected: 12, counted: 12 },
      ],
      version: 0,
    }),
  );
  assert.deepEqual([rec.shortages, rec.version, rec.equipment[0].shortage], [1, 1, 1]);
  assert.equal((await notesOf(ids.av!, 'meetings.equipment_shortage')).length, 1);
  problem(await put(s.staff, { cleanup: [], equipment: [], version: 0 }), 409, 'conflict');

  const h = ok(
    await s.av.post(`/api/v1/service-notices/${hallNotice}/handovers`, {
      kind: 'recording',
      description: '会议录音 U 盘',
      recipientKind: 'organizer',
      recipientName: '张晓东',
    }),
    201,
  );
  assert.equal(h.quantity, 1);
  assert.equal((await notesOf(ids.organizer!, 'meetings.handover')).length, 1);
  problem(
    await s.av.post(`/api/v1/service-notices/${hallNotice}/handovers`, {
      kind: 'tape',
      description: 'x',
      recipientKind: 'me',
      recipientName: '',
    }),
    400,
    'validation_failed',
  );

  const lost = ok(
    await s.cleaner.post('/api/v1/lost-items', {
      propertyId: fx.propertyId,
      noticeId: hallNotice,
      item: '黑色公文包',
      foundPlace: '主会场第3排',
      foundAt: juneAt('04', '17:20'),
      foundBy: '李清洁',
    }),
    201,
  );
  assert.match(lost.number, /^SY-2026-\d{6}$/);
  assert.equal(lost.status, 'found');
  assert.equal((await notesOf(ids.organizer!, 'meetings.lost_item')).length, 1);
  problem(await s.cleaner.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '失主' }), 400, 'validation_failed');
  ok(await s.staff.post(`/api/v1/lost-items/${lost.id}/store`, { storedPlace: '会堂中心' }));
  problem(await s.staff.post(`/api/v1/lost-items/${lost.id}/store`, { storedPlace: '会堂中心' }), 409, 'lost_item_state');
  const back = ok(await s.dispatcher.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '陈先生', ownerSignature: '陈某' }));
  assert.deepEqual([back.status, back.handedTo, back.ownerSignature], ['returned', '陈先生', '陈某']);
  problem(await s.dispatcher.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: 'x', ownerSignature: 'y' }), 409, 'lost_item_state');
  problem(await s.organizer.get(`/api/v1/lost-items?propertyId=${fx.propertyId}`), 403, 'forbidden');
  const all = ok(await s.staff.get(`/api/v1/service-notices/${hallNotice}/after`));
  assert.deepEqual([all.lostItems.length, all.handovers.length, all.check.shortages], [1, 1, 1]);
  const x = await s.dispatcher.get(`/api/v1/lost-items?propertyId=${fx.propertyId}&format=xlsx`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.equal((await auditOf(lost.id, 'lost_item.returned')).length, 1);
});
