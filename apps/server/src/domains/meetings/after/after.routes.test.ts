/** After the meeting: the checklist and equipment count, hand-overs, lost property. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock, type Session } from '../../../test/helpers.ts';
import { juneAt, meetingsWorld, type MeetingsWorld } from '../../../test/builders.ts';
import { jpeg, png, uploadAs } from '../../../test/uploads.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorld;
let hallNotice: string;

before(async () => {
  w = await meetingsWorld(clock);
  hallNotice = await w.meeting();
});
after(async () => w.t.close());

const drawn = async (who: Session, signerName = '王女士') =>
  ok(
    await who.post('/api/v1/signatures', {
      propertyId: w.fx.propertyId,
      signerName,
      image: `data:image/png;base64,${(await png(600, 200)).toString('base64')}`,
    }),
    201,
  );
const photoOf = async (who: Session, kind = 'photo') =>
  ok(
    await uploadAs(
      who,
      w.fx.propertyId,
      kind === 'photo'
        ? { filename: 'bag.jpg', type: 'image/jpeg', data: await jpeg(800, 600) }
        : { filename: 'note.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') },
      kind,
    ),
    201,
  );

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
  const sig = await drawn(s.dispatcher, '陈某');
  const back = ok(await s.dispatcher.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '陈先生', signatureId: sig.id }));
  assert.deepEqual([back.status, back.handedTo, back.signature.signerName], ['returned', '陈先生', '陈某']);
  const again = await drawn(s.dispatcher);
  problem(
    await s.dispatcher.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: 'x', signatureId: again.id }),
    409,
    'lost_item_state',
  );
  problem(await s.organizer.get(`/api/v1/lost-items?propertyId=${fx.propertyId}`), 403, 'forbidden');
  const all = ok(await s.staff.get(`/api/v1/service-notices/${hallNotice}/after`));
  assert.deepEqual([all.lostItems.length, all.handovers.length, all.check.shortages], [1, 1, 1]);
  const x = await s.dispatcher.get(`/api/v1/lost-items?propertyId=${fx.propertyId}&format=xlsx`);
  assert.equal(x.statusCode, 200);
  assert.match(String(x.headers['content-type']), /spreadsheetml/);
  assert.equal((await auditOf(lost.id, 'lost_item.returned')).length, 1);
});

test('lost property: photos at registration, the owner signs on the screen with their ID; the files are read only by who may read the item', async () => {
  const { fx, s } = w;
  clock.set(juneAt('04', '18:00'));
  const body = {
    propertyId: fx.propertyId,
    noticeId: hallNotice,
    item: '银色保温杯',
    foundPlace: '主会场第1排',
    foundAt: juneAt('04', '17:40'),
    foundBy: '李清洁',
  };
  // A foreign, a non-photo or a used file is refused, and nothing is registered.
  const before = ok(await s.staff.get(`/api/v1/lost-items?propertyId=${fx.propertyId}`)).data.length;
  const foreign = await photoOf(s.staff);
  const bad = problem(await s.cleaner.post('/api/v1/lost-items', { ...body, photoIds: [foreign.id] }), 422, 'file_not_attachable');
  assert.deepEqual(
    bad.fields!.map((f) => f.path),
    ['photoIds'],
  );
  const doc = await photoOf(s.cleaner, 'document');
  problem(await s.cleaner.post('/api/v1/lost-items', { ...body, photoIds: [doc.id] }), 422, 'file_not_attachable');
  assert.equal(ok(await s.staff.get(`/api/v1/lost-items?propertyId=${fx.propertyId}`)).data.length, before);

  const p1 = await photoOf(s.cleaner);
  const p2 = await photoOf(s.cleaner);
  const lost = ok(await s.cleaner.post('/api/v1/lost-items', { ...body, photoIds: [p1.id, p2.id] }), 201);
  // Both photos (uploaded at the same test-clock instant: their order is not the point).
  assert.deepEqual(lost.photos.map((f: { id: string }) => f.id).sort(), [p1.id, p2.id].sort());
  assert.equal(lost.signature, null);
  problem(await s.cleaner.post('/api/v1/lost-items', { ...body, photoIds: [p1.id] }), 422, 'file_not_attachable');

  // The hand-back takes a drawn signature (not a photo, not someone else's drawing).
  problem(
    await s.staff.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '周女士', ownerSignature: '周' }),
    400,
    'validation_failed',
  );
  const notMine = await drawn(s.dispatcher, '周敏');
  const refused = problem(
    await s.staff.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '周女士', signatureId: notMine.id }),
    422,
    'file_not_attachable',
  );
  assert.deepEqual(
    refused.fields!.map((f) => f.path),
    ['signatureId'],
  );
  const photo = await photoOf(s.staff);
  problem(
    await s.staff.post(`/api/v1/lost-items/${lost.id}/return`, { handedTo: '周女士', signatureId: photo.id }),
    422,
    'file_not_attachable',
  );
  assert.equal(
    ok(await s.staff.get(`/api/v1/service-notices/${hallNotice}/after`)).lostItems.find((l: any) => l.id === lost.id).status,
    'found',
  );

  clock.set(juneAt('04', '18:10'));
  const sig = await drawn(s.staff, '周敏');
  const back = ok(
    await s.staff.post(`/api/v1/lost-items/${lost.id}/return`, {
      handedTo: '周敏',
      ownerIdNumber: '110105198803150026',
      signatureId: sig.id,
    }),
  );
  assert.equal(back.status, 'returned');
  assert.equal(back.ownerIdNumber, '110105198803150026');
  assert.equal(back.ownerSignature, null);
  assert.deepEqual(
    [back.signature.id, back.signature.signerName, back.signature.signedAt],
    [sig.id, '周敏', new Date(juneAt('04', '18:10')).toISOString()],
  );
  assert.equal(back.photos.length, 2);
  const listed = ok(await s.dispatcher.get(`/api/v1/service-notices/${hallNotice}/after`)).lostItems.find((l: any) => l.id === lost.id);
  assert.deepEqual([listed.signature.id, listed.photos.length], [sig.id, 2]);

  // Reader rule: staff of the property read the photos and the signature; organizers (even the meeting's) do not.
  for (const who of [s.staff, s.security, s.dispatcher]) {
    assert.equal((await who.get(`/api/v1/files/${p1.id}`)).statusCode, 200);
    assert.equal((await who.get(`/api/v1/files/${sig.id}`)).statusCode, 200);
  }
  for (const who of [s.organizer, s.otherOrganizer]) {
    problem(await who.get(`/api/v1/files/${p1.id}`), 404);
    problem(await who.get(`/api/v1/files/${sig.id}`), 404);
  }
});
