/**
 * npm run bench:services — on the PostgreSQL server (a fresh database `hy_bench_services`), prints JSON lines for
 *  - issuing the service notice and its tasks for a 1,200-seat C-class main-hall meeting (syncBooking, p50/p99 ms),
 *  - a department board (GET /api/v1/tasks, meeting staff) for a day with 300 meetings (p50/p99 ms, over HTTP inject).
 */
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { hashPassword } from '../apps/server/src/domains/identity/index.ts';
import { syncBooking, syncPending } from '../apps/server/src/domains/meetings/index.ts';
import { emit, stats, timeIt, freshBenchDatabase } from './lib.ts';

const ISSUES = Number(process.env.BENCH_ISSUES ?? 200);
const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 300);
const BOARDS = Number(process.env.BENCH_BOARDS ?? 200);

const url = await freshBenchDatabase('hy_bench_services');
const database = await openDatabase({ databaseUrl: url, poolSize: 10 });
await migrate(database);
const sqlc = new pg.Client({ connectionString: url });
await sqlc.connect();

const password = 'Bench#2026pw';
const {
  rows: [{ id: pid }],
} = await sqlc.query(`insert into properties (code, name) values ('BENCH', '基准测试项目') returning id`);
const {
  rows: [{ id: bid }],
} = await sqlc.query(`insert into buildings (property_id, code, name) values ($1, 'HYDS', '会议大厦') returning id`, [pid]);
const {
  rows: [{ id: hall }],
} = await sqlc.query(
  `insert into venues (property_id, building_id, code, name, venue_type, venue_class, seats, layouts, default_layout)
  values ($1, $2, 'HY-0101', '会议大厦主会场', 'main_hall', 'C', 1200, '[{"layout":"theatre","capacity":1200}]', 'theatre') returning id`,
  [pid, bid],
);
await sqlc.query(
  `insert into venues (property_id, building_id, code, name, venue_type, venue_class, seats, layouts, default_layout)
  select $1, $2, 'R' || g, '会议室' || g, case when g % 6 = 0 then 'theatre_hall' else 'discussion_room' end, case when g % 6 = 0 then 'C' when g % 3 = 0 then 'B' else 'A' end,
         200, '[{"layout":"discussion","capacity":200}]', 'discussion' from generate_series(1, 60) g`,
  [pid, bid],
);
const {
  rows: [{ id: uid }],
} = await sqlc.query(`insert into users (username, display_name, password_hash) values ('bench_staff', '基准会务', $1) returning id`, [
  await hashPassword(password),
]);
await sqlc.query(`insert into user_roles (user_id, property_id, role) values ($1, $2, 'meeting_staff'), ($1, $2, 'dispatcher')`, [
  uid,
  pid,
]);

const services = JSON.stringify([
  { code: 'microphones', qty: 8 },
  { code: 'recording' },
  { code: 'sign_in_desk' },
  { code: 'water', kind: 'bottled' },
]);
const insertBooking = async (venue: string, start: Date, minutes: number, attendees: number, n: string) =>
  (
    await sqlc.query(
      `
  insert into bookings (property_id, number, venue_id, start_at, end_at, status, organizer_unit, contact_name, contact_phone, topic, attendee_count,
                        services, importance, channel, created_by, requested_at)
  values ($1, $2, $3, $4, $5, 'confirmed', '市发改委', '张晓东', '0755-28301102', '全市经济工作会议', $6, $7, 'important', 'phone', $8, now()) returning id`,
      [pid, n, venue, start, new Date(start.getTime() + minutes * 60_000), attendees, services, uid],
    )
  ).rows[0].id as string;

// ---- notice + tasks for a 1,200-seat C-class meeting ----
const day0 = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 5, 6)); // 14:00 Beijing, next January
const now = new Date();
const halls: string[] = [];
for (let i = 0; i < ISSUES + 20; i++)
  halls.push(await insertBooking(hall, new Date(day0.getTime() + i * 86_400_000), 180, 1200, `HY-B-${i}`));
for (let i = 0; i < 20; i++) await syncBooking(database.db, halls[i]!, now); // warm-up
const issue = stats(await timeIt(ISSUES, async (i) => void (await syncBooking(database.db, halls[i + 20]!, now)), 0));
const {
  rows: [{ n: taskCount }],
} = await sqlc.query(`select count(*)::int n from meeting_tasks t join service_notices s on s.id = t.notice_id where s.booking_id = $1`, [
  halls[20],
]);
emit('services.notice_issue_1200_c_p50_ms', issue.p50, { p99: issue.p99, n: issue.n, tasksPerNotice: taskCount });
emit('services.notice_issue_1200_c_p99_ms', issue.p99, { n: issue.n });

// ---- a day with 300 meetings: 60 venues × 5 slots ----
const day = new Date(day0.getTime() - 30 * 86_400_000); // a December day, 08:00 Beijing at slot 0
const venues = (await sqlc.query(`select id from venues where property_id = $1 and code like 'R%' order by code`, [pid])).rows.map(
  (r) => r.id as string,
);
for (let i = 0; i < MEETINGS; i++) {
  await insertBooking(
    venues[i % venues.length]!,
    new Date(day.getTime() + Math.floor(i / venues.length) * 2 * 3_600_000 - 6 * 3_600_000),
    90,
    20 + (i % 9) * 20,
    `HY-D-${i}`,
  );
}
const t0 = performance.now();
const synced = await syncPending(database.db, now, pid);
emit('services.sync_day_300_meetings_ms', performance.now() - t0, { synced });

const config = { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false };
const app = await buildApp({ database, config });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bench_staff', password } });
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const from = new Date(day.getTime() - 8 * 3_600_000 - 86_400_000).toISOString(); // the day before (day-before tasks) and the day
const to = new Date(day.getTime() + 16 * 3_600_000).toISOString();
const boardUrl = `/api/v1/tasks?propertyId=${pid}&department=meeting_staff&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=5000`;
let last = '';
// Timed: the server's answer (the client's parsing of the body is not part of it).
const board = stats(
  await timeIt(BOARDS, async () => {
    const res = await app.inject({ method: 'GET', url: boardUrl, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(res.body);
    last = res.body;
  }),
);
const rows = (JSON.parse(last) as { data: unknown[] }).data.length;
emit('services.board_day_300_meetings_p50_ms', board.p50, { p99: board.p99, n: board.n, tasks: rows, department: 'meeting_staff' });
emit('services.board_day_300_meetings_p99_ms', board.p99, { n: board.n });

await app.close();
await sqlc.end();
await database.close();
