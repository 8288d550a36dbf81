/**
 * npm run bench:bookings — on the PostgreSQL server (a fresh database `hy_bench_bookings`):
 * seeds 200 venues and 500,000 bookings over two years, then prints JSON lines for
 *  - the availability board for one building-day and for a week (server side, p50/p99 ms),
 *  - booking creation with 32 concurrent HTTP clients (throughput, p50/p99),
 *  - the floor: a bare Fastify route doing one INSERT on the same database with the same pool,
 *    and the ratio ours/floor.
 * Traffic stays on loopback; every loop is bounded in time.
 */
import os from 'node:os';
import Fastify from 'fastify';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { hashPassword } from '../apps/server/src/domains/identity/index.ts';
import { emit, stats, timeIt, load, freshBenchDatabase, benchBooking } from './lib.ts';

const VENUES = Number(process.env.BENCH_VENUES ?? 200);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 500_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const POOL = 20;

const url = await freshBenchDatabase('hy_bench_bookings');
const database = await openDatabase({ databaseUrl: url, poolSize: POOL });
await migrate(database);
const sqlc = new pg.Client({ connectionString: url });
await sqlc.connect();

// ---------- seed ----------
const t0 = performance.now();
const password = 'Bench#2026pw';
const hash = await hashPassword(password);
const {
  rows: [{ id: pid }],
} = await sqlc.query(
  `insert into properties (code, name, settings) values ('BENCH', '基准测试项目', '{"leadTimes":{"A":{"value":1,"unit":"hours"},"B":{"value":4,"unit":"working_hours"},"C":{"value":1,"unit":"working_days"}}}') returning id`,
);
await sqlc.query(
  `insert into buildings (property_id, code, name, sort) select $1, 'B' || g, '楼栋' || g, g from generate_series(1, 10) g`,
  [pid],
);
await sqlc.query(`insert into organizations (property_id, name) values ($1, '基准测试单位')`, [pid]);
// 200 venues over 10 buildings: mostly A, some B and C; open all day so any slot is bookable.
await sqlc.query(
  `
  insert into venues (property_id, building_id, code, name, venue_type, venue_class, seats, layouts, default_layout, open_from, open_to)
  select $1, b.id, 'V' || lpad(g::text, 4, '0'), '会议室' || g, 'discussion_room',
         case when g % 10 = 0 then 'C' when g % 3 = 0 then 'B' else 'A' end, 40 + (g % 5) * 40,
         '[{"layout":"discussion","capacity":400,"setupMinutes":30,"cleanupMinutes":30}]'::jsonb, 'discussion', '00:00', '23:59'
  from generate_series(1, $2::int) g
  join lateral (select id from buildings where property_id = $1 and code = 'B' || (1 + (g - 1) % 10)) b on true`,
  [pid, VENUES],
);
const {
  rows: [{ id: uid }],
} = await sqlc.query(`insert into users (username, display_name, password_hash) values ('bench_dispatcher', '基准调度', $1) returning id`, [
  hash,
]);
await sqlc.query(`insert into user_roles (user_id, property_id, role) values ($1, $2, 'dispatcher')`, [uid, pid]);

// Bookings: per venue, four 2-hour slots a day (08:00, 11:00, 14:00, 17:00 Beijing time) going back
// two years from today; buffers of 30 minutes keep them apart. Holds are derived from them.
const perVenue = Math.ceil(BOOKINGS / VENUES);
const days = Math.ceil(perVenue / 4);
await sqlc.query(
  `
  insert into bookings (property_id, number, venue_id, start_at, end_at, setup_minutes, cleanup_minutes, status, organizer_unit,
                        contact_name, contact_phone, topic, attendee_count, layout, channel, created_by, requested_at)
  select $1, 'HY-B-' || lpad((row_number() over ())::text, 7, '0'), v.id, s.start_at, s.start_at + interval '2 hours', 30, 30,
         'confirmed', '基准测试单位', '张三', '13800000000', '例会', 20, 'discussion', 'phone', $2, s.start_at - interval '3 days'
  from venues v
  cross join lateral (
    select (date_trunc('day', now() at time zone 'Asia/Shanghai') - (d || ' days')::interval + t) at time zone 'Asia/Shanghai' as start_at
    from generate_series(1, $3::int) d, unnest(array[interval '8 hours', interval '11 hours', interval '14 hours', interval '17 hours']) t
  ) s
  where v.property_id = $1
  limit $4`,
  [pid, uid, days, BOOKINGS],
);
await sqlc.query(
  `insert into booking_holds (booking_id, property_id, venue_id, during)
  select id, property_id, venue_id, tstzrange(start_at - interval '30 minutes', end_at + interval '30 minutes') from bookings where property_id = $1`,
  [pid],
);
await sqlc.query('analyze');
const {
  rows: [{ n }],
} = await sqlc.query('select count(*)::int as n from bookings');
emit('bookings_seed_s', (performance.now() - t0) / 1000, { bookings: n, venues: VENUES });

// ---------- the app ----------
const config = { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false };
const app = await buildApp({ database, config });
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as { port: number }).port;
const base = `http://127.0.0.1:${port}`;
const loginRes = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'bench_dispatcher', password }),
});
if (!loginRes.ok) throw new Error(`login failed ${loginRes.status}`);
const cookie = loginRes.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
const csrf = ((await loginRes.json()) as { csrfToken: string }).csrfToken;

// Board: server side (inject skips the network), a building-day and a week, over recent days.
const {
  rows: [{ id: buildingId }],
} = await sqlc.query(`select id from buildings where property_id = $1 and code = 'B1'`, [pid]);
const day = (i: number) => new Date(Date.now() - (1 + (i % 300)) * 86_400_000).toISOString().slice(0, 10);
for (const [metric, days, n] of process.env.BENCH_SKIP_BOARD
  ? []
  : ([
      ['availability_board_building_day_ms', 1, 500],
      ['availability_board_week_ms', 7, 200],
    ] as const)) {
  const samples = await timeIt(n, async (i) => {
    const r = await app.inject({
      url: `/api/v1/bookings/board?propertyId=${pid}&date=${day(i)}&days=${days}&buildingId=${buildingId}`,
      headers: { cookie },
    });
    if (r.statusCode !== 200) throw new Error(`board ${r.statusCode} ${r.body.slice(0, 200)}`);
  });
  const s = stats(samples);
  emit(`${metric}_p50`, s.p50, { n: s.n });
  emit(`${metric}_p99`, s.p99, { n: s.n });
}

// Create: 32 clients, each its own venue and future slots (no conflicts), real HTTP on loopback.
const { rows: venueRows } = await sqlc.query(`select id from venues where property_id = $1 and venue_class = 'A' order by code limit $2`, [
  pid,
  CLIENTS,
]);
// Four one-hour slots a day (08:00, 11:00, 14:00, 17:00 Beijing) from 30 days ahead: none crosses midnight.
const future = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + 30, 0); // 08:00 Beijing
let firstFailure = '';
const ours = await load({
  clients: CLIENTS,
  seconds: SECONDS,
  request: async (c, seq) => {
    const start = new Date(future + Math.floor(seq / 4) * 86_400_000 + (seq % 4) * 3 * 3600_000);
    const res = await fetch(`${base}/api/v1/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify(benchBooking(pid, venueRows[c % venueRows.length]!.id, start)),
    });
    const text = await res.text();
    if (res.status !== 201 && !firstFailure) firstFailure = `${res.status} ${text.slice(0, 300)}`;
    return res.status === 201;
  },
});
emit('booking_create_rps', ours.rps, {
  clients: CLIENTS,
  seconds: SECONDS,
  ok: ours.ok,
  failed: ours.failed,
  ...(firstFailure ? { firstFailure } : {}),
});
emit('booking_create_ms_p50', ours.p50, { n: ours.n });
emit('booking_create_ms_p99', ours.p99, { n: ours.n });
await app.close();

// Floor: a bare Fastify route doing one INSERT through a pg pool of the same size.
await sqlc.query('create table bench_floor (id bigserial primary key, venue_id uuid, start_at timestamptz, topic text)');
const pool = new pg.Pool({ connectionString: url, max: POOL });
const floor = Fastify();
floor.post('/floor', async (req) => {
  const b = req.body as { venueId: string; startAt: string; topic: string };
  await pool.query('insert into bench_floor (venue_id, start_at, topic) values ($1, $2, $3)', [b.venueId, b.startAt, b.topic]);
  return { ok: true };
});
await floor.listen({ port: 0, host: '127.0.0.1' });
const floorBase = `http://127.0.0.1:${(floor.server.address() as { port: number }).port}`;
const bare = await load({
  clients: CLIENTS,
  seconds: SECONDS,
  request: async (c, seq) => {
    const res = await fetch(`${floorBase}/floor`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        venueId: venueRows[c % venueRows.length]!.id,
        startAt: new Date(future + seq * 3600_000).toISOString(),
        topic: 'floor',
      }),
    });
    await res.arrayBuffer();
    return res.ok;
  },
});
emit('floor_insert_rps', bare.rps, { clients: CLIENTS, seconds: SECONDS });
emit('floor_insert_ms_p99', bare.p99, { n: bare.n });
emit('booking_create_vs_floor_ratio', ours.rps / bare.rps, {
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  postgres: (await sqlc.query('show server_version')).rows[0].server_version,
});
await floor.close();
await pool.end();
await sqlc.end();
await database.close();
