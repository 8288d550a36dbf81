/**
 * npm run bench:cases — on the PostgreSQL server (a fresh database `hy_bench_cases`): seeds one
 * property with 300 units and 1,000,000 cases over three years (repairs with their work orders,
 * complaints, callbacks, escalations; a few thousand still open), then prints JSON lines for
 *  - one pass of the SLA scanner (the first, which raises the backlog of alerts, and a steady one),
 *  - GET /api/v1/cases with filters (server side via inject, p50/p99 ms, overall and per filter),
 *  - the monthly complaint statistics, the quarterly complaint rate and the three-equalities
 *    reconciliation of a month (ms, several runs each).
 * The seed is set-based SQL (INSERT … SELECT over generate_series). BENCH_REUSE=1 keeps an already
 * seeded database (new migrations are still applied) to iterate on indexes.
 */
import os from 'node:os';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { runSlaScan } from '../apps/server/src/domains/cases/index.ts';
import { emit, stats, timeIt, openBenchDatabase, seedBenchProperty, BENCH_PASSWORD } from './lib.ts';

const CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const UNITS = Number(process.env.BENCH_UNITS ?? 300);
const DAYS = 3 * 365;
const LIST_N = Number(process.env.BENCH_LIST_N ?? 200);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 10);
const DB_NAME = process.env.BENCH_DB ?? 'hy_bench_cases';
const password = BENCH_PASSWORD;

const { reused, database, sqlc } = await openBenchDatabase(DB_NAME);

// ---------- seed ----------
if (!reused) {
  const t0 = performance.now();
  const { pid, user } = await seedBenchProperty(sqlc);
  await sqlc.query(
    `insert into buildings (property_id, code, name, floors_above, sort) select $1, 'B' || g, '楼栋' || g, 30, g from generate_series(1, 10) g`,
    [pid],
  );
  await sqlc.query(
    `insert into organizations (property_id, name, kind, contact_name, contact_phone)
    select $1, '基准单位' || g, case when g % 3 = 0 then 'company' else 'government' end, '联系人' || g, '0755-2830' || lpad(g::text, 4, '0')
    from generate_series(1, 100) g`,
    [pid],
  );
  // 300 units over 10 buildings, each of an organization; 1–30 households.
  await sqlc.query(
    `
    insert into units (property_id, building_id, code, name, households, organization_id, phone)
    select $1, b.id, lpad(((g - 1) / 10 + 1)::text, 2, '0') || lpad((1 + (g - 1) % 10)::text, 2, '0'), '单元' || g, 1 + (g * 7) % 30, o.id,
           '0755-2840' || lpad(g::text, 4, '0')
    from generate_series(1, $2::int) g
    join buildings b on b.property_id = $1 and b.code = 'B' || (1 + (g - 1) % 10)
    join organizations o on o.property_id = $1 and o.name = '基准单位' || (1 + (g - 1) % 100)`,
    [pid, UNITS],
  );
  const supervisor = await user('bench_supervisor', '基准客服主管', 'cs_supervisor');
  await sqlc.query(`insert into user_roles (user_id, property_id, role) values ($1, $2, 'general_manager')`, [supervisor, pid]);
  const desk = await user('bench_desk', '基准前台', 'front_desk');
  const engineer = await user('bench_engineer', '基准工程师', 'engineer');
  const tenant = await user('bench_tenant', '基准业户', 'tenant');
  await sqlc.query(
    `create temp table bu as select row_number() over (order by code) as n, id, organization_id as org, code from units where property_id = $1`,
    [pid],
  );
  await sqlc.query('create unique index on bu (n)');

  // Cases: created in working hours (08:00–18:00 Beijing time) spread evenly over three years up to
  // now. 75 % repairs (equipment, by subcategory), 25 % complaints (80 % general, 17 % important,
  // 3 % major; 60 % valid). Cases of the last four days are in every state; older ones are closed,
  // except 0.1 % still stuck (in progress or waiting for the customer). 6–7 % are finished late.
  const CHUNK = 250_000;
  for (let from = 1; from <= CASES; from += CHUNK) {
    const to = Math.min(CASES, from + CHUNK - 1);
    await sqlc.query(
      `
      insert into cases (property_id, number, kind, channel, contact_name, contact_phone, unit_id, organization_id, location, content,
        nature, nature_type, category, subcategory, severity, emergency, urgency, status, assignee_id, reporter_id, created_by,
        respond_due_at, resolve_due_at, responded_at, dispatched_at, resolved_at, escalation_level, paused_at, reopened_count,
        closed_at, closed_by, close_result, close_note, created_at, received_at, updated_at)
      select $1, (case when kind = 'repair' then 'BX-' else 'TS-' end) || to_char(created_at at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(g::text, 7, '0'),
        kind, channel, contact, phone, unit_id, org, location, content,
        nature, nature_type, category, subcategory, severity, emergency, urgency, status,
        case when status <> 'open' then $2::uuid end, case when channel = 'tenant_portal' then $4::uuid end, case when channel <> 'tenant_portal' then $3::uuid end,
        respond_due, resolve_due, responded_at, dispatched_at, resolved_at,
        case when late and status in ('closed', 'resolved') then sev_level else 0 end,
        case when status = 'waiting_customer' then created_at + interval '1 hour' end,
        case when r6 < 0.01 then 1 else 0 end,
        closed_at, case when closed_at is not null then $3::uuid end,
        case when closed_at is not null then case when r6 > 0.98 then 'unresolvable' else 'resolved' end end,
        case when closed_at is not null then '已处理完毕，客户确认' end,
        created_at, created_at, coalesce(closed_at, resolved_at, dispatched_at, created_at)
      from (
        select *,
          case when status in ('resolved', 'closed') then least(now() - interval '2 minutes', created_at + (resolve_due - created_at) * (0.05 + r5 * (case when late then 1.6 else 0.9 end))) end as resolved_at
        from (
          select *,
            case when status <> 'open' then created_at + interval '1 minute' * (1 + floor(r5 * 25)) end as responded_at,
            case when status <> 'open' then created_at + interval '1 minute' * (5 + floor(r5 * 40)) end as dispatched_at,
            r5 > 0.93 as late
          from (
            select *,
              created_at + case when kind = 'repair' then interval '30 minutes'
                                when severity = 'general' then interval '10 minutes' when severity = 'important' then interval '1 hour'
                                else greatest(interval '30 minutes', date_trunc('day', created_at at time zone 'Asia/Shanghai') + interval '17 hours 30 minutes' - (created_at at time zone 'Asia/Shanghai')) end as respond_due,
              created_at + case when kind = 'repair' then case urgency when 'urgent' then interval '4 hours' when 'normal' then interval '1 day' else interval '3 days' end
                                when severity = 'important' then interval '3 days' else interval '2 days' end as resolve_due,
              case severity when 'general' then 1 when 'important' then 2 else 3 end as sev_level,
              case
                when created_at > now() - interval '4 days' then
                  case when r4 < 0.15 then 'open' when r4 < 0.35 then 'dispatched' when r4 < 0.55 then 'in_progress' when r4 < 0.60 then 'waiting_customer'
                       when r4 < 0.70 then 'resolved' else 'closed' end
                when r4 < 0.0005 then 'in_progress' when r4 < 0.001 then 'waiting_customer' else 'closed' end as status
            from (
              select g, r1, r2, r3, r4, r5, r6, created_at, u.id as unit_id, u.org,
                case when r1 < 0.75 then 'repair' else 'complaint' end as kind,
                (array['phone','phone','phone','phone','phone','phone','phone','phone','phone','hotline','hotline','hotline','visit','visit',
                       'tenant_portal','tenant_portal','tenant_portal','patrol','patrol','email','letter','chat','staff','manager'])[1 + floor(r3 * 24)::int] as channel,
                (array['张','王','李','赵','刘','陈','杨','黄','周','吴'])[1 + g % 10] || (array['伟','芳','娜','敏','静','强','磊','洋','军','杰'])[1 + (g / 10) % 10] as contact,
                '13' || lpad(((g::bigint * 7919) % 1000000000)::text, 9, '0') as phone,
                '楼栋' || (1 + g % 10) || ' ' || (1 + (g / 7) % 30) || '层 ' || u.code as location,
                case when r1 < 0.75 then null when r2 < 0.6 then 'valid' else 'communicative' end as nature,
                case when r1 >= 0.75 and r2 >= 0.6 then (array['help_seeking','inquiry','venting'])[1 + g % 3] end as nature_type,
                case when r1 < 0.75 then 'equipment' else (array['equipment','attitude','quality'])[1 + floor(r6 * 3)::int] end as category,
                case when r1 < 0.75 then (array['lighting','water','power','heating','ac','elevator','plumbing','network','door_lock','cleaning','other'])[1 + g % 11] end as subcategory,
                case when r1 < 0.75 then case when r2 < 0.95 then 'general' else 'important' end
                     when r2 < 0.80 then 'general' when r2 < 0.97 then 'important' else 'major' end as severity,
                r6 < 0.01 as emergency,
                case when r1 >= 0.75 then 'normal' when r5 < 0.10 then 'urgent' when r5 < 0.85 then 'normal' else 'low' end as urgency,
                case when r1 < 0.75 then (array['卫生间漏水，地面有积水','办公室灯不亮','空调不制冷','电梯异响','门锁损坏无法开启','网络中断','下水道堵塞','插座没有电','暖气不热','走廊需要保洁','窗户关不上'])[1 + g % 11]
                     else (array['保洁人员服务态度差','维修不及时，多次催促无人处理','会议室空调温度过高','前台接待不热情','停车场收费有异议','保安拒绝访客进入','电梯长时间停运','噪音影响办公'])[1 + g % 8] end
                  || '（' || u.code || '）' as content
              from (
                select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6,
                  least(now() - interval '1 minute' * (2 + g % 50),
                        ((date_trunc('day', now() at time zone 'Asia/Shanghai') - interval '1 day' * ($5::int - floor((g - 1)::float8 * $5 / $6)))
                          + interval '8 hours' + interval '1 second' * floor(random() * 36000)) at time zone 'Asia/Shanghai') as created_at
                from generate_series($7::int, $8::int) g
              ) x
              join bu u on u.n = 1 + (g * 31) % ${UNITS}
            ) y
          ) z
        ) w
      ) v,
      lateral (select case when status = 'closed' then least(now() - interval '1 minute', resolved_at + interval '1 minute' * (10 + floor(r6 * 600))) end as closed_at) cl`,
      [pid, engineer, desk, tenant, DAYS, CASES, from, to],
    );
  }

  // Work orders: one per dispatched repair (returned once closed; 3 % of those still only signed),
  // plus a voided one before it for 0.3 %. Numbers WX-year-seq, unbroken over the seed.
  await sqlc.query(
    `
    insert into work_orders (property_id, case_id, number, year, seq, paid, customer_name, content, urgency, issuer_id, assignee_id, status,
      issued_at, accepted_at, arrived_at, completed_at, work_done, signed_by_name, signed_at, signature_method, returned_at, returned_by, created_at, updated_at)
    select $1, id, 'WX-' || y || '-' || lpad(seq::text, 7, '0'), y, seq, seq % 50 = 0, contact_name, content, urgency, $3::uuid, $2::uuid, st,
      dispatched_at, case when st <> 'issued' then dispatched_at + interval '10 minutes' end,
      case when st not in ('issued', 'accepted') then dispatched_at + interval '30 minutes' end,
      case when st in ('completed', 'signed', 'returned') then coalesce(resolved_at, dispatched_at + interval '2 hours') end,
      case when st in ('completed', 'signed', 'returned') then '已修复，试用正常' end,
      case when st in ('signed', 'returned') then contact_name end, case when st in ('signed', 'returned') then coalesce(resolved_at, dispatched_at) + interval '5 minutes' end,
      case when st in ('signed', 'returned') then case when channel = 'tenant_portal' then 'portal' else 'paper' end end,
      case when st = 'returned' then coalesce(closed_at, resolved_at) end, case when st = 'returned' then $3::uuid end,
      dispatched_at, coalesce(closed_at, resolved_at, dispatched_at)
    from (
      select c.*, to_char(dispatched_at at time zone 'Asia/Shanghai', 'YYYY')::int as y, row_number() over () as seq,
        case status when 'closed' then case when hashtext(number) % 100 in (0, 1, 2) then 'signed' else 'returned' end
                    when 'resolved' then 'signed' when 'in_progress' then 'on_site' when 'waiting_customer' then 'accepted' else 'issued' end as st
      from cases c where c.property_id = $1 and c.kind = 'repair' and c.dispatched_at is not null
    ) s`,
    [pid, engineer, desk],
  );
  await sqlc.query(
    `
    insert into work_orders (property_id, case_id, number, year, seq, content, urgency, issuer_id, status, issued_at, void_reason, voided_at, voided_by, created_at, updated_at)
    select $1, c.id, 'WX-' || y || '-' || lpad((m.mx + n)::text, 7, '0'), y, m.mx + n, c.content, c.urgency, $2::uuid, 'voided', c.dispatched_at, '信息填写错误，重新开单',
      c.dispatched_at + interval '3 minutes', $2::uuid, c.dispatched_at, c.dispatched_at + interval '3 minutes'
    from (select c.*, to_char(dispatched_at at time zone 'Asia/Shanghai', 'YYYY')::int as y, row_number() over () as n
          from cases c where c.property_id = $1 and c.kind = 'repair' and c.status = 'closed' and hashtext(c.number) % 1000 = 7) c,
         (select max(seq) as mx from work_orders where property_id = $1) m`,
    [pid, desk],
  );
  const years = (await sqlc.query(`select year, max(seq)::int as mx from work_orders where property_id = $1 group by year`, [pid])).rows;
  for (const y of years)
    await sqlc.query(`insert into counters (property_id, key, value) values ($1, $2, $3) on conflict do nothing`, [
      pid,
      `wo:${y.year}`,
      y.mx,
    ]);

  // Callbacks: every finished complaint, half of the finished repairs; 92 % satisfied.
  await sqlc.query(
    `
    insert into callbacks (property_id, case_id, by_id, at, satisfied_result, courtesy_rating, attitude_rating, comment, created_at)
    select $1, id, $2::uuid, resolved_at + interval '1 hour', r < 0.92, 3 + floor(r * 3)::int, 3 + floor(random() * 3)::int, case when r >= 0.92 then '处理时间偏长' end, resolved_at + interval '1 hour'
    from (select id, resolved_at, random() r, kind, hashtext(number) h from cases where property_id = $1 and resolved_at is not null) c
    where kind = 'complaint' or h % 2 = 0`,
    [pid, desk],
  );
  // Escalations of the late finished cases (the daily and monthly reviews list them).
  await sqlc.query(
    `
    insert into case_events (property_id, case_id, kind, actor_name, data, at)
    select $1, id, 'escalated', 'system', jsonb_build_object('level', escalation_level, 'cause', 'resolve_breach'), resolve_due_at
    from cases where property_id = $1 and escalation_level > 0`,
    [pid],
  );
  await sqlc.query('vacuum analyze');
  const {
    rows: [n],
  } = await sqlc.query(`select (select count(*)::int from cases) as cases, (select count(*)::int from work_orders) as wos,
    (select count(*)::int from callbacks) as callbacks, (select count(*)::int from cases where status not in ('resolved','closed','waiting_customer')) as active`);
  emit('cases_seed_s', (performance.now() - t0) / 1000, {
    cases: n.cases,
    workOrders: n.wos,
    callbacks: n.callbacks,
    activeCases: n.active,
    units: UNITS,
    days: DAYS,
  });
} else {
  await sqlc.query('analyze');
}
if (process.env.BENCH_SEED_ONLY) {
  await sqlc.end();
  await database.close();
  process.exit(0);
}

const {
  rows: [{ id: pid }],
} = await sqlc.query(`select id from properties where code = 'BENCH'`);

// ---------- SLA scanner ----------
{
  const t = performance.now();
  const first = await runSlaScan(database.db, new Date());
  emit('sla_scan_first_pass_ms', performance.now() - t, first);
  const samples: number[] = [];
  let last = first;
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    last = await runSlaScan(database.db, new Date());
    samples.push(performance.now() - s);
  }
  const s = stats(samples);
  emit('sla_scan_pass_ms', s.p50, { ...last, n: s.n, max: Math.round(Math.max(...samples) * 100) / 100 });
}

// ---------- the app ----------
const config = { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false };
const app = await buildApp({ database, config });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bench_supervisor', password } });
if (login.statusCode !== 200) throw new Error(`login failed ${login.statusCode} ${login.body}`);
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const get = async (url: string) => {
  const r = await app.inject({ url, headers: { cookie } });
  if (r.statusCode !== 200) throw new Error(`${url} → ${r.statusCode} ${r.body.slice(0, 300)}`);
  return r.json() as Record<string, unknown>;
};

// Local months of the three years, newest first.
const monthsBack = (k: number) => {
  const d = new Date(Date.now() + 8 * 3600_000);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - k);
  return d.toISOString().slice(0, 7);
};
const monthRange = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(y, mo - 1, 1) - 8 * 3600_000);
  const to = new Date(Date.UTC(y, mo, 1) - 8 * 3600_000);
  return { from: from.toISOString(), to: to.toISOString() };
};
const e = encodeURIComponent;

// ---------- floors: what any request costs on this machine now (the machine is shared: compare with these) ----------
{
  const ids = (await sqlc.query(`select id from cases where property_id = $1 order by created_at desc limit 200`, [pid])).rows.map(
    (r) => r.id as string,
  );
  const h = stats(await timeIt(LIST_N, async () => void (await app.inject({ url: '/healthz' })), 10));
  emit('cases_floor_healthz_ms_p50', h.p50, { n: h.n });
  emit('cases_floor_healthz_ms_p99', h.p99, { n: h.n });
  const b = stats(
    await timeIt(LIST_N, async (i) => void (await sqlc.query('select * from cases where id = $1', [ids[i % ids.length]])), 10),
  );
  emit('cases_floor_select_by_id_ms_p50', b.p50, { n: b.n });
  emit('cases_floor_select_by_id_ms_p99', b.p99, { n: b.n });
  const d = stats(await timeIt(Math.round(LIST_N / 4), async (i) => void (await get(`/api/v1/cases/${ids[i % ids.length]}`)), 5));
  emit('case_detail_ms_p50', d.p50, { n: d.n });
  emit('case_detail_ms_p99', d.p99, { n: d.n });
}

// ---------- case list ----------
const FILTERS: [string, (i: number) => string][] = [
  [
    'kind_status_severity_month',
    (i) => {
      const r = monthRange(monthsBack(1 + (i % 34)));
      return `kind=repair&status=closed&severity=general&from=${e(r.from)}&to=${e(r.to)}`;
    },
  ],
  [
    'major_complaints_quarter',
    (i) => {
      const a = monthRange(monthsBack(3 + (i % 30)));
      const b = monthRange(monthsBack(1 + (i % 30)));
      return `kind=complaint&severity=major&from=${e(a.from)}&to=${e(b.to)}`;
    },
  ],
  ['text', (i) => `q=${e(['漏水', '电梯', '空调', '态度'][i % 4]!)}`],
  [
    'text_rare',
    (i) => `q=${e(['0' + String(1 + ((i * 97) % 300)).padStart(3, '0') + '）', 'TS-2025-0' + String(1000 + i * 37).slice(0, 4)][i % 2]!)}`,
  ],
  ['overdue', () => 'overdue=true'],
  ['status_open', (i) => `status=${['open', 'dispatched', 'in_progress', 'waiting_customer'][i % 4]}`],
  // Resolved, waiting for the callback (the callbacks to make).
  ['status_resolved', () => 'status=resolved'],
  ['sla_state', (i) => `sla=${['on_time', 'warning', 'breached', 'paused'][i % 4]}`],
  ['first_page', () => ''],
];
const byFilter = new Map<string, number[]>();
const all: number[] = [];
const list = await timeIt(
  LIST_N,
  async (i) => {
    const [name, f] = FILTERS[i % FILTERS.length]!;
    const t = performance.now();
    await get(`/api/v1/cases?propertyId=${pid}&limit=50&${f(Math.floor(i / FILTERS.length))}`);
    const ms = performance.now() - t;
    if (!byFilter.has(name)) byFilter.set(name, []);
    byFilter.get(name)!.push(ms);
  },
  FILTERS.length * 2,
);
all.push(...list);
const ls = stats(all);
emit('cases_list_ms_p50', ls.p50, { n: ls.n });
emit('cases_list_ms_p99', ls.p99, { n: ls.n });
for (const [name, samples] of byFilter) {
  const s = stats(samples.slice(2)); // the first two were the warm-up
  emit(`cases_list_${name}_ms_p50`, s.p50, { n: s.n });
  emit(`cases_list_${name}_ms_p99`, s.p99, { n: s.n });
}

// ---------- the other lists of the service desk ----------
const engineerLogin = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bench_engineer', password } });
if (engineerLogin.statusCode !== 200) throw new Error(`engineer login failed ${engineerLogin.statusCode}`);
const engineerCookie = engineerLogin.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const year = new Date().getUTCFullYear();
const OTHER_LISTS: [string, string, string][] = [
  ['cases_pinned', `/api/v1/cases/pinned?propertyId=${pid}`, cookie],
  ['work_orders_mine', `/api/v1/work-orders?propertyId=${pid}&assignee=me&limit=100`, engineerCookie],
  ['work_orders_issued', `/api/v1/work-orders?propertyId=${pid}&status=issued&limit=100`, cookie],
  ['work_orders_workload', `/api/v1/work-orders/workload?propertyId=${pid}`, cookie],
  ['work_orders_gap_report', `/api/v1/work-orders/gap-report?propertyId=${pid}&year=${year}`, cookie],
  ['cases_contact_lookup', `/api/v1/cases/contact-lookup?propertyId=${pid}&phone=13000007919`, cookie],
];
for (const [name, url, who] of OTHER_LISTS) {
  const samples = await timeIt(
    name === 'work_orders_gap_report' ? Math.min(RUNS * 2, LIST_N) : Math.round(LIST_N / 4),
    async () => {
      const r = await app.inject({ url, headers: { cookie: who } });
      if (r.statusCode !== 200) throw new Error(`${url} → ${r.statusCode} ${r.body.slice(0, 300)}`);
    },
    2,
  );
  const s = stats(samples);
  emit(`${name}_ms_p50`, s.p50, { n: s.n });
  emit(`${name}_ms_p99`, s.p99, { n: s.n });
}

// ---------- reports ----------
const report = async (metric: string, url: (i: number) => string) => {
  const samples = await timeIt(RUNS, async (i) => void (await get(url(i))), 2);
  const s = stats(samples);
  emit(metric, s.p50, { n: s.n, p99: Math.round(s.p99 * 100) / 100 });
  emit(metric.replace(/_ms$/, '_ms_p99'), s.p99, { n: s.n });
};
const quarter = (k: number) => {
  const [y, m] = monthsBack(3 * k)
    .split('-')
    .map(Number) as [number, number];
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
};
await report('complaints_monthly_ms', (i) => `/api/v1/reports/complaints-monthly?propertyId=${pid}&month=${monthsBack(1 + (i % 30))}`);
await report('complaint_rate_quarter_ms', (i) => `/api/v1/reports/complaint-rate?propertyId=${pid}&quarter=${quarter(1 + (i % 10))}`);
await report('three_equalities_month_ms', (i) => `/api/v1/reports/three-equalities?propertyId=${pid}&month=${monthsBack(1 + (i % 30))}`);
await report('three_equalities_current_month_ms', () => `/api/v1/reports/three-equalities?propertyId=${pid}&month=${monthsBack(0)}`);
await report('sla_report_month_ms', (i) => `/api/v1/reports/sla?propertyId=${pid}&month=${monthsBack(1 + (i % 30))}`);
await report('supervision_monthly_ms', (i) => `/api/v1/supervision/monthly?propertyId=${pid}&month=${monthsBack(1 + (i % 30))}`);
await report(
  'supervision_daily_ms',
  (i) => `/api/v1/supervision/daily?propertyId=${pid}&date=${new Date(Date.now() - (1 + i) * 86_400_000).toISOString().slice(0, 10)}`,
);

const {
  rows: [v],
} = await sqlc.query('show server_version');
emit('cases_bench_machine', os.cpus().length, {
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  postgres: v.server_version,
});
await app.close();
await sqlc.end();
await database.close();
