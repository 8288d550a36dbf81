/**
 * npm run bench:soak — do jobs freeze requests? (issue 9) The app runs in this process over real
 * HTTP on loopback, on PGlite (a temp data folder) and, when DATABASE_URL is set, on PostgreSQL (a
 * fresh database `hy_bench_soak` on that server). A worker thread — not blocked by PGlite on this
 * thread — sends typical reads at a fixed rate (open loop, BENCH_SOAK_RPS, default 20 req/s) for
 * BENCH_SOAK_SECONDS (default 30) twice: first with the job runner stopped (the floor), then with it
 * running after BENCH_SOAK_NOTICES (default 250) confirmed bookings arrive, whose service notices
 * the minute scan issues, and BENCH_SOAK_CASES (default 50) open cases past their response deadline
 * for the SLA scanner. One JSON line per metric:
 *   soak_<db>_read_ms_p99 (jobs running), soak_<db>_read_ms_p99_floor (no jobs), p50, max, and the
 *   notices issued in the window.
 */
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { hashPassword } from '../apps/server/src/domains/identity/index.ts';
import { DEFAULT_PROPERTY_SETTINGS } from '../apps/server/src/seed/bootstrap.ts';
import { emit, stats, freshBenchDatabase } from './lib.ts';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 30);
const RPS = Number(process.env.BENCH_SOAK_RPS ?? 20);
const NOTICES = Number(process.env.BENCH_SOAK_NOTICES ?? 250);
const CASES = Number(process.env.BENCH_SOAK_CASES ?? 50);
const PASSWORD = 'Bench#2026pw';

/** The load generator, in a worker: fires at a fixed rate whatever the server does, at most 2,000 in flight. */
const LOAD = `
const { parentPort, workerData: w } = require('node:worker_threads');
const lat = []; let failed = 0; let inflight = 0; let i = 0;
const t0 = Date.now();
const tick = setInterval(() => {
  if (Date.now() - t0 >= w.seconds * 1000) { clearInterval(tick); return done(); }
  if (inflight >= 2000) { failed++; return; }
  const url = w.urls[i++ % w.urls.length];
  const s = performance.now(); inflight++;
  fetch(url, { headers: { cookie: w.cookie } }).then(async (r) => { await r.arrayBuffer(); if (r.ok) lat.push(performance.now() - s); else failed++; })
    .catch(() => failed++).finally(() => { inflight--; });
}, 1000 / w.rps);
function done() {
  const wait = setInterval(() => { if (inflight === 0 || Date.now() - t0 > (w.seconds + 60) * 1000) { clearInterval(wait); parentPort.postMessage({ lat, failed }); } }, 50);
}`;

function runLoad(urls: string[], cookie: string): Promise<{ lat: number[]; failed: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOAD, { eval: true, execArgv: [], workerData: { urls, cookie, seconds: SECONDS, rps: RPS } });
    w.once('message', (m) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

async function seed(database: Database) {
  const db = database.db;
  const one = async <T>(q: ReturnType<typeof sql>) => (await db.execute<T & Record<string, unknown>>(q)).rows[0]!;
  const { id: pid } = await one<{ id: string }>(
    sql`insert into properties (code, name, settings) values ('SOAK', '基准测试项目', ${JSON.stringify(DEFAULT_PROPERTY_SETTINGS)}::jsonb) returning id`,
  );
  const { id: bid } = await one<{ id: string }>(
    sql`insert into buildings (property_id, code, name) values (${pid}, 'HYDS', '会议大厦') returning id`,
  );
  await db.execute(sql`insert into venues (property_id, building_id, code, name, venue_type, venue_class, seats, layouts, default_layout)
    select ${pid}, ${bid}, 'R' || g, '会议室' || g, case when g % 6 = 0 then 'theatre_hall' else 'discussion_room' end, case when g % 6 = 0 then 'C' when g % 3 = 0 then 'B' else 'A' end,
           200, '[{"layout":"discussion","capacity":200}]', 'discussion' from generate_series(1, 50) g`);
  const { id: uid } = await one<{ id: string }>(
    sql`insert into users (username, display_name, password_hash) values ('soak_staff', '基准会务', ${await hashPassword(PASSWORD)}) returning id`,
  );
  await db.execute(
    sql`insert into user_roles (user_id, property_id, role) values (${uid}, ${pid}, 'meeting_staff'), (${uid}, ${pid}, 'dispatcher'), (${uid}, ${pid}, 'cs_manager')`,
  );
  return { pid, uid };
}

/** The jobs' load: confirmed bookings over the coming days (notices to issue) and open cases past their deadlines. */
async function makeWork(database: Database, pid: string, uid: string, now: Date) {
  const services = JSON.stringify([
    { code: 'microphones', qty: 8 },
    { code: 'recording' },
    { code: 'sign_in_desk' },
    { code: 'water', kind: 'bottled' },
  ]);
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 2, 0)); // 08:00 Beijing, the day after tomorrow
  await database.db.execute(sql`
    insert into bookings (property_id, number, venue_id, start_at, end_at, status, organizer_unit, contact_name, contact_phone, topic, attendee_count, services, importance, channel, created_by, requested_at)
    select ${pid}, 'HY-SOAK-' || g, v.id, ${day}::timestamptz + ((g / 50) * interval '1 day') + ((g % 5) * interval '2 hours'),
           ${day}::timestamptz + ((g / 50) * interval '1 day') + ((g % 5) * interval '2 hours') + interval '90 minutes',
           'confirmed', '市发改委', '张晓东', '0755-28301102', '全市经济工作会议', 40, ${services}::jsonb, 'important', 'phone', ${uid}, now()
    from generate_series(0, ${NOTICES - 1}) g
    join lateral (select id from venues where property_id = ${pid} and code = 'R' || (1 + (g / 5) % 50)) v on true`);
  const past = new Date(now.getTime() - 3 * 86_400_000);
  await database.db.execute(sql`
    insert into cases (property_id, number, kind, channel, content, created_by, created_at, received_at, respond_due_at, resolve_due_at)
    select ${pid}, 'WX-SOAK-' || g, 'repair', 'phone', '空调不制冷 ' || g, ${uid}, ${past}, ${past}, ${past}, ${new Date(now.getTime() + 60_000)}
    from generate_series(1, ${CASES}) g`);
}

async function soak(kind: 'pglite' | 'postgres') {
  const dir = kind === 'pglite' ? mkdtempSync(path.join(tmpdir(), 'hy-soak-')) : null;
  const databaseUrl = kind === 'postgres' ? await freshBenchDatabase('hy_bench_soak') : undefined;
  const database = await openDatabase({ databaseUrl, dataDir: dir ?? undefined, poolSize: 10 });
  try {
    await migrate(database);
    const { pid, uid } = await seed(database);
    const config = { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: true, backupKeep: 0 };
    const app = await buildApp({ database, config, logger: { level: 'warn' } }); // a job failure shows
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'soak_staff', password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const urls = [
      `${base}/api/v1/auth/me`,
      `${base}/api/v1/tasks?propertyId=${pid}&department=meeting_staff`,
      `${base}/api/v1/service-notices?propertyId=${pid}`,
      `${base}/api/v1/bookings?propertyId=${pid}`,
      `${base}/api/v1/cases?propertyId=${pid}&limit=20`,
      `${base}/readyz`,
    ];
    for (const u of urls) {
      const r = await fetch(u, { headers: { cookie } });
      if (!r.ok) throw new Error(`${u}: ${r.status} ${await r.text()}`);
    }
    const floor = await runLoad(urls, cookie);
    await makeWork(database, pid, uid, new Date());
    app.jobs.start();
    const busy = await runLoad(urls, cookie);
    const count = async (q: ReturnType<typeof sql>) => Number((await database.db.execute<{ n: number }>(q)).rows[0]!.n);
    const issued = await count(sql`select count(*)::int n from service_notices where property_id = ${pid}`);
    const alerts = await count(sql`select count(*)::int n from case_alerts`);
    await app.close();
    const f = stats(floor.lat);
    const b = stats(busy.lat);
    const max = (xs: number[]) => xs.reduce((m, x) => Math.max(m, x), 0);
    emit(`soak_${kind}_read_ms_p99`, b.p99, {
      n: b.n,
      failed: busy.failed,
      p50: b.p50,
      max: max(busy.lat),
      rps: RPS,
      seconds: SECONDS,
      noticesIssued: issued,
      caseAlerts: alerts,
      load: loadavg()[0],
    });
    emit(`soak_${kind}_read_ms_p99_floor`, f.p99, {
      n: f.n,
      failed: floor.failed,
      p50: f.p50,
      max: max(floor.lat),
      rps: RPS,
      seconds: SECONDS,
      jobs: 'stopped',
      load: loadavg()[0],
    });
  } finally {
    await database.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

await soak('pglite');
if (process.env.DATABASE_URL) {
  process.env.BENCH_PG ??= Object.assign(new URL(process.env.DATABASE_URL), { pathname: '/postgres' }).toString();
  await soak('postgres');
}
