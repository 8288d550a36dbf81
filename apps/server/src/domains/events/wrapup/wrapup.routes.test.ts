import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents, meetingAttendees, meetingIncidents, serviceNotices } from '../../../db/schema/index.ts';
import { notificationCount } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { jpeg, uploadAs } from '../../../test/uploads.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';

const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

const audits = async (entityId: string, action: string) =>
  (
    await w.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)))
  ).length;

test('inspection: scheduled the day before; findings notify the team; only the responsible group fixes', async () => {
  clock.set('2026-05-11T09:00:00+08:00');
  const e = await w.newEvent();
  const [sec, log] = e.groups;
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${sec.id}`, { leaderId: w.ids.assistant }));
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${log.id}`, { leaderId: w.ids.staff, memberIds: [w.ids.cleaner] }));
  const s = ok(await w.s.assistant.get(`/api/v1/events/${e.id}/inspection`));
  assert.equal(s.scheduledOn, '2026-06-03');
  assert.equal(s.items.length, 12);
  assert.equal(s.version, 0);
  problem(await w.s.organizer.get(`/api/v1/events/${e.id}/inspection`), 403);
  problem(await w.s.otherOrganizer.get(`/api/v1/events/${e.id}/inspection`), 404);
  problem(await outsider.get(`/api/v1/events/${e.id}/inspection`), 404);
  const photo = ok(
    await uploadAs(w.s.assistant, w.fx.propertyId, { filename: 'a.jpg', type: 'image/jpeg', data: await jpeg(40, 30) }),
    201,
  );
  const items = s.items.map((i: { id: string; label: string }) => ({ id: i.id, label: i.label, ok: true, note: null, photoIds: [] }));
  items[1] = { ...items[1], ok: false, note: '主席台桌牌错字', photoIds: [photo.id], groupId: log.id };
  problem(
    await w.s.assistant.put(`/api/v1/events/${e.id}/inspection`, {
      leaderName: '王主任',
      leaderTitle: '市发改委办公室主任',
      items,
      version: 3,
    }),
    409,
    'inspection_stale',
  );
  problem(
    await w.s.assistant.put(`/api/v1/events/${e.id}/inspection`, { leaderName: '', leaderTitle: '市发改委办公室主任', items, version: 0 }),
    400,
  );
  const r = ok(
    await w.s.assistant.put(`/api/v1/events/${e.id}/inspection`, {
      leaderName: '王主任',
      leaderTitle: '市发改委办公室主任',
      items,
      version: 0,
    }),
  );
  assert.equal(r.openFindings, 1);
  assert.equal(r.items[1].photos.length, 1);
  assert.equal(await notificationCount(w.t.app.database.db, w.ids.cleaner, 'event.inspection_findings'), 1);
  assert.equal(await audits(e.id, 'event_inspection.recorded'), 1);
  // The photo is served to the team through the files route.
  assert.equal((await w.s.cleaner.get(`/api/v1/files/${photo.id}`)).statusCode, 200);
  problem(await w.s.assistant.post(`/api/v1/events/${e.id}/inspection/items/${items[0].id}/fixed`, {}), 422, 'inspection_not_finding');
  problem(await w.s.assistant.post(`/api/v1/events/${e.id}/inspection/items/${items[1].id}/fixed`, {}), 403, 'inspection_not_your_group');
  const f = ok(await w.s.cleaner.post(`/api/v1/events/${e.id}/inspection/items/${items[1].id}/fixed`, {}));
  assert.equal(f.openFindings, 0);
  assert.ok(f.items[1].fixedAt);
  assert.equal(f.items[1].fixedByName.length > 0, true);
});

test('the record: confidential files are 404 for non-inner readers and every view is audited; the organizer sees only the handed-over', async () => {
  const e = await w.newEvent();
  const up = async () =>
    ok(await uploadAs(w.s.lead, w.fx.propertyId, { filename: 'p.jpg', type: 'image/jpeg', data: await jpeg(40, 30) }), 201);
  const [p1, p2] = [await up(), await up()];
  ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/record`, { category: 'minutes', title: '会议纪要', fileId: p1.id, confidential: true }),
    201,
  );
  ok(await w.s.lead.post(`/api/v1/events/${e.id}/record`, { category: 'photo', title: '主会场', fileId: p2.id }), 201);
  const list = ok(
    await w.s.lead.post(`/api/v1/events/${e.id}/record`, { category: 'audio', title: '全程录音', archiveRef: '档案室光盘 A-12' }),
    201,
  );
  assert.equal(list.data.length, 3);
  problem(
    await w.s.lead.post(`/api/v1/events/${e.id}/record`, { category: 'photo', title: 'x', fileId: p2.id }),
    422,
    'file_not_attachable',
  );
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/record`, { category: 'audio', title: 'x', archiveRef: 'y' }), 403);
  const byTitle = (t: string) => list.data.find((x: { title: string }) => x.title === t);
  const [minutes, photo] = [byTitle('会议纪要'), byTitle('主会场')];
  // A staff reader not in the inner circle sees only the open items.
  const d = ok(await w.s.dispatcher.get(`/api/v1/events/${e.id}/record`));
  assert.deepEqual(d.data.map((x: { title: string }) => x.title).sort(), ['主会场', '全程录音'].sort());
  problem(await w.s.dispatcher.get(`/api/v1/events/${e.id}/record/${minutes.id}/file`), 404, 'record_not_found');
  assert.equal((await w.s.dispatcher.get(`/api/v1/events/${e.id}/record/${photo.id}/file`)).statusCode, 200);
  problem(await w.s.lead.get(`/api/v1/files/${p1.id}`), 404);
  const res = await w.s.lead.get(`/api/v1/events/${e.id}/record/${minutes.id}/file`);
  assert.equal(res.statusCode, 200);
  assert.equal(await audits(minutes.id, 'event_record.viewed'), 1);
  assert.equal(await audits(photo.id, 'event_record.viewed'), 0);
  // Before the hand-over the organizer sees nothing; after it exactly what was handed over.
  assert.equal(ok(await w.s.organizer.get(`/api/v1/events/${e.id}/record`)).data.length, 0);
  problem(await w.s.organizer.post(`/api/v1/events/${e.id}/record/hand-over`, { itemIds: [minutes.id] }), 403);
  ok(await w.s.lead.post(`/api/v1/events/${e.id}/record/hand-over`, { itemIds: [minutes.id] }));
  const o = ok(await w.s.organizer.get(`/api/v1/events/${e.id}/record`));
  assert.deepEqual(
    o.data.map((x: { id: string }) => x.id),
    [minutes.id],
  );
  assert.equal((await w.s.organizer.get(`/api/v1/events/${e.id}/record/${minutes.id}/file`)).statusCode, 200);
  problem(await w.s.organizer.get(`/api/v1/events/${e.id}/record/${photo.id}/file`), 404);
  assert.equal(await notificationCount(w.t.app.database.db, w.ids.organizer, 'event.record_handed_over'), 1);
  problem(await w.s.otherOrganizer.get(`/api/v1/events/${e.id}/record`), 404);
});

test('survey: not before the event, one answer per guest, wrong token 404; results and the SMS send', async () => {
  const coming = await w.newEvent();
  const [early] = await w.addGuests(coming.id, 1);
  const e = await w.newEvent({ startsOn: '2026-05-11', endsOn: '2026-05-11' });
  const guests = await w.addGuests(e.id, 5);
  const t = guests[0]!.inviteToken;
  const answer = { ratings: { organization: 5, venue: 5, lodging: 4, transport: 4, catering: 5 }, comment: '安排周到' };
  problem(await w.t.app.inject({ method: 'GET', url: '/api/v1/public/event-survey/nosuchtoken123' }), 404, 'survey_not_found');
  const pub = ok(await w.t.app.inject({ method: 'GET', url: `/api/v1/public/event-survey/${early!.inviteToken}` }));
  assert.equal(pub.open, false);
  problem(
    await w.t.app.inject({ method: 'POST', url: `/api/v1/public/event-survey/${early!.inviteToken}`, payload: answer }),
    422,
    'survey_not_open',
  );
  problem(await w.s.lead.post(`/api/v1/events/${coming.id}/survey/send`, {}), 422, 'survey_not_open');
  problem(
    await w.t.app.inject({
      method: 'POST',
      url: `/api/v1/public/event-survey/${t}`,
      payload: { ...answer, ratings: { ...answer.ratings, venue: 6 } },
    }),
    400,
  );
  ok(await w.t.app.inject({ method: 'POST', url: `/api/v1/public/event-survey/${t}`, payload: answer }));
  problem(await w.t.app.inject({ method: 'POST', url: `/api/v1/public/event-survey/${t}`, payload: answer }), 409, 'survey_answered');
  ok(
    await w.t.app.inject({
      method: 'POST',
      url: `/api/v1/public/event-survey/${guests[1]!.inviteToken}`,
      payload: { ratings: { organization: 4, venue: 4, lodging: 4, transport: 5, catering: 4 } },
    }),
  );
  const sent = ok(await w.s.lead.post(`/api/v1/events/${e.id}/survey/send`, {}));
  assert.equal(sent.sentCount, 5);
  assert.equal(sent.responseRate, 0.4);
  assert.equal(sent.averages.organization, 4.5);
  assert.equal(sent.averages.transport, 4.5);
  assert.deepEqual(
    sent.comments.map((c: { comment: string }) => c.comment),
    ['安排周到'],
  );
  problem(await w.s.organizer.get(`/api/v1/events/${e.id}/survey`), 403);
});

test('summary: registrations vs sign-ins, incidents, findings, survey; edited; filed by the owner locks it and closes the event', async () => {
  const e = await w.newEvent();
  const noticeId = await w.meeting();
  const db = w.t.database.db;
  const [n] = await db.select().from(serviceNotices).where(eq(serviceNotices.id, noticeId));
  const session = await w.addSession(e.id, { bookingId: n!.bookingId });
  await w.addGuests(e.id, 4, { sessionIds: [session.id] });
  await db.insert(meetingAttendees).values(
    ['甲', '乙', '丙'].map((name, i) => ({
      propertyId: w.fx.propertyId,
      noticeId,
      name,
      signedInAt: i < 3 ? new Date('2026-06-04T08:50:00+08:00') : null,
    })),
  );
  await db.insert(meetingIncidents).values({
    propertyId: w.fx.propertyId,
    noticeId,
    kind: 'equipment_failure',
    description: '分会场话筒啸叫',
    reportedBy: w.ids.lead,
    reportedAt: new Date('2026-06-04T10:00:00+08:00'),
    resolvedAt: new Date('2026-06-04T10:05:00+08:00'),
  });
  problem(await w.s.lead.get(`/api/v1/events/${e.id}/summary`), 404, 'summary_not_drawn');
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/summary/draw`, {}), 403);
  problem(await w.s.organizer.get(`/api/v1/events/${e.id}/summary`), 403);
  const s = ok(await w.s.lead.post(`/api/v1/events/${e.id}/summary/draw`, {}));
  assert.equal(s.figures.registered, 4);
  assert.equal(s.figures.signedIn, 3);
  assert.equal(s.figures.attendanceRate, 0.75);
  assert.deepEqual(
    s.figures.sessions.map((x: { registered: number; signedIn: number }) => [x.registered, x.signedIn]),
    [[4, 3]],
  );
  assert.equal(s.figures.incidents.length, 1);
  const edited = ok(
    await w.s.lead.patch(`/api/v1/events/${e.id}/summary`, { sections: { overview: '会议圆满完成', problems: null }, version: s.version }),
  );
  assert.equal(edited.sections.overview, '会议圆满完成');
  problem(
    await w.s.lead.patch(`/api/v1/events/${e.id}/summary`, { sections: { overview: 'x' }, version: s.version }),
    409,
    'summary_stale',
  );
  const xlsx = await w.s.lead.get(`/api/v1/events/${e.id}/summary?format=xlsx`);
  assert.equal(xlsx.statusCode, 200);
  assert.match(String(xlsx.headers['content-type']), /spreadsheetml/);
  // Move the event to running, then the owner files.
  const ready = ok(await w.s.lead.patch(`/api/v1/events/${e.id}`, { status: 'ready', version: e.version }));
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}`, { status: 'running', version: ready.version }));
  problem(await w.s.gm.post(`/api/v1/events/${e.id}/summary/file`, { version: edited.version }), 403);
  const filed = ok(await w.s.lead.post(`/api/v1/events/${e.id}/summary/file`, { version: edited.version }));
  assert.equal(filed.status, 'filed');
  assert.equal(ok(await w.s.lead.get(`/api/v1/events/${e.id}`)).status, 'closed');
  assert.equal(await notificationCount(w.t.app.database.db, w.ids.gm, 'event.summary_filed'), 1);
  assert.equal(await audits(e.id, 'event_summary.filed'), 1);
  assert.equal(await audits(e.id, 'event.closed'), 1);
  problem(
    await w.s.lead.patch(`/api/v1/events/${e.id}/summary`, { sections: { overview: 'x' }, version: filed.version }),
    409,
    'summary_filed',
  );
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/summary/draw`, {}), 409, 'summary_filed');
  problem(await w.s.lead.post(`/api/v1/events/${e.id}/summary/file`, { version: filed.version }), 409, 'summary_filed');
  problem(await outsider.get(`/api/v1/events/${e.id}/summary`), 404);
});
