/**
 * npm run bench:events — on the PostgreSQL server (a fresh database `hy_bench_events`), through the real routes
 * (in-process inject, the event lead signed in): one property with 20 class-A rooms and two 600-seat halls, then
 *  - a 3-day programme of 20 sessions created in one request — every venue session booked through the booking
 *    rules, all or nothing (ms per programme, over 5 events in 5 different weeks), and its floor: 20 single-row
 *    INSERTs in one transaction through the same pool;
 *  - 1,000 registered guests roomed in 3 hotels by the auto-assign (ms per run, over 3 events), and its floor:
 *    one INSERT … SELECT of 1,000 rows;
 *  - the budget's recomputation against the live registrations of 1,000 guests (12 lines, all bases), ms p50/p99
 *    over N runs, and its floor: one count of the event's guests.
 */
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { recomputeBudget } from '../apps/server/src/domains/events/budget/budget.compute.ts';
import { emit, stats, timeIt, timeList, openBenchDatabase, seedBenchProperty, BENCH_PASSWORD } from './lib.ts';

const N = Number(process.env.BENCH_N ?? 50);
const GUESTS = Number(process.env.BENCH_GUESTS ?? 1000);

const { database, sqlc } = await openBenchDatabase('hy_bench_events', 10);
const q = (text: string, params: unknown[] = []) => sqlc.query(text, params);

// ---------- seed ----------
const seed = await seedBenchProperty(sqlc);
const pid = seed.pid;
await q(
  `update properties set settings = '{"leadTimes":{"A":{"value":1,"unit":"hours"},"B":{"value":1,"unit":"hours"},"C":{"value":1,"unit":"hours"}}}' where id = $1`,
  [pid],
);
await seed.user('bench_lead', '基准常务副总', 'event_lead');
const {
  rows: [{ id: bid }],
} = await q(`insert into buildings (property_id, code, name) values ($1, 'HY', '会议大厦') returning id`, [pid]);
const {
  rows: [{ id: orgId }],
} = await q(`insert into organizations (property_id, name) values ($1, '基准主办单位') returning id`, [pid]);
await q(
  `insert into venues (property_id, building_id, code, name, venue_type, venue_class, seats, layouts, default_layout, open_from, open_to)
   select $1, $2, 'R' || lpad(g::text, 2, '0'), '分会场' || g, 'discussion_room', 'A', case when g <= 2 then 600 else 80 end,
          '[{"layout":"discussion","capacity":600,"setupMinutes":30,"cleanupMinutes":30}]'::jsonb, 'discussion', '07:00', '22:00'
   from generate_series(1, 22) g`,
  [pid, bid],
);
const venues = (await q(`select id from venues where property_id = $1 order by code`, [pid])).rows.map((r) => r.id as string);

const config = { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false };
const app = await buildApp({ database, config });
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'bench_lead', password: BENCH_PASSWORD },
});
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const csrf = login.json().csrfToken as string;
const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => {
  const r = await app.inject({ method, url: `/api/v1${url}`, headers: { cookie, 'x-csrf-token': csrf }, ...(payload ? { payload } : {}) });
  if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body.slice(0, 400)}`);
  return r.body ? r.json() : null;
};

/** A Monday `weeks` weeks from now (Shanghai), as 'YYYY-MM-DD'. */
const mondayIn = (weeks: number) => {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7) + weeks * 7);
  return d.toISOString().slice(0, 10);
};
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+08:00`;

async function newEvent(startsOn: string, days: number) {
  return call('POST', '/events', {
    propertyId: pid,
    name: `基准会务 ${startsOn}`,
    hostUnit: '基准主办单位',
    organizationId: orgId,
    startsOn,
    endsOn: addDays(startsOn, days - 1),
    expectedCount: GUESTS,
    contactName: '李四',
    contactPhone: '13900000000',
  });
}

/** 20 sessions over three days: a plenary and a closing plenary in the halls, 6 group sessions a day in the rooms, the rest visits and meals. */
function programmeOf(day1: string) {
  const sessions: object[] = [];
  const days = [day1, addDays(day1, 1), addDays(day1, 2)];
  sessions.push({
    kind: 'plenary',
    title: '开幕式暨全体大会',
    startsAt: at(days[0]!, '09:00'),
    endsAt: at(days[0]!, '11:30'),
    venueId: venues[0],
    expectedCount: 500,
  });
  for (const [d, day] of days.entries())
    for (let g = 0; g < 6; g++)
      sessions.push({
        kind: 'group',
        title: `第${g + 1}分组讨论（第${d + 1}天）`,
        startsAt: at(day, '14:00'),
        endsAt: at(day, '17:00'),
        venueId: venues[2 + g + d * 6],
        expectedCount: 60,
      });
  sessions.push({
    kind: 'plenary',
    title: '闭幕式',
    startsAt: at(days[2]!, '09:00'),
    endsAt: at(days[2]!, '11:00'),
    venueId: venues[1],
    expectedCount: 500,
  });
  return { sessions };
}

// ---------- programme: 20 sessions with their bookings, all or nothing ----------
const programmeMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const e = await newEvent(mondayIn(2 + i), 3);
  const t = performance.now();
  const r = await call('POST', `/events/${e.id}/programme`, programmeOf(e.startsOn));
  programmeMs.push(performance.now() - t);
  if (i === 0) {
    const booked = (r.sessions as { booking: unknown }[]).filter((s) => s.booking).length;
    if (booked < 20) throw new Error(`programme booked only ${booked} sessions`);
  }
}
const floorSessions: number[] = [];
const eFloor = await newEvent(mondayIn(12), 3);
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await database.db.transaction(async (tx) => {
    for (let k = 0; k < 20; k++)
      await tx.execute(
        sql`insert into event_sessions (event_id, property_id, kind, title, starts_at, ends_at) values (${eFloor.id}, ${pid}, 'other', ${'floor ' + k}, now(), now() + interval '1 hour')`,
      );
  });
  floorSessions.push(performance.now() - t);
}
const ps = stats(programmeMs);
const fs = stats(floorSessions);
emit('programme_20_sessions_ms_p50', ps.p50, { n: programmeMs.length, floor_ms_p50: fs.p50, ratio: +(ps.p50 / fs.p50).toFixed(1) });

// ---------- rooming: 1,000 guests into 3 hotels ----------
async function guestsFor(eventId: string, startsOn: string) {
  await q(
    `insert into event_guests (event_id, property_id, name, organization, gender, phone, invite_token, rsvp, registered_at, vip,
                               hotel_wish, room_share, attend_days, meals, arrival_at, departure_at)
     select $1, $2, '嘉宾' || g, '单位' || (g % 40), case when g % 3 = 0 then 'f' else 'm' end, '139' || lpad(g::text, 8, '0'),
            md5(random()::text || g), 'registered', now(), g <= 20, 'needed', case when g <= 20 then 'single' else 'any' end,
            array[$3::date, $3::date + 1, $3::date + 2], array[$3 || ':lunch', $3 || ':dinner'],
            ($3::date - 1 + time '15:00') at time zone 'Asia/Shanghai', ($3::date + 2 + time '17:00') at time zone 'Asia/Shanghai'
     from generate_series(1, $4::int) g`,
    [eventId, pid, startsOn, GUESTS],
  );
}
const roomingMs: number[] = [];
let budgetEvent: { id: string; startsOn: string } | null = null;
for (let i = 0; i < 3; i++) {
  const e = await newEvent(mondayIn(20 + i), 3);
  await guestsFor(e.id, e.startsOn);
  for (const [h, name] of ['五洲宾馆', '会展中心希尔顿', '京基洲际'].entries()) {
    const hotel = await call('POST', `/events/${e.id}/hotels`, { name, address: `深圳市福田区${h + 1}号` });
    const hotelId = hotel.id as string;
    for (const [roomType, rooms] of [
      ['twin', 180],
      ['single', 30],
    ] as const)
      await call('PUT', `/events/${e.id}/hotels/${hotelId}/blocks`, {
        roomType,
        from: addDays(e.startsOn, -1),
        to: addDays(e.startsOn, 2),
        rooms,
        priceFen: roomType === 'twin' ? 58000 : 68000,
        releaseOn: addDays(e.startsOn, -7),
      });
  }
  const t = performance.now();
  const r = await call('POST', `/events/${e.id}/rooming/auto`, {});
  roomingMs.push(performance.now() - t);
  if (i === 0) emit('rooming_guests_placed', r.placed, { of: GUESTS, unplaced: r.unplaced.length });
  budgetEvent = e;
}
const tFloor = performance.now();
await q(`create temp table floor_rooms as select g as id, md5(g::text) as v from generate_series(1, $1::int) g`, [GUESTS]);
const roomingFloor = performance.now() - tFloor;
const rs = stats(roomingMs);
emit('rooming_1000_guests_3_hotels_ms_p50', rs.p50, {
  n: roomingMs.length,
  floor_ms: +roomingFloor.toFixed(1),
  ratio: +(rs.p50 / roomingFloor).toFixed(1),
});

// ---------- budget recomputation against the live registrations ----------
const eid = budgetEvent!.id;
const v = await call('POST', `/events/${eid}/budget/versions`, {});
const draft = (v.versions as { id: string; status: string; rowVersion: number }[]).find((x) => x.status === 'draft')!;
const lines = [
  ['venue', '场地费', 'per_day', 1200000, 1],
  ['accommodation', '住宿', 'per_night', 58000, 1],
  ['transport', '用车', 'per_vehicle', 160000, 1],
  ['catering', '午餐', 'per_cover', 8000, 1],
  ['catering', '茶歇', 'per_guest', 2500, 2],
  ['materials', '胸牌', 'per_guest', 300, 1],
  ['materials', '会议用品', 'per_guest', 1500, 1],
  ['printing', '会议手册', 'per_guest', 1800, 1],
  ['gifts', '纪念品', 'per_guest', 6000, 1],
  ['overtime', '工作人员加班', 'per_day', 300000, 1],
  ['equipment', '设备租赁', 'fixed', 2500000, 1],
  ['other', '不可预见费', 'fixed', 1000000, 1],
].map(([category, name, basis, unitFen, quantity]) => ({ category, name, basis, unitFen, quantity }));
await call('PUT', `/events/${eid}/budget/versions/${draft.id}/lines`, { lines, rowVersion: draft.rowVersion });
const recompute = stats(await timeIt(N, async () => void (await recomputeBudget(database.db, eid)), 5));
const countFloor = stats(await timeIt(N, async () => void (await q(`select count(*) from event_guests where event_id = $1`, [eid])), 5));
emit('budget_recompute_1000_guests_ms_p50', recompute.p50, {
  n: N,
  p99: recompute.p99,
  floor_ms_p50: countFloor.p50,
  ratio: +(recompute.p50 / countFloor.p50).toFixed(1),
});
emit('budget_recompute_1000_guests_ms_p99', recompute.p99, { n: N });

// ---------- the lists the web shows (the event lead signed in) ----------
// Four years of history first: 400 closed events of the property (2 a week), each with 300 guests.
const HISTORY = Number(process.env.BENCH_EVENTS_HISTORY ?? 400);
const {
  rows: [{ id: lead }],
} = await q(`select id from users where username = 'bench_lead'`);
await q(
  `insert into events (property_id, number, name, host_unit, organization_id, starts_on, ends_on, expected_count, status, owner_id,
                       created_by, created_at)
   select $1, 'HW-H' || lpad(g::text, 5, '0'), '历史会务 ' || g, '主办单位' || (g % 60), $2, d, d + 2, 300,
          case when g % 50 = 0 then 'cancelled' else 'closed' end, $3, $3, d - 30
   from generate_series(1, $4::int) g, lateral (select current_date - 7 - g * 3 as d) x`,
  [pid, orgId, lead, HISTORY],
);
await q(
  `insert into event_guests (event_id, property_id, name, organization, gender, phone, invite_token, rsvp, registered_at, vip)
   select e.id, $1, '嘉宾' || g, '单位' || (g % 40), case when g % 3 = 0 then 'f' else 'm' end, '139' || lpad(g::text, 8, '0'),
          md5(e.id::text || g), case when g % 10 = 0 then 'declined' else 'registered' end, e.created_at, g <= 10
   from events e cross join generate_series(1, 300) g where e.property_id = $1 and e.number like 'HW-H%'`,
  [pid],
);
await q('analyze');
const LIST_N = Number(process.env.BENCH_LIST_N ?? 200);
const LIST_MAX_S = Number(process.env.BENCH_LIST_MAX_S ?? 20);
/** Times GET `path(i)` (10 warm-ups, then LIST_N samples or LIST_MAX_S seconds); prints p50/p99, the rows and the answer's size. */
async function list(name: string, path: (i: number) => string) {
  await timeList(app, `events_list_${name}`, path, cookie, { n: LIST_N, maxS: LIST_MAX_S });
}
const programmed = (await q(`select event_id from event_sessions where property_id = $1 and kind = 'plenary' limit 1`, [pid])).rows[0]
  .event_id as string;
const hotelId = (await q(`select id from event_hotels where event_id = $1 limit 1`, [eid])).rows[0]?.id as string | undefined;
const ORGS = Array.from({ length: 40 }, (_, k) => `单位${k}`);
await list('events', () => `/events?propertyId=${pid}`);
await list('events_status', (i) => `/events?propertyId=${pid}&status=${['planning', 'closed', 'cancelled'][i % 3]}`);
await list('guests', () => `/events/${eid}/guests`);
await list('guests_q', (i) => `/events/${eid}/guests?q=${encodeURIComponent(`嘉宾${1 + ((i * 37) % GUESTS)}`)}`);
await list('guests_organization', (i) => `/events/${eid}/guests?organization=${encodeURIComponent(ORGS[i % 40]!)}`);
await list('guests_counts', () => `/events/${eid}/guests/counts`);
await list('rooming', () => `/events/${eid}/rooming`);
if (hotelId) await list('hotel_plan', () => `/events/${eid}/hotels/${hotelId}/plan`);
await list('programme', () => `/events/${programmed}/programme`);
await list('transport', () => `/events/${eid}/transport`);
await list('catering', () => `/events/${eid}/catering`);
await list('budget', () => `/events/${eid}/budget`);

await app.close();
await sqlc.end();
