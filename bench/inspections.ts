/**
 * npm run bench:inspections — on the PostgreSQL server (a fresh database `hy_bench_inspections`): one
 * property with 50 inspectors, 200 daily plans of 10 checkpoints each (2,000 checkpoints, 3 checklist
 * lines each) and two years of walked rounds (every checkpoint visited, every line answered, about 1 in
 * 200 failed and turned into a finding, most days signed off). It prints JSON lines for
 *  - creating one day's rounds for the 200 plans (the rounds job's pass, ms per day, over several days),
 *  - the manager's daily review page (GET /api/v1/inspection-reviews/daily) for days spread over the two
 *    years, p50/p99,
 *  - the floor: a bare primary-key SELECT of a round through a pg pool of the same size.
 * The seed is set-based SQL. BENCH_REUSE=1 keeps an already seeded database.
 */
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { generateRounds } from '../apps/server/src/domains/inspections/index.ts';
import { emit, stats, timeIt, openBenchDatabase, seedBenchProperty, BENCH_PASSWORD } from './lib.ts';

const PLANS = Number(process.env.BENCH_PLANS ?? 200);
const CHECKPOINTS_PER_PLAN = 10;
const ITEMS_PER_CHECKPOINT = 3;
const DAYS = Number(process.env.BENCH_DAYS ?? 730);
const N = Number(process.env.BENCH_N ?? 200);
const POOL = 10;
const DB_NAME = 'hy_bench_inspections';
const AREAS = ['办公楼公共区域', '公寓公共区域', '大堂及电梯', '卫生间', '地下车库', '天台', '设备机房'];

const { reused, url, database, sqlc } = await openBenchDatabase(DB_NAME, POOL);
/** Local (UTC+8) date `k` days from today. */
const dayFromToday = (k: number) => new Date(Date.now() + 8 * 3600_000 + k * 86_400_000).toISOString().slice(0, 10);

// ---------- seed ----------
let pid: string;
if (!reused) {
  const t0 = performance.now();
  const seed = await seedBenchProperty(sqlc);
  pid = seed.pid;
  await seed.user('bench_manager', '基准客服主管', 'cs_supervisor');
  const inspectors: string[] = [];
  for (let i = 1; i <= 50; i++) inspectors.push(await seed.user(`bench_inspector${i}`, `巡检员${i}`, 'tenant_rep'));
  await sqlc.query(
    `insert into inspection_plans (property_id, name, area, rrule, window_start, window_end, lead_minutes, assignee_id)
     select $1, '巡检计划' || g, ($2::text[])[1 + g % 7], 'FREQ=DAILY', '09:00', '11:00', 60, ($3::uuid[])[1 + g % 50]
     from generate_series(1, $4::int) g`,
    [pid, AREAS, inspectors, PLANS],
  );
  await sqlc.query(
    `insert into inspection_checkpoints (property_id, plan_id, position, name, location, qr_token)
     select $1, p.id, g, p.area || '检查点' || g, p.area || ' ' || g || '号位', md5(p.id::text || g)
     from inspection_plans p cross join generate_series(1, $2::int) g where p.property_id = $1`,
    [pid, CHECKPOINTS_PER_PLAN],
  );
  await sqlc.query(
    `insert into inspection_check_items (checkpoint_id, position, label, kind, category)
     select c.id, g, (array['地面清洁无积水', '照明灯具完好', '消防通道畅通'])[g], 'pass_fail',
            (array['cleaning', 'repair', 'safety'])[g]
     from inspection_checkpoints c cross join generate_series(1, $2::int) g where c.property_id = $1`,
    [pid, ITEMS_PER_CHECKPOINT],
  );
  // Two years of rounds, walked in their window by the plan's inspector.
  await sqlc.query(
    `insert into inspection_rounds (property_id, plan_id, due_date, window_start, window_end, assignee_id, assignee_name,
                                    state, started_at, completed_at, created_at)
     select $1, p.id, d::date, d + time '01:00', d + time '03:00', p.assignee_id, u.display_name,
            'completed', d + time '01:05', d + time '01:50', d
     from inspection_plans p join users u on u.id = p.assignee_id
     cross join generate_series(current_date - $2::int, current_date - 1, interval '1 day') d
     where p.property_id = $1`,
    [pid, DAYS],
  );
  await sqlc.query(
    `insert into inspection_visits (round_id, checkpoint_id, method, visited_at, visited_by, visited_by_name)
     select r.id, c.id, 'scan', r.started_at + c.position * interval '4 minutes', r.assignee_id, r.assignee_name
     from inspection_rounds r join inspection_checkpoints c on c.plan_id = r.plan_id where r.property_id = $1`,
    [pid],
  );
  await sqlc.query(
    `insert into inspection_results (visit_id, round_id, check_item_id, outcome)
     select v.id, v.round_id, i.id, case when hashtext(v.id::text || i.position) % 200 = 0 then 'fail' else 'pass' end
     from inspection_visits v join inspection_check_items i on i.checkpoint_id = v.checkpoint_id
     join inspection_rounds r on r.id = v.round_id where r.property_id = $1`,
    [pid],
  );
  await sqlc.query(
    `insert into inspection_findings (property_id, round_id, visit_id, checkpoint_id, check_item_id, result_id, category, route,
                                      title, state, found_at, found_by, found_by_name, closed_at)
     select $1, x.round_id, x.visit_id, v.checkpoint_id, x.check_item_id, x.id, i.category,
            case when i.category = 'cleaning' then 'housekeeping' else 'repair' end, i.label, 'closed',
            v.visited_at, v.visited_by, v.visited_by_name, v.visited_at + interval '1 day'
     from inspection_results x join inspection_visits v on v.id = x.visit_id join inspection_check_items i on i.id = x.check_item_id
     where x.outcome = 'fail' and x.round_id in (select id from inspection_rounds where property_id = $1)`,
    [pid],
  );
  // The last days' findings still open (the desk's "active" list).
  await sqlc.query(
    `update inspection_findings set state = 'open', closed_at = null where property_id = $1 and found_at > now() - interval '4 days'`,
    [pid],
  );
  await sqlc.query(
    `insert into inspection_daily_reviews (property_id, day, rounds, findings, signed_at, signed_by, signed_by_name)
     select $1, d::date, $2::int, 0, d + time '10:00', u.id, u.display_name
     from generate_series(current_date - $3::int, current_date - 2, interval '1 day') d, users u where u.username = 'bench_manager'`,
    [pid, PLANS, DAYS],
  );
  // Vacuumed as autovacuum would after such inserts (the visibility map lets counts be read from the indexes).
  await sqlc.query('vacuum analyze');
  const counts = (
    await sqlc.query(
      `select (select count(*) from inspection_rounds)::int rounds, (select count(*) from inspection_visits)::int visits,
            (select count(*) from inspection_results)::int results, (select count(*) from inspection_findings)::int findings`,
    )
  ).rows[0];
  emit('inspections_seed_s', (performance.now() - t0) / 1000, counts);
} else pid = (await sqlc.query(`select id from properties where code = 'BENCH'`)).rows[0].id;

// ---------- floor ----------
const pool = new pg.Pool({ connectionString: url, max: POOL });
const ids = (await sqlc.query(`select id from inspection_rounds tablesample system (1) repeatable (3) limit 1000`)).rows.map(
  (r) => r.id as string,
);
const floor = stats(
  await timeIt(N, async (i) => void (await pool.query('select * from inspection_rounds where id = $1', [ids[(i * 7919) % ids.length]]))),
);
emit('floor_pk_select_ms_p50', floor.p50, { n: floor.n, what: 'bare SELECT of a round by primary key, pg pool of the same size' });
emit('floor_pk_select_ms_p99', floor.p99, { n: floor.n });
await pool.end();

// ---------- one day's rounds ----------
// The job's pass at 08:30 local on each of the next days (the window opens at 09:00, created 60 minutes ahead).
// BENCH_SKIP_JOB=1 leaves it out (the lists only).
const SKIP_JOB = !!process.env.BENCH_SKIP_JOB;
const days: number[] = [];
for (let k = 1; k <= (SKIP_JOB ? 0 : 5); k++) {
  const day = dayFromToday(k);
  await sqlc
    .query(`delete from audit_events where entity_type = 'inspection_round' and created_at > now() - interval '1 hour'`)
    .catch(() => undefined);
  const t0 = performance.now();
  const made = await generateRounds(database.db, new Date(`${day}T08:30:00+08:00`), pid);
  days.push(performance.now() - t0);
  if (made !== PLANS) throw new Error(`${day}: ${made} rounds made, ${PLANS} expected`);
}
const gen = stats(days);
if (!SKIP_JOB)
  emit('rounds_generate_day_ms_p50', gen.p50, {
    n: gen.n,
    plans: PLANS,
    checkpoints: PLANS * CHECKPOINTS_PER_PLAN,
    floorP50: Math.round(floor.p50 * 100) / 100,
  });
if (!SKIP_JOB) {
  emit('rounds_generate_day_ms_max', Math.max(...days), { n: gen.n });
  // The next pass finds nothing to do (never twice).
  const again = await generateRounds(database.db, new Date(`${dayFromToday(1)}T08:45:00+08:00`), pid);
  if (again !== 0) throw new Error(`a second pass made ${again} rounds`);
}

// ---------- the daily review page ----------
const config = { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false };
const app = await buildApp({ database, config });
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'bench_manager', password: BENCH_PASSWORD },
});
if (login.statusCode !== 200) throw new Error(`login failed ${login.statusCode} ${login.body}`);
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const review = stats(
  await timeIt(
    N,
    async (i) => {
      const r = await app.inject({
        url: `/api/v1/inspection-reviews/daily?propertyId=${pid}&day=${dayFromToday(-1 - ((i * 37) % (DAYS - 1)))}`,
        headers: { cookie },
      });
      if (r.statusCode !== 200) throw new Error(`daily review → ${r.statusCode} ${r.body.slice(0, 300)}`);
    },
    10,
  ),
);
emit('daily_review_ms_p50', review.p50, {
  n: review.n,
  roundsPerDay: PLANS,
  days: DAYS,
  vsFloorP50: Math.round((review.p50 / floor.p50) * 10) / 10,
});
emit('daily_review_ms_p99', review.p99, { n: review.n });

// ---------- the lists the web shows ----------
/** Times GET `path(i)` (10 warm-ups, then N samples or LIST_MAX_S seconds) as `user`; prints p50/p99 and the rows answered. */
const LIST_MAX_S = Number(process.env.BENCH_LIST_MAX_S ?? 20);
const cookieOf = async (username: string) => {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: BENCH_PASSWORD } });
  if (r.statusCode !== 200) throw new Error(`login ${username} failed ${r.statusCode}`);
  return r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
};
async function list(name: string, path: (i: number) => string, as = cookie) {
  let rows = 0;
  const one = async (i: number) => {
    const r = await app.inject({ url: `/api/v1${path(i)}`, headers: { cookie: as } });
    if (r.statusCode !== 200) throw new Error(`${path(i)} → ${r.statusCode} ${r.body.slice(0, 300)}`);
    const body = r.json() as { data?: unknown[] };
    rows += Array.isArray(body.data) ? body.data.length : 0;
  };
  for (let i = 0; i < 10; i++) await one(N + i);
  rows = 0;
  const samples: number[] = [];
  const deadline = performance.now() + LIST_MAX_S * 1000;
  for (let i = 0; i < N && performance.now() < deadline; i++) {
    const t0 = performance.now();
    await one(i);
    samples.push(performance.now() - t0);
  }
  const s = stats(samples);
  const extra = { n: s.n, rows: Math.round((rows / s.n) * 10) / 10 };
  emit(`inspections_list_${name}_ms_p50`, s.p50, extra);
  emit(`inspections_list_${name}_ms_p99`, s.p99, extra);
}
const pastDay = (i: number) => dayFromToday(-1 - ((i * 37) % (DAYS - 1)));
const pastMonth = (i: number) => pastDay(i * 11).slice(0, 7);
const inspector = await cookieOf('bench_inspector7');
const STATES = ['completed', 'missed', 'scheduled', 'in_progress'];
const CATEGORIES = ['cleaning', 'repair', 'safety'];
await list('rounds_day', (i) => `/inspection-rounds?propertyId=${pid}&date=${pastDay(i)}`);
await list('rounds_day_state', (i) => `/inspection-rounds?propertyId=${pid}&date=${pastDay(i)}&state=${STATES[i % STATES.length]}`);
await list('rounds_mine', (i) => `/inspection-rounds?propertyId=${pid}&mine=true&date=${pastDay(i)}`, inspector);
await list('rounds_stats_month', (i) => `/inspection-rounds/stats?propertyId=${pid}&month=${pastMonth(i)}`);
await list('plans', () => `/inspection-plans?propertyId=${pid}&active=all`);
await list('findings', () => `/inspection-findings?propertyId=${pid}&limit=50`);
await list('findings_active', () => `/inspection-findings?propertyId=${pid}&state=active&limit=50`);
await list(
  'findings_category_month',
  (i) => `/inspection-findings?propertyId=${pid}&category=${CATEGORIES[i % 3]}&from=${pastMonth(i)}-01&to=${pastMonth(i)}-28&limit=50`,
);

const {
  rows: [v],
} = await sqlc.query('show server_version');
emit('inspections_bench_machine', os.cpus().length, {
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  postgres: v.server_version,
});
await app.close();
await sqlc.end();
await database.close();
