/** Staffing of meetings: staff records, rosters, assignments and confidential meetings. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock, type Session } from '../../../test/helpers.ts';
import { juneAt, meetingsWorldWithNotices, type MeetingsWorldWithNotices } from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorldWithNotices;

before(async () => (w = await meetingsWorldWithNotices(clock)));
after(async () => w.t.close());

test('staffing: records with background check and 授权上岗, rosters at seed hours with holiday overtime, assignments with warnings, confidential meetings', async () => {
  const { fx, v, s, ids, meeting, auditOf, tasksOf, hallNotice, roomNotice } = w;
  const profile = (who: Session, userId: string, body: Record<string, unknown>) =>
    who.put(`/api/v1/staff/${userId}/profile`, { propertyId: fx.propertyId, ...body });
  problem(await profile(s.dispatcher, ids.staff!, {}), 403, 'forbidden');
  problem(await profile(s.admin, ids.organizer!, {}), 400, 'validation_failed');
  problem(await profile(s.admin, ids.staff!, { confidentialAuthorised: true }), 422, 'background_check_missing');
  problem(
    await profile(s.admin, ids.staff!, {
      confidentialAuthorised: true,
      backgroundCheckNo: 'WF-2026-001',
      backgroundCheckUntil: '2026-05-31',
    }),
    422,
    'background_check_missing',
  );
  const p = ok(
    await profile(s.admin, ids.staff!, {
      post: '会议服务员',
      trainings: [{ name: '保密教育', date: '2026-05-20' }],
      confidentialAuthorised: true,
      backgroundCheckNo: 'WF-2026-001',
      backgroundCheckUntil: '2027-05-31',
    }),
  );
  assert.deepEqual([p.confidentialAuthorised, p.authorisedBy], [true, ids.admin]);
  const staffList = ok(await s.assistant.get(`/api/v1/staff?propertyId=${fx.propertyId}`)).data;
  assert.ok(
    staffList.some((x: any) => x.id === ids.staff && x.profile?.confidentialAuthorised) &&
      !staffList.some((x: any) => x.id === ids.organizer),
  );

  // Rosters: Mon–Fri at 8:00–18:00 (meeting staff) and 7:30–17:30 (cleaners); a Saturday shift is overtime.
  const rosterWeek = (userIds: unknown[]) =>
    s.assistant.post('/api/v1/staff-rosters/generate', { propertyId: fx.propertyId, userIds, from: '2026-06-01', to: '2026-06-07' });
  assert.deepEqual(ok(await rosterWeek([ids.staff, ids.cleaner])), { created: 10, skipped: 0 });
  assert.deepEqual(ok(await rosterWeek([ids.staff])), { created: 0, skipped: 5 });
  problem(await rosterWeek([ids.admin]), 400, 'validation_failed');
  const saturdayShift = (from: string, to: string) =>
    s.assistant.post('/api/v1/staff-shifts', {
      propertyId: fx.propertyId,
      userId: ids.staff,
      startsAt: juneAt('06', from),
      endsAt: juneAt('06', to),
    });
  const sat = ok(await saturdayShift('08:00', '12:00'), 201);
  assert.equal(sat.overtime, true);
  problem(await saturdayShift('12:00', '08:00'), 400, 'validation_failed');
  const shifts = ok(
    await s.assistant.get(
      `/api/v1/staff-shifts?propertyId=${fx.propertyId}&from=${encodeURIComponent(juneAt('01', '00:00'))}&to=${encodeURIComponent(juneAt('08', '00:00'))}`,
    ),
  );
  const cleanerShift = shifts.data.find((x: any) => x.userId === ids.cleaner);
  assert.equal(new Date(cleanerShift.startsAt).toISOString(), new Date(juneAt('01', '07:30')).toISOString());
  assert.deepEqual(
    shifts.totals.find((x: any) => x.userId === ids.staff),
    { userId: ids.staff, name: shifts.totals.find((x: any) => x.userId === ids.staff).name, hours: 54, overtimeHours: 4 },
  );

  // The confidential meeting: only authorised staff may be assigned; unassigned staff do not see it.
  const roomTask = (await tasksOf(roomNotice, 'meeting_staff'))[0]!;
  problem(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff2 }), 422, 'staff_not_authorised');
  problem(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.av }), 422, 'staff_wrong_department');
  problem(await s.staff.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff }), 404, 'not_found'); // not assigned yet: the meeting does not exist for them (M12)
  problem(await s.staff.get(`/api/v1/service-notices/${roomNotice}`), 404, 'not_found');
  const day3 = `propertyId=${fx.propertyId}&from=${encodeURIComponent(juneAt('02', '00:00'))}&to=${encodeURIComponent(juneAt('04', '00:00'))}`;
  const listed = async (who: typeof s.staff) => {
    const board = ok(await who.get(`/api/v1/tasks?${day3}&department=meeting_staff`));
    return {
      notices: ok(await who.get(`/api/v1/service-notices?${day3}`)).data.filter((x: any) => x.id === roomNotice),
      tasks: board.data.filter((x: any) => x.noticeId === roomNotice),
      meeting: board.meetings[roomNotice] ?? null,
    };
  };
  assert.deepEqual(await listed(s.staff), { notices: [], tasks: [], meeting: null });
  const a = ok(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff }), 201);
  problem(await s.assistant.post(`/api/v1/tasks/${roomTask.id}/assignments`, { userId: ids.staff }), 409, 'duplicate');
  assert.ok(Array.isArray(a.warnings));
  ok(await s.staff.get(`/api/v1/service-notices/${roomNotice}`));
  // Lists: the assigned, authorised staff member now sees it with its name; others still do not; the service center always does.
  const mine = await listed(s.staff);
  assert.deepEqual(
    mine.notices.map((x: any) => [x.meetingName, x.confidentiality]),
    [['内部协调会', 'confidential']],
  );
  assert.ok(mine.tasks.length > 0 && mine.meeting.name === '内部协调会');
  assert.deepEqual(await listed(s.staff2), { notices: [], tasks: [], meeting: null });
  assert.equal((await listed(s.assistant)).notices.length, 1);
  problem(await s.staff2.get(`/api/v1/service-notices/${roomNotice}`), 404, 'not_found');
  problem(await s.staff2.get(`/api/v1/service-notices/${roomNotice}/print`), 404, 'not_found');
  assert.ok((await auditOf(roomNotice, 'service_notice.viewed')).some((e) => e.actorId === ids.staff));
  assert.equal((await auditOf(hallNotice, 'service_notice.viewed')).length, 0);

  // Warnings: none inside the shift; outside_shift for someone without a roster; double_assignment for an overlapping meeting.
  const inShift = (await tasksOf(hallNotice, 'meeting_staff')).find(
    (x) => new Date(x.dueAt) >= new Date(juneAt('04', '08:00')) && new Date(x.dueAt) < new Date(juneAt('04', '18:00')),
  )!;
  assert.ok(inShift);
  assert.deepEqual(ok(await s.assistant.post(`/api/v1/tasks/${inShift.id}/assignments`, { userId: ids.staff }), 201).warnings, []);
  assert.deepEqual(ok(await s.assistant.post(`/api/v1/tasks/${inShift.id}/assignments`, { userId: ids.staff2 }), 201).warnings, [
    'outside_shift',
  ]);
  const third = await meeting({
    venueId: v.room,
    startAt: juneAt('04', '15:00'),
    endAt: juneAt('04', '16:00'),
    attendeeCount: 10,
    topic: '碰头会',
    application: undefined,
  });
  const thirdTask = (await tasksOf(third, 'meeting_staff')).find((x) => new Date(x.dueAt) >= new Date(juneAt('04', '08:00')))!;
  const dbl = ok(await s.assistant.post(`/api/v1/tasks/${thirdTask.id}/assignments`, { userId: ids.staff }), 201);
  assert.ok(dbl.warnings.includes('double_assignment'));
  assert.ok(dbl.conflicts.length >= 1);
  ok(await s.assistant.del(`/api/v1/tasks/${thirdTask.id}/assignments/${ids.staff}`));
  problem(await s.assistant.del(`/api/v1/tasks/${thirdTask.id}/assignments/${ids.staff}`), 404, 'not_found');
  assert.equal(ok(await s.assistant.get(`/api/v1/service-notices/${hallNotice}/assignments`)).data.length, 2);
});
