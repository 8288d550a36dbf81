/** Small helpers for benchmarks: percentiles, JSON lines, a bounded HTTP load generator. */
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { hashPassword } from '../apps/server/src/domains/identity/index.ts';

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function emit(metric: string, value: number, extra: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ metric, value: Math.round(value * 100) / 100, ...extra }));
}

export function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), n: s.length };
}

/** Times `fn` n times (after a warm-up) and returns the sorted latencies in ms. */
export async function timeIt(n: number, fn: (i: number) => Promise<void>, warmup = 20) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * `clients` concurrent loops, each sending requests back to back for `seconds` (bounded in time and
 * count, loopback only). Returns throughput of successful requests and their latencies.
 */
export async function load(opts: {
  clients: number;
  seconds: number;
  maxRequests?: number;
  request: (client: number, seq: number) => Promise<boolean>;
}) {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let issued = 0;
  const deadline = performance.now() + opts.seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, c) => {
      let seq = 0;
      while (performance.now() < deadline && issued < (opts.maxRequests ?? Infinity)) {
        issued++;
        const s = performance.now();
        const good = await opts.request(c, seq++).catch(() => false);
        const ms = performance.now() - s;
        if (good) {
          ok++;
          latencies.push(ms);
        } else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return { rps: ok / elapsed, ok, failed, ...stats(latencies) };
}

/** A fresh database on the PostgreSQL server for a benchmark (dropped and created again). */
export async function freshBenchDatabase(name: string): Promise<string> {
  const base = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/** With BENCH_REUSE set: the benchmark's database when it was seeded already (a property 'BENCH'), else null. */
export async function reusableBenchDatabase(name: string): Promise<string | null> {
  if (!process.env.BENCH_REUSE) return null;
  const u = new URL(process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${name}`;
  const c = new pg.Client({ connectionString: u.toString() });
  try {
    await c.connect();
    const { rows } = await c.query(`select count(*)::int as n from properties where code = 'BENCH'`);
    return rows[0].n > 0 ? u.toString() : null;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** The booking every bookings benchmark creates: one hour of venue `venueId` from `start`. */
export const benchBooking = (propertyId: string, venueId: string, start: Date) => ({
  propertyId,
  venueId,
  startAt: start.toISOString(),
  endAt: new Date(start.getTime() + 3600_000).toISOString(),
  attendeeCount: 12,
  topic: '基准测试会议',
  organizerUnit: '基准测试单位',
  contactName: '李四',
  contactPhone: '13900000000',
  channel: 'phone',
});

/** The password of every benchmark user. */
export const BENCH_PASSWORD = 'Bench#2026pw';

/**
 * A benchmark's database on the PostgreSQL server, migrated: fresh, or the one already seeded when
 * BENCH_REUSE is set (`reused`). `database` is the app's pool, `sqlc` a plain client for set-based seeding.
 */
export async function openBenchDatabase(name: string, poolSize = 10) {
  const reused = await reusableBenchDatabase(name);
  const url = reused ?? (await freshBenchDatabase(name));
  const database = await openDatabase({ databaseUrl: url, poolSize });
  await migrate(database);
  const sqlc = new pg.Client({ connectionString: url });
  await sqlc.connect();
  return { reused: reused !== null, url, database, sqlc };
}

/** Seeding starts here: generous memory for the bulk inserts, the property 'BENCH', and a maker of users with one role there. */
export async function seedBenchProperty(sqlc: pg.Client) {
  await sqlc.query(`set maintenance_work_mem = '256MB'`);
  await sqlc.query(`set work_mem = '64MB'`);
  const hash = await hashPassword(BENCH_PASSWORD);
  const {
    rows: [{ id: pid }],
  } = await sqlc.query(`insert into properties (code, name) values ('BENCH', '基准测试项目') returning id`);
  const user = async (username: string, name: string, role: string) => {
    const {
      rows: [{ id }],
    } = await sqlc.query(
      `insert into users (username, display_name, password_hash, phone) values ($1, $2, $3, '13800138000') returning id`,
      [username, name, hash],
    );
    await sqlc.query(`insert into user_roles (user_id, property_id, role) values ($1, $2, $3)`, [id, pid, role]);
    return id as string;
  };
  return { pid: pid as string, user };
}

/** Anything that answers `inject` like the app (GET only here). */
interface Injector {
  inject(o: {
    url: string;
    headers: Record<string, string>;
  }): Promise<{ statusCode: number; body: string; rawPayload: Buffer; json(): unknown }>;
}

/**
 * Times GET `/api/v1${path(i)}` as `cookie` (warm-ups first, then `n` samples or `maxS` seconds) and prints
 * `${metric}_ms_p50` / `_ms_p99` with the rows and the answer's size; a non-200 answer throws.
 */
export async function timeList(
  app: Injector,
  metric: string,
  path: (i: number) => string,
  cookie: string,
  { n, maxS, warmups = 10 }: { n: number; maxS: number; warmups?: number },
) {
  let rows = 0;
  let bytes = 0;
  const one = async (i: number) => {
    const r = await app.inject({ url: `/api/v1${path(i)}`, headers: { cookie } });
    if (r.statusCode !== 200) throw new Error(`${path(i)} → ${r.statusCode} ${r.body.slice(0, 300)}`);
    const body = r.json() as { data?: unknown[] };
    rows += Array.isArray(body.data) ? body.data.length : 0;
    bytes += r.rawPayload.length;
  };
  for (let i = 0; i < warmups; i++) await one(n + i);
  rows = bytes = 0;
  const samples: number[] = [];
  const deadline = performance.now() + maxS * 1000;
  for (let i = 0; i < n && performance.now() < deadline; i++) {
    const t0 = performance.now();
    await one(i);
    samples.push(performance.now() - t0);
  }
  const s = stats(samples);
  const extra = { n: s.n, rows: Math.round((rows / s.n) * 10) / 10, kB: Math.round(bytes / s.n / 102.4) / 10 };
  emit(`${metric}_ms_p50`, s.p50, extra);
  emit(`${metric}_ms_p99`, s.p99, extra);
  return s;
}
