import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../../db/schema/index.ts';
import { notificationCount } from '../../../test/builders.ts';
import { ok, problem, signedIn, TestClock, type Session } from '../../../test/helpers.ts';
import { eventsWorld, type EventsWorld } from '../events.fixture.ts';
import { cateringCosts, cateringFigure } from './catering.costs.ts';
import { sendDueCounts } from './catering.jobs.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const clock = new TestClock(new Date('2026-05-11T09:00:00+08:00'));
let w: EventsWorld;
let outsider: Session;

before(async () => {
  w = await eventsWorld(clock);
  const other = await (await import('../../../test/helpers.ts')).makeProperty(w.t.app, '另一个项目');
  outsider = await signedIn(w.t.app, other.propertyId, ['event_lead']);
});
after(() => w.t.close());

interface Meal {
  id: string;
  day: string;
  kind: string;
  time: string;
  planned: number;
  registered: number;
  dietary: Record<string, number>;
  menus: { id: string; name: string; chosen: boolean }[];
  priceFen: number;
  orderedCount: number | null;
  state: string;
}
const lunchOf = (v: { meals: Meal[] }, day = '2026-06-04') => v.meals.find((m) => m.day === day && m.kind === 'lunch')!;

/** An event with its default meals; 黄丽娟-like `staff` (meeting_staff) leads its 后勤保障组, `cleaner` is a member. */
async function setUp(over: Record<string, unknown> = {}) {
  const e = await w.newEvent(over);
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${e.groups[1].id}`, { leaderId: w.ids.staff, memberIds: [w.ids.cleaner] }));
  const v = ok(
    await w.s.staff.post(`/api/v1/events/${e.id}/catering/defaults`, {
      place: '五洲宾馆二楼宴会厅',
      catererName: '深圳市鹏城餐饮服务有限公司',
      catererPhone: '0755-83001234',
    }),
  );
  return { e, v };
}

test('the counts job (run first: no other event’s meals are due) freezes each due meal once and tells the 后勤保障组; a later registration does not move the ordered count', async () => {
  const { e } = await setUp();
  await w.addGuests(e.id, 5, { dietary: 'halal' });
  const db = w.t.database.db;
  const before = await notificationCount(db, w.ids.staff, 'event.catering_counts');
  // 24 h before Thursday lunch: the morning tea (10:15) and lunch (12:00) of 06-04 are due; nothing else yet.
  const at = new Date('2026-06-03T12:00:00+08:00');
  assert.equal(await sendDueCounts(db, at), 2);
  assert.equal(await sendDueCounts(db, at), 0, 'once');
  assert.equal(await notificationCount(db, w.ids.staff, 'event.catering_counts'), before + 2);
  assert.equal(await notificationCount(db, w.ids.cleaner, 'event.catering_counts'), 2);
  await w.addGuests(e.id, 2);
  const v = ok(await w.s.staff.get(`/api/v1/events/${e.id}/catering`));
  const lunch = lunchOf(v);
  assert.equal(lunch.orderedCount, 5);
  assert.equal(lunch.planned, 7);
  assert.equal(lunch.state, 'ordered');
  // By hand: the count is sent again with today's figure.
  const again = ok(await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/confirm`, {}));
  assert.equal(lunchOf(again).orderedCount, 7);
  problem(await w.s.staff.del(`/api/v1/events/${e.id}/catering/meals/${lunch.id}`), 409, 'meal_ordered');
});

test('defaults: four meals per day at once, again changes nothing; the lunch count follows the registrations with dietary counts', async () => {
  const { e, v } = await setUp();
  assert.equal(v.meals.length, 8);
  assert.deepEqual(
    v.meals.filter((m: Meal) => m.day === '2026-06-04').map((m: Meal) => `${m.time} ${m.kind}`),
    ['10:15 tea', '12:00 lunch', '15:30 tea', '18:00 dinner'],
  );
  assert.equal(ok(await w.s.staff.post(`/api/v1/events/${e.id}/catering/defaults`, {})).meals.length, 8);
  assert.equal(lunchOf(v).planned, 0);
  await w.addGuests(e.id, 3);
  let now = ok(await w.s.staff.get(`/api/v1/events/${e.id}/catering`));
  assert.equal(lunchOf(now).planned, 3);
  // One more registered guest, vegetarian → +1, counted as vegetarian; a tea break counts the day's attendance.
  await w.addGuests(e.id, 1, { dietary: 'vegetarian' });
  await w.addGuests(e.id, 1, { rsvp: 'invited', registeredAt: null });
  now = ok(await w.s.staff.get(`/api/v1/events/${e.id}/catering`));
  assert.equal(lunchOf(now).planned, 4);
  assert.deepEqual(lunchOf(now).dietary, { vegetarian: 1 });
  assert.equal(now.meals.find((m: Meal) => m.kind === 'tea')!.planned, 4);
  assert.equal(lunchOf(now, '2026-06-05').planned, 4);
  assert.equal(now.meals.find((m: Meal) => m.day === '2026-06-05' && m.kind === 'dinner')!.planned, 0);
  // Staff meals entered by hand add to the plan.
  now = ok(await w.s.staff.patch(`/api/v1/events/${e.id}/catering/meals/${lunchOf(now).id}`, { staffCount: 6 }));
  assert.equal(lunchOf(now).planned, 10);
  assert.equal(
    await cateringFigure(w.t.database.db, e.id),
    now.meals.reduce((s: number, m: Meal) => s + m.planned, 0),
  );
});

test('menus: options added, one chosen by the 后勤保障组 sets the price; others of the team may not choose', async () => {
  const { e, v } = await setUp();
  const lunch = lunchOf(v);
  ok(
    await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/menus`, {
      name: '标准桌餐',
      dishes: ['白切鸡', '清蒸鲈鱼'],
      priceFen: 8000,
    }),
    201,
  );
  const after = ok(
    await w.s.cleaner.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/menus`, { name: '商务自助', priceFen: 12000 }),
    201,
  );
  const [std, buffet] = lunchOf(after).menus;
  const chosen = ok(await w.s.cleaner.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/menus/${buffet!.id}/choose`, {}));
  assert.equal(lunchOf(chosen).priceFen, 12000);
  assert.deepEqual(
    lunchOf(chosen).menus.map((m) => m.chosen),
    [false, true],
  );
  const byLead = ok(await w.s.lead.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/menus/${std!.id}/choose`, {}));
  assert.equal(lunchOf(byLead).priceFen, 8000);
  // A member of the secretariat works on the event but does not choose.
  ok(await w.s.lead.patch(`/api/v1/events/${e.id}/groups/${e.groups[0].id}`, { memberIds: [w.ids.av] }));
  problem(await w.s.av.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/menus/${std!.id}/choose`, {}), 403, 'meal_not_chooser');
  problem(await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/menus/${e.id}/choose`, {}), 404);
  const rows = await w.t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, lunch.id), eq(auditEvents.action, 'event_meal.menu_chosen')));
  assert.equal(rows.length, 2);
});

test('the real count: not before the meal (422), signed with the caterer’s signature once (409); costs count served meals only', async () => {
  // An event held today (the clock: Monday 2026-05-11 09:00): breakfast at 07:30 is over, lunch at 12:00 is not.
  const { e, v } = await setUp({ startsOn: '2026-05-11', endsOn: '2026-05-12' });
  await w.addGuests(e.id, 4, { attendDays: ['2026-05-11'], meals: ['2026-05-11:breakfast', '2026-05-11:lunch'] });
  const made = ok(
    await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals`, { day: '2026-05-11', kind: 'breakfast', time: '07:30', style: 'buffet' }),
    201,
  );
  const bf = made.meals.find((m: Meal) => m.kind === 'breakfast')! as Meal;
  assert.equal(bf.planned, 4);
  const menu = (
    ok(await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${bf.id}/menus`, { name: '标准桌餐', priceFen: 8000 }), 201)
      .meals as Meal[]
  ).find((m) => m.id === bf.id)!.menus[0]!;
  ok(await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${bf.id}/menus/${menu.id}/choose`, {}));
  const sig = ok(await w.s.staff.post('/api/v1/signatures', { propertyId: w.fx.propertyId, signerName: '王师傅', image: PNG }), 201);
  const body = { actualCount: 3, signerName: '王师傅', signatureFileId: sig.id };
  const lunch = lunchOf(v, '2026-05-11');
  problem(await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${lunch.id}/sign`, body), 422, 'meal_count_before_meal');
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/catering/meals/${bf.id}/sign`, body), 403);
  const signed = ok(await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${bf.id}/sign`, body));
  assert.equal((signed.meals as Meal[]).find((m) => m.id === bf.id)!.state, 'served');
  const sig2 = ok(await w.s.staff.post('/api/v1/signatures', { propertyId: w.fx.propertyId, signerName: '王师傅', image: PNG }), 201);
  problem(
    await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals/${bf.id}/sign`, { ...body, signatureFileId: sig2.id }),
    409,
    'meal_already_signed',
  );
  const costs = await cateringCosts(w.t.database.db, e.id);
  assert.deepEqual(
    costs.map((c) => [c.category, c.qty, c.unitFen, c.amountFen, c.source]),
    [['catering', 3, 8000, 24000, `meal:${bf.id}`]],
  );
  assert.match(costs[0]!.name, /2026-05-11 早餐 标准桌餐/);
  // Covers: the served breakfast by its real count (3), the rest by their plans.
  assert.equal(
    await cateringFigure(w.t.database.db, e.id),
    3 + (signed.meals as Meal[]).filter((m) => m.id !== bf.id).reduce((s, m) => s + m.planned, 0),
  );
  const res = await w.s.staff.get(`/api/v1/events/${e.id}/catering/order-sheet`);
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /spreadsheetml/);
});

test('who: staff read, another property and strangers get 404, the organizer reads but does not write, bad input 400/422', async () => {
  const { e, v } = await setUp();
  ok(await w.s.dispatcher.get(`/api/v1/events/${e.id}/catering`));
  ok(await w.s.organizer.get(`/api/v1/events/${e.id}/catering`));
  problem(await w.s.otherOrganizer.get(`/api/v1/events/${e.id}/catering`), 404);
  problem(await outsider.get(`/api/v1/events/${e.id}/catering`), 404);
  problem(await outsider.post(`/api/v1/events/${e.id}/catering/defaults`, {}), 404);
  problem(await w.s.organizer.post(`/api/v1/events/${e.id}/catering/defaults`, {}), 403);
  problem(await w.s.dispatcher.post(`/api/v1/events/${e.id}/catering/meals/${lunchOf(v).id}/confirm`, {}), 403);
  problem(
    await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals`, { day: '2026-06-09', kind: 'lunch', time: '12:00' }),
    422,
    'meal_day_outside',
  );
  problem(
    await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals`, { day: '2026-06-04', kind: 'lunch', time: '12:00' }),
    409,
    'meal_exists',
  );
  problem(await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals`, { day: '2026-06-04', kind: 'supper', time: '21:00' }), 400);
  const made = ok(
    await w.s.staff.post(`/api/v1/events/${e.id}/catering/meals`, { day: '2026-06-05', kind: 'breakfast', time: '07:30', style: 'buffet' }),
    201,
  );
  assert.equal(made.meals.length, 9);
  const bf = made.meals.find((m: Meal) => m.kind === 'breakfast')!;
  assert.equal(ok(await w.s.staff.del(`/api/v1/events/${e.id}/catering/meals/${bf.id}`)).meals.length, 8);
});
