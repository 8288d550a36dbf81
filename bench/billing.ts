/**
 * npm run bench:billing — on the PostgreSQL server (a fresh database `hy_bench_billing`): one property with 5,000
 * units held by 2,500 companies (each with its billing area), 2,000 phone lines, 1,500 parking spaces held, and
 * for each of three months every unit's water reading, every line's usage fee, 2,000 paid-repair charges and
 * 1,000 paid-service charges; 21 older months of signed notices with their payments (two years of history). It
 * prints JSON lines for
 *  - drawing up one month's six fee tables (the draw job's call: 5,000 units → ~17,000 lines, 3,000 one-off
 *    charges), seconds, and its floor: one set-based INSERT … SELECT of as many lines;
 *  - issuing the month's 2,500 payment notices when the last manager signs (seconds);
 *  - the daily collection-rate pass over the property's 24 months (the job's run), ms p50/p99, and its floor: a
 *    bare primary-key SELECT of a notice through a pg pool of the same size.
 * The seed is set-based SQL. BENCH_REUSE=1 is not supported (each run draws its months afresh).
 */
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { systemCtx } from '../apps/server/src/lib/context.ts';
import { computeCollection, drawMonthOf, issueNotices } from '../apps/server/src/domains/billing/index.ts';
import { emit, stats, timeIt, timeList, freshBenchDatabase, seedBenchProperty, BENCH_PASSWORD } from './lib.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 5000);
const REPAIRS = Number(process.env.BENCH_REPAIRS ?? 2000);
const N = Number(process.env.BENCH_N ?? 50);
const POOL = 10;
const MONTHS = ['2026-09', '2026-10', '2026-11'];

const url = await freshBenchDatabase('hy_bench_billing');
const database = await openDatabase({ databaseUrl: url, poolSize: POOL });
await migrate(database);
const sqlc = new pg.Client({ connectionString: url });
await sqlc.connect();
const q = (text: string, params: unknown[] = []) => sqlc.query(text, params);

// ---------- seed ----------
const t0 = performance.now();
const seed = await seedBenchProperty(sqlc);
const pid = seed.pid;
await seed.user('bench_finance', '基准财务经理', 'finance_manager');
await seed.user('bench_cs', '基准客服主管', 'cs_supervisor');
const {
  rows: [{ id: bid }],
} = await q(`insert into buildings (property_id, code, name, floors_above) values ($1, 'ZL', '主楼', 50) returning id`, [pid]);
await q(`insert into organizations (property_id, name) select $1, '基准单位' || g from generate_series(1, $2::int) g`, [pid, UNITS / 2]);
await q(
  `insert into units (property_id, building_id, code, households, organization_id, billing_area_sqm)
   select $1, $2, 'U' || lpad(g::text, 5, '0'), 1, o.id, 40 + (g * 37) % 360
   from generate_series(1, $3::int) g
   join (select id, row_number() over (order by name) rn from organizations where property_id = $1) o on o.rn = 1 + (g - 1) / 2`,
  [pid, bid, UNITS],
);
await q(
  `insert into fee_items (property_id, code, name, sheet, basis, unit_label, unit_price_fen, surcharge_fen, rounding, position) values
   ($1, 'WYF', '物业管理费', 'management', 'area', '㎡·月', 650, 0, 'fen', 1),
   ($1, 'SF', '水费', 'water', 'meter', '吨', 520, 0, 'fen', 2),
   ($1, 'DHF', '电话费', 'phone', 'fixed', '月', 0, 0, 'fen', 3),
   ($1, 'CWF', '车位费', 'parking', 'fixed', '月', 0, 0, 'fen', 4),
   ($1, 'GCF', '工程费', 'engineering', 'charges', '次', 0, 0, 'fen', 5),
   ($1, 'QTF', '其它服务费', 'other_services', 'charges', '次', 0, 0, 'fen', 6)`,
  [pid],
);
await q(
  `insert into phone_lines (property_id, organization_id, number, kind, monthly_rent_fen)
   select $1, o.id, '8800' || lpad(g::text, 4, '0'), case when g % 3 = 0 then 'extension' else 'line' end, 2500
   from generate_series(1, 2000) g join (select id, row_number() over (order by name) rn from organizations where property_id = $1) o on o.rn = g`,
  [pid],
);
await q(
  `insert into parking_spaces (property_id, code, zone, monthly_fee_fen) select $1, 'P' || g, 'B1', 30000 from generate_series(1, 1500) g`,
  [pid],
);
await q(
  `insert into parking_assignments (property_id, space_id, organization_id, from_day)
   select $1, s.id, o.id, '2024-01-01' from (select id, row_number() over (order by code) rn from parking_spaces where property_id = $1) s
   join (select id, row_number() over (order by name) rn from organizations where property_id = $1) o on o.rn = s.rn`,
  [pid],
);
for (const [i, m] of MONTHS.entries()) {
  await q(
    `insert into meter_readings (property_id, unit_id, month, previous_reading, current_reading, read_on)
     select $1, u.id, $2, 100 * $3::int, 100 * $3::int + 5 + (hashtext(u.id::text) & 15), ($2 || '-20')::date from units u where u.property_id = $1`,
    [pid, m, i],
  );
  await q(
    `insert into phone_usage (property_id, line_id, month, usage_fen) select $1, l.id, $2, 1000 + (hashtext(l.id::text) & 8191) from phone_lines l where l.property_id = $1`,
    [pid, m],
  );
  for (const [sheet, kind, n] of [
    ['engineering', 'repair', REPAIRS],
    ['other_services', 'meal', REPAIRS / 2],
  ] as const)
    await q(
      `insert into billable_charges (property_id, organization_id, unit_id, sheet, source_kind, source_id, source_label, description, amount_fen, occurred_on)
       select $1, u.organization_id, u.id, $2, $3, gen_random_uuid(), 'B-' || g, '基准费用', 5000 + g % 20000, ($4 || '-01')::date + (g % 24)
       from generate_series(1, $5::int) g join (select id, organization_id, row_number() over (order by code) rn from units where property_id = $1) u
         on u.rn = 1 + (g * 7) % $6::int`,
      [pid, sheet, kind, m, n, UNITS],
    );
}
// Two years of history before the measured months: signed months with notices, 95 % of them paid.
await q(
  `insert into billing_months (property_id, month, state, through_day, total_fen, drawn_at, signed_at)
   select $1, to_char(d, 'YYYY-MM'), 'signed', d + interval '24 days', 0, d + interval '24 days', d + interval '26 days'
   from generate_series('2024-12-01'::date, '2026-08-01'::date, interval '1 month') d`,
  [pid],
);
await q(
  `insert into billing_notices (property_id, month_id, month, organization_id, number, amount_fen, paid_fen, issued_at, due_on, deliver_by, paid_at)
   select $1, m.id, m.month, o.id, 'JF-' || replace(m.month, '-', '') || '-' || lpad(o.rn::text, 4, '0'), 80000 + (o.rn * 97) % 50000,
          case when o.rn % 20 = 0 then 0 else 80000 + (o.rn * 97) % 50000 end,
          m.signed_at, (m.month || '-15')::date + interval '1 month', (m.month || '-05')::date + interval '1 month',
          case when o.rn % 20 = 0 then null else m.signed_at + interval '15 days' end
   from billing_months m cross join (select id, row_number() over (order by name) rn from organizations where property_id = $1) o
   where m.property_id = $1`,
  [pid],
);
await q(
  `insert into billing_payments (property_id, notice_id, organization_id, amount_fen, method, payer_name, receipt_number, received_at, received_by_name)
   select n.property_id, n.id, n.organization_id, n.paid_fen, 'transfer', '基准付款人', 'SJ-B-' || row_number() over (), n.paid_at, '基准收款人'
   from billing_notices n where n.property_id = $1 and n.paid_fen > 0`,
  [pid],
);
await q('analyze');
emit('billing_seed_s', (performance.now() - t0) / 1000, { units: UNITS });

// ---------- the month's draw ----------
const ctx = () => systemCtx(database.db, new Date());
const drawSeconds: number[] = [];
const monthIds: string[] = [];
for (const m of MONTHS) {
  const s = performance.now();
  monthIds.push(await drawMonthOf(ctx(), pid, m));
  drawSeconds.push((performance.now() - s) / 1000);
}
const {
  rows: [{ n: lines }],
} = await q(`select count(*)::int n from billing_lines where month_id = $1`, [monthIds[0]]);
emit('billing_month_draw_s_p50', stats(drawSeconds).p50, { units: UNITS, lines, charges: REPAIRS * 1.5, n: drawSeconds.length });
{
  const s = performance.now();
  await q(
    `create temp table floor_lines as
     select gen_random_uuid() id, u.organization_id, u.id unit_id, 'management' sheet, u.billing_area_sqm * 650 amount_fen
     from units u cross join generate_series(1, $2::int) k where u.property_id = $1`,
    [pid, Math.max(1, Math.round(lines / UNITS))],
  );
  emit('billing_month_draw_floor_s', (performance.now() - s) / 1000, { lines });
}

// ---------- notices when the last manager signs ----------
const issueSeconds: number[] = [];
for (const id of monthIds) {
  await q(`update billing_months set state = 'signed', signed_at = now() where id = $1`, [id]);
  const s = performance.now();
  await database.db.transaction((tx) => issueNotices(tx, ctx(), id));
  issueSeconds.push((performance.now() - s) / 1000);
}
emit('billing_notices_issue_s_p50', stats(issueSeconds).p50, { notices: UNITS / 2, n: issueSeconds.length });
await q(
  `insert into billing_payments (property_id, notice_id, organization_id, amount_fen, method, payer_name, receipt_number, received_at, received_by_name)
   select n.property_id, n.id, n.organization_id, n.amount_fen, 'cash', '基准付款人', 'SJ-C-' || row_number() over (), now() - interval '1 hour', '基准收款人'
   from billing_notices n where n.property_id = $1 and n.month_id = any($2::uuid[]) and hashtext(n.id::text) % 3 <> 0`,
  [pid, monthIds],
);
await q(`update billing_notices set deliver_by = current_date - 1 where property_id = $1 and month_id = any($2::uuid[])`, [pid, monthIds]);
await q('analyze');

// ---------- the daily collection rate ----------
const daily = await timeIt(
  Math.max(5, Math.round(N / 5)),
  async () => {
    await computeCollection(database.db, new Date());
  },
  2,
);
emit('billing_collection_daily_ms', stats(daily).p50, { p99: stats(daily).p99, months: 24, notices: 24 * (UNITS / 2), n: daily.length });

const pool = new pg.Pool({ connectionString: url, max: POOL });
const ids = (await q(`select id from billing_notices where property_id = $1 limit 500`, [pid])).rows.map((r) => r.id as string);
const floor = await timeIt(N * 10, async (i) => {
  await pool.query('select * from billing_notices where id = $1', [ids[i % ids.length] ?? randomUUID()]);
});
emit('billing_floor_pk_select_ms', stats(floor).p50, { p99: stats(floor).p99, n: floor.length });

await pool.end();

// ---------- the lists the web shows (inject, signed in as the page's user) ----------
const LIST_N = Number(process.env.BENCH_LIST_N ?? 200);
const LIST_MAX_S = Number(process.env.BENCH_LIST_MAX_S ?? 20);
const app = await buildApp({ database, config: { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false } });
await app.ready();
const cookieOf = async (username: string) => {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: BENCH_PASSWORD } });
  if (r.statusCode !== 200) throw new Error(`login ${username} failed ${r.statusCode}`);
  return r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
};
const finance = await cookieOf('bench_finance');
const supervisor = await cookieOf('bench_cs');
/** Times GET `path(i)` (3 warm-ups, then LIST_N samples or LIST_MAX_S seconds); prints p50/p99, the rows and the answer's size. */
async function list(name: string, path: (i: number) => string, cookie = finance) {
  // A list that fails is reported (and the rest still measured).
  await timeList(app, `billing_list_${name}`, path, cookie, { n: LIST_N, maxS: LIST_MAX_S, warmups: 3 }).catch((e: Error) =>
    emit(`billing_list_${name}_error`, 1, { error: e.message.slice(0, 300) }),
  );
}
const history = (await q(`select month from billing_months where property_id = $1 order by month`, [pid])).rows.map(
  (r) => r.month as string,
);
const monthOf = (i: number) => history[(i * 7) % history.length]!;
const drawn = (i: number) => MONTHS[i % MONTHS.length]!;
const STATES = ['unpaid', 'partial', 'paid'];
await list('bills_month', (i) => `/bills?propertyId=${pid}&month=${monthOf(i)}`);
await list('bills_month_state', (i) => `/bills?propertyId=${pid}&month=${monthOf(i)}&state=${STATES[i % 3]}`);
await list('bills_all', () => `/bills?propertyId=${pid}`);
await list('months', () => `/billing/months?propertyId=${pid}`);
await list('month_tables', (i) => `/billing/months/by-month?propertyId=${pid}&month=${drawn(i)}`);
await list('meters', (i) => `/billing/meters?propertyId=${pid}&month=${drawn(i)}`);
await list('phones', (i) => `/billing/phones?propertyId=${pid}&month=${drawn(i)}`);
await list('parking', () => `/billing/parking?propertyId=${pid}`);
await list('units', () => `/billing/units?propertyId=${pid}`);
await list('received_month', (i) => `/billing/received?propertyId=${pid}&month=${monthOf(i)}`);
await list('arrears', () => `/billing/arrears?propertyId=${pid}`);
await list('arrears_month', (i) => `/billing/arrears?propertyId=${pid}&month=${monthOf(i)}`);
await list('collection', () => `/billing/collection?propertyId=${pid}`);
await list('dunning', () => `/billing/dunning?propertyId=${pid}`, supervisor);
await app.close();
await sqlc.end();
await database.close();
