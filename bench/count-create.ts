/** npm run bench:statements — the SQL statements one booking create sends (warm: the second create), listed, and as a JSON metric line. */
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { hashPassword } from '../apps/server/src/domains/identity/index.ts';
import { emit, freshBenchDatabase, benchBooking } from './lib.ts';

const url = await freshBenchDatabase('hy_bench_count');
const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
await migrate(database);
const sqlc = new pg.Client({ connectionString: url });
await sqlc.connect();
const {
  rows: [{ id: pid }],
} = await sqlc.query(`insert into properties (code, name) values ('BENCH', '基准测试项目') returning id`);
const {
  rows: [{ id: bid }],
} = await sqlc.query(`insert into buildings (property_id, code, name) values ($1, 'B1', '楼栋1') returning id`, [pid]);
const {
  rows: [{ id: vid }],
} = await sqlc.query(
  `insert into venues (property_id, building_id, code, name, venue_type, venue_class, seats, layouts, default_layout, open_from, open_to)
  values ($1, $2, 'V1', '会议室1', 'discussion_room', 'A', 40, '[{"layout":"discussion","capacity":40}]', 'discussion', '00:00', '23:59') returning id`,
  [pid, bid],
);
const {
  rows: [{ id: uid }],
} = await sqlc.query(`insert into users (username, display_name, password_hash) values ('bench_dispatcher', '基准调度', $1) returning id`, [
  await hashPassword('Bench#2026pw'),
]);
await sqlc.query(`insert into user_roles (user_id, property_id, role) values ($1, $2, 'dispatcher')`, [uid, pid]);
const app = await buildApp({ database, config: { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false } });
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'bench_dispatcher', password: 'Bench#2026pw' },
});
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const csrf = login.json().csrfToken;
const seen: string[] = [];
const orig = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const q = args[0] as string | { text: string };
  seen.push((typeof q === 'string' ? q : q.text).replace(/\s+/g, ' ').slice(0, 160));
  return (orig as (...a: unknown[]) => unknown).apply(this, args);
} as typeof orig;
for (let i = 0; i < 2; i++) {
  seen.length = 0;
  const start = new Date(Date.now() + (30 + i) * 86_400_000);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/bookings',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: benchBooking(pid, vid, start),
  });
  if (res.statusCode !== 201) throw new Error(res.body);
}
for (const s of seen) console.log(`  ${s}`);
emit('booking_create_statements', seen.length, { note: 'round trips of one warm POST /bookings, session lookup included' });
await app.close();
await database.close();
await sqlc.end();
