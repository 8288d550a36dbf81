/** Completing a meeting task with photos (issue 11): attached in the completion's transaction, validated, served to readers of the task only. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { problem, ok, TestClock } from '../../../test/helpers.ts';
import { jpeg, uploadAs } from '../../../test/uploads.ts';
import { meetingsWorldWithNotices, type MeetingsWorldWithNotices } from '../../../test/builders.ts';

const clock = new TestClock(new Date('2026-06-01T09:00:00+08:00'));
let w: MeetingsWorldWithNotices;

before(async () => (w = await meetingsWorldWithNotices(clock)));
after(async () => w.t.close());

test('a cleaner completes a task with photos; bad photo ids roll the completion back; readers of the task see them, nobody else', async () => {
  const { s, fx, hallNotice, tasksOf, auditOf } = w;
  const [first, second] = await tasksOf(hallNotice, 'cleaning');
  assert.ok(first && second, 'the hall meeting has cleaning tasks');
  const photo = async (who = s.cleaner) =>
    ok(await uploadAs(who, fx.propertyId, { filename: 'done.jpg', type: 'image/jpeg', data: await jpeg(800, 600) }), 201);
  const mine = await photo();
  const notMine = await photo(s.av);
  const complete = (id: string, body: object) => s.cleaner.post(`/api/v1/tasks/${id}/complete`, body);

  // Someone else's upload: 422 naming the field; the task stays open (one transaction).
  const refused = problem(await complete(first.id, { note: '已清洁', photoIds: [mine.id, notMine.id] }), 422, 'file_not_attachable');
  assert.deepEqual(
    refused.fields?.map((f) => f.path),
    ['photoIds'],
  );
  problem(await complete(first.id, { photoIds: ['not-a-uuid'] }), 400, 'validation_failed');
  problem(await complete(first.id, { photoIds: Array.from({ length: 10 }, () => mine.id) }), 400, 'validation_failed');
  const still = ok(await s.assistant.get(`/api/v1/service-notices/${hallNotice}`)).departments.find(
    (d: any) => d.department === 'cleaning',
  );
  assert.equal(still.tasks.find((x: any) => x.id === first.id).status, 'open', 'the completion rolled back');

  const done = ok(await complete(first.id, { note: '已清洁', photoIds: [mine.id] }));
  assert.equal(done.status, 'done');
  assert.deepEqual(
    done.photos.map((p: { id: string; url: string }) => [p.id, p.url]),
    [[mine.id, `/api/v1/files/${mine.id}`]],
  );
  const [event] = await auditOf(first.id, 'meeting_task.completed');
  assert.deepEqual((event!.meta as { photoIds: string[] }).photoIds, [mine.id]);
  // A photo serves one record: not attachable a second time.
  problem(await complete(second.id, { photoIds: [mine.id] }), 422, 'file_not_attachable');

  // The notice's task board and the department board carry the photos.
  const detail = ok(await s.assistant.get(`/api/v1/service-notices/${hallNotice}`));
  const shown = detail.departments.find((d: any) => d.department === 'cleaning').tasks.find((x: any) => x.id === first.id);
  assert.equal(shown.photos[0].id, mine.id);
  const board = ok(
    await s.cleaner.get(`/api/v1/tasks?propertyId=${fx.propertyId}&from=2026-06-01T00:00:00%2B08:00&to=2026-06-08T00:00:00%2B08:00`),
  );
  assert.equal(board.data.find((x: any) => x.id === first.id).photos[0].id, mine.id);
  // Served to those who read the meeting (staff), not to an organizer of another unit.
  for (const who of [s.cleaner, s.security, s.assistant]) assert.equal((await who.get(mine.url)).statusCode, 200);
  problem(await s.otherOrganizer.get(mine.url), 404);
});
