/**
 * npm run bench:modules — on the PostgreSQL server (a fresh database `hy_bench_modules`): one large property with
 * four years of the newer modules' history, seeded with set-based SQL (INSERT … SELECT over generate_series):
 *  - tenants: 600 tenant companies with their files, 3,000 applications, 12,000 visits, 20,000 archive entries and
 *    5,000 archive loans (30 out, 8 of them overdue);
 *  - paid services: 80,000 business-center slips, 30,000 incoming faxes, 20,000 laundry requests, 100,000 meal
 *    orders;
 *  - guest rooms: 120 rooms, 20,000 stays (60 in house) with their rooms and check-out inspections, 1,000 left items;
 *  - staff quality: 150 staff, ~10,000 evaluations and spot checks, 400 training sessions with 12,000 attendances.
 * It prints JSON lines `<module>_list_<name>_ms_p50/p99` for every list the web shows of these modules (server side,
 * inject, signed in as the page's user, varied filters), and the floors in the same run: GET /healthz through the
 * same app and a bare primary-key SELECT through a pg pool of the same size. BENCH_REUSE=1 keeps a seeded database.
 */
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { emit, stats, timeIt, timeList, openBenchDatabase, seedBenchProperty, BENCH_PASSWORD } from './lib.ts';

const N = Number(process.env.BENCH_N ?? 300);
const MAX_S = Number(process.env.BENCH_MAX_S ?? 20);
const POOL = 10;
const DAYS = 4 * 365;
const ORGS = 600;
const STAFF = 150;

const { reused, url, database, sqlc } = await openBenchDatabase('hy_bench_modules', POOL);
const q = (text: string, params: unknown[] = []) => sqlc.query(text, params);

// ---------- seed ----------
if (!reused) {
  const t0 = performance.now();
  const { pid, user } = await seedBenchProperty(sqlc);
  const cs = await user('bench_cs', '基准客服主管', 'cs_supervisor');
  const desk = await user('bench_desk', '基准总台', 'front_desk');
  await q(`insert into buildings (property_id, code, name, floors_above) values ($1, 'A', '综合楼', 30)`, [pid]);
  await q(
    `insert into organizations (property_id, name, kind, contact_name, contact_phone)
     select $1, '基准租户' || lpad(g::text, 4, '0') || (array['科技','贸易','咨询','传媒','投资'])[1 + g % 5] || '有限公司', 'company',
            '联系人' || g, '0755-2830' || lpad(g::text, 4, '0')
     from generate_series(1, $2::int) g`,
    [pid, ORGS],
  );
  await q(
    `insert into units (property_id, building_id, code, households, organization_id)
     select $1, b.id, 'A' || lpad(g::text, 4, '0'), 1, o.id
     from generate_series(1, $2::int) g cross join (select id from buildings where property_id = $1) b
     join (select id, row_number() over (order by name) rn from organizations where property_id = $1) o on o.rn = 1 + (g - 1) % $3::int`,
    [pid, ORGS * 2, ORGS],
  );
  await q(`create temp table orgs as select id, name, row_number() over (order by name) rn from organizations where property_id = $1`, [
    pid,
  ]);
  await q(
    `create temp table org_units as select distinct on (organization_id) organization_id, id from units where property_id = $1 order by organization_id, code`,
    [pid],
  );
  // Staff: the property's cleaners, engineers and security (the quality pages' people).
  await q(
    `with u as (
       insert into users (username, display_name, password_hash, phone)
       select 'bench_staff' || g, (array['王','李','张','刘','陈','杨','黄','赵'])[1 + g % 8] || '员工' || g,
              (select password_hash from users where id = $2), '13800138000'
       from generate_series(1, $3::int) g returning id, username)
     insert into user_roles (user_id, property_id, role)
     select id, $1, (array['cleaner','engineer','security'])[1 + substr(username, 12)::int % 3] from u`,
    [pid, cs, STAFF],
  );

  // ---- tenants ----
  await q(
    `insert into tenant_files (property_id, organization_id, status, area_sqm, staff_count, move_in_date)
     select $1, id, case when rn % 40 = 0 then 'vacated' when rn % 50 = 0 then 'moving_in' else 'occupied' end, 120 + rn % 800, 5 + rn % 200,
            current_date - (rn * 7 % 3000)::int
     from orgs`,
    [pid],
  );
  await q(
    `insert into tenant_applications (property_id, organization_id, number, kind, state, unit_id, description, planned_start, planned_end,
       submitted_by_name, submitted_at, decided_by_name, decided_at, created_at)
     select $1, o.id, 'SQ-' || lpad(g::text, 6, '0'), (array['move_in','move_out','fit_out'])[1 + g % 3],
            case when g > 2980 then 'submitted' when g % 17 = 0 then 'rejected' when g > 2950 then 'in_progress' else 'accepted' end,
            ou.id, '基准申请 ' || g, at::date + 7, at::date + 37, '联系人', at,
            case when g <= 2980 then '基准客服主管' end, case when g <= 2980 then at + interval '1 day' end, at
     from generate_series(1, 3000) g cross join lateral (select now() - interval '1 day' * $2::int * (1 - g / 3000.0) as at) x
     join orgs o on o.rn = 1 + g * 7 % $3::int join org_units ou on ou.organization_id = o.id`,
    [pid, DAYS, ORGS],
  );
  await q(
    `insert into tenant_visits (property_id, organization_id, unit_id, state, planned_at, place, contact_name, topics, visitors, visited_at,
       met_names, satisfaction, created_by, created_by_name, created_at)
     select $1, o.id, ou.id, case when at > now() then 'planned' when g % 29 = 0 then 'cancelled' else 'done' end, at, '客户办公室',
            '联系人', '["物业服务意见","续租意向"]'::jsonb, jsonb_build_array(jsonb_build_object('id', $2::text, 'name', '基准客服主管')),
            case when at <= now() and g % 29 <> 0 then at + interval '30 minutes' end, case when at <= now() and g % 29 <> 0 then '负责人' end,
            case when at <= now() and g % 29 <> 0 then (array['very_satisfied','satisfied','neutral','dissatisfied'])[1 + g % 4] end,
            $2::uuid, '基准客服主管', at - interval '7 days'
     from generate_series(1, 12000) g cross join lateral (select now() + interval '20 days' - interval '1 day' * ($3::int + 20) * (1 - g / 12000.0) as at) x
     join orgs o on o.rn = 1 + g * 13 % $4::int join org_units ou on ou.organization_id = o.id`,
    [pid, cs, DAYS, ORGS],
  );
  await q(
    `insert into tenant_archive_entries (property_id, organization_id, file_no, title, category, pages, filed_on, filed_by_name)
     select $1, o.id, 'DA-' || lpad(g::text, 6, '0'), '档案 ' || g,
            (array['contract','move_in','fit_out','move_out','correspondence','visit','other'])[1 + g % 7], 1 + g % 40,
            current_date - ($2::int * (1 - g / 20000.0))::int, '基准档案员'
     from generate_series(1, 20000) g join orgs o on o.rn = 1 + g * 11 % $3::int`,
    [pid, DAYS, ORGS],
  );
  await q(
    `insert into tenant_archive_loans (property_id, entry_id, borrower_name, borrower_dept, purpose, lent_by_name, lent_at, due_on, returned_at,
       checked_by_name)
     select $1, e.id, '借阅人' || g, '客服部', '查阅', '基准档案员', at, (at + interval '7 days')::date,
            case when g <= 4970 then at + interval '2 days' end, case when g <= 4970 then '基准档案员' end
     from generate_series(1, 5000) g
     cross join lateral (select case when g > 4992 then now() - interval '20 days' when g > 4970 then now() - interval '1 day' * (g % 5)
                                     else now() - interval '1 day' * $2::int * (1 - g / 5000.0) end as at) x
     join (select id, row_number() over (order by file_no) rn from tenant_archive_entries where property_id = $1) e on e.rn = 1 + (g * 3) % 20000`,
    [pid, DAYS],
  );

  // ---- paid services ----
  await q(
    `insert into bc_slips (property_id, number, kind, state, organization_id, unit_id, customer_name, details, amount_fen, operator_name,
       finished_at, payment, signer_name, signed_at, created_by, created_by_name, created_at, updated_at)
     select $1, 'SW-' || lpad(g::text, 7, '0'), 'copying', case when g > 79980 then 'open' when g % 200 = 0 then 'voided' else 'signed' end,
            o.id, ou.id, '客户' || (g % 997), '{"kind":"copying","pages":5,"size":"A4","sides":"single","copies":2}'::jsonb, 1000 + g % 5000,
            '基准总台', case when g <= 79980 then at + interval '10 minutes' end, case when g <= 79980 then 'cash' end,
            case when g <= 79980 and g % 200 <> 0 then '客户' || (g % 997) end, case when g <= 79980 and g % 200 <> 0 then at + interval '11 minutes' end,
            $2, '基准总台', at, at
     from generate_series(1, 80000) g cross join lateral (select now() - interval '1 day' * $3::int * (1 - g / 80000.0) as at) x
     join orgs o on o.rn = 1 + g * 17 % $4::int join org_units ou on ou.organization_id = o.id`,
    [pid, desk, DAYS, ORGS],
  );
  await q(
    `insert into bc_faxes_in (property_id, received_at, recipient_name, unit_text, organization_id, pages, sender, state, collected_at,
       collected_by_name, created_by_name, created_at)
     select $1, at, '收件人' || (g % 1500), 'A' || lpad((1 + g % 1200)::text, 4, '0'), o.id, 1 + g % 9, '发件单位' || (g % 300),
            case when g > 29970 then 'waiting' else 'collected' end, case when g <= 29970 then at + interval '2 hours' end,
            case when g <= 29970 then '收件人' || (g % 1500) end, '基准总台', at
     from generate_series(1, 30000) g cross join lateral (select now() - interval '1 day' * $2::int * (1 - g / 30000.0) as at) x
     join orgs o on o.rn = 1 + g * 19 % $3::int`,
    [pid, DAYS, ORGS],
  );
  await q(
    `insert into ps_suppliers (property_id, kind, name, contact_name, phone) values
     ($1, 'laundry', '洁净洗衣', '洗衣联系人', '0755-1'), ($1, 'laundry', '华洁干洗', '洗衣联系人', '0755-2'),
     ($1, 'meals', '基准餐饮', '餐饮联系人', '0755-3'), ($1, 'meals', '好味道快餐', '餐饮联系人', '0755-4')`,
    [pid],
  );
  await q(
    `insert into ps_laundry_requests (property_id, organization_id, unit_id, supplier_id, source, state, contact_name, called_at, collected_at,
       returned_at, lines, total_fen, signer_name, signed_at, created_by, created_by_name, created_at, updated_at)
     select $1, o.id, ou.id, s.id, case when g % 3 = 0 then 'portal' else 'desk' end,
            case when g > 19980 then 'requested' when g > 19960 then 'collected' else 'signed' end, '联系人',
            case when g <= 19980 then at + interval '10 minutes' end, case when g <= 19980 then at + interval '1 hour' end,
            case when g <= 19960 then at + interval '2 days' end,
            '[{"item":"西装","service":"dry_clean","qty":2,"priceFen":3000}]'::jsonb, 6000,
            case when g <= 19960 then '联系人' end, case when g <= 19960 then at + interval '2 days' end, $2, '基准总台', at, at
     from generate_series(1, 20000) g cross join lateral (select now() - interval '1 day' * $3::int * (1 - g / 20000.0) as at) x
     join orgs o on o.rn = 1 + g * 23 % $4::int join org_units ou on ou.organization_id = o.id
     join (select id, row_number() over (order by name) rn from ps_suppliers where property_id = $1 and kind = 'laundry') s on s.rn = 1 + g % 2`,
    [pid, desk, DAYS, ORGS],
  );
  await q(
    `insert into ps_meal_orders (property_id, organization_id, unit_id, supplier_id, order_date, source, state, contact_name, lines, total_fen,
       delivered_at, signer_name, signed_at, created_by, created_by_name, created_at, updated_at)
     select $1, o.id, ou.id, s.id, d, 'desk', case when d >= current_date then 'ordered' else 'signed' end, '联系人',
            '[{"dish":"商务套餐","count":3,"priceFen":2500}]'::jsonb, 7500,
            case when d < current_date then d + time '12:00' end, case when d < current_date then '联系人' end,
            case when d < current_date then d + time '12:10' end, $2, '基准总台', d - interval '1 day', d - interval '1 day'
     from generate_series(1, 100000) g cross join lateral (select current_date + 1 - ($3::int * (1 - g / 100000.0))::int as d) x
     join orgs o on o.rn = 1 + g * 29 % $4::int join org_units ou on ou.organization_id = o.id
     join (select id, row_number() over (order by name) rn from ps_suppliers where property_id = $1 and kind = 'meals') s on s.rn = 1 + g % 2`,
    [pid, desk, DAYS, ORGS],
  );

  // ---- guest rooms ----
  await q(
    `insert into guest_rooms (property_id, building, floor, number, room_type, beds, status)
     select $1, '客房楼', 2 + (g - 1) / 20, (2 + (g - 1) / 20)::text || lpad((1 + (g - 1) % 20)::text, 2, '0'),
            (array['standard','king','suite','apartment'])[1 + g % 4], case when g % 4 = 0 then 2 else 1 end,
            case when g <= 60 then 'occupied' else 'vacant_clean' end
     from generate_series(1, 120) g`,
    [pid],
  );
  await q(
    `create temp table rooms as select id, number, room_type, row_number() over (order by number) rn from guest_rooms where property_id = $1`,
    [pid],
  );
  // 20,000 stays over four years (3 days each); the last 60 still in house, one room each.
  await q(
    `insert into guest_stays (property_id, host_unit, guests, contact_phone, room_type, room_count, state, checked_in_at, planned_check_out_on,
       checked_out_at, created_by, created_by_name, created_at)
     select $1, '接待单位' || (g % 80), jsonb_build_array('客人' || g), '139' || lpad(g::text, 8, '0'), r.room_type, 1,
            case when g > 19940 then 'in_house' else 'checked_out' end, at, (at + interval '3 days')::date,
            case when g <= 19940 then at + interval '3 days' end, $2, '基准总台', at
     from generate_series(1, 20000) g
     cross join lateral (select case when g > 19940 then now() - interval '1 hour' * (g - 19940)
                                     else now() - interval '1 day' * $3::int * (1 - g / 20000.0) - interval '4 days' end as at) x
     join rooms r on r.rn = case when g > 19940 then g - 19940 else 61 + g % 60 end`,
    [pid, desk, DAYS],
  );
  await q(
    `insert into guest_stay_rooms (property_id, stay_id, room_id, keys_issued, keys_returned, key_outcome, checked_in_at, checked_out_at)
     select $1, s.id, r.id, 1, case when s.state = 'checked_out' then 1 end, case when s.state = 'checked_out' then 'returned' end,
            s.checked_in_at, s.checked_out_at
     from (select *, case when state = 'in_house' then row_number() over (partition by state order by checked_in_at)
                          else 61 + (hashtext(id::text) & 1023) % 60 end as room_rn
           from guest_stays where property_id = $1) s
     join rooms r on r.rn = s.room_rn`,
    [pid],
  );
  await q(
    `insert into guest_room_inspections (property_id, room_id, stay_id, inspected_at, inspector_name, cleaned_at, cleaned_by_name)
     select $1, sr.room_id, sr.stay_id, sr.checked_out_at + interval '20 minutes', '基准内务', sr.checked_out_at + interval '1 hour', '基准保洁'
     from guest_stay_rooms sr where sr.property_id = $1 and sr.checked_out_at is not null`,
    [pid],
  );
  await q(
    `insert into guest_left_items (property_id, inspection_id, room_number, description, valuable, found_at, found_by_name, handed_in_at, handed_to_name)
     select $1, i.id, r.number, '遗留物品', random() < 0.1, i.inspected_at, '基准内务', i.inspected_at + interval '1 hour', '基准总台'
     from guest_room_inspections i join rooms r on r.id = i.room_id where i.property_id = $1 and hashtext(i.id::text) % 20 = 0`,
    [pid],
  );

  // ---- staff quality ----
  await q(
    `insert into evaluation_criteria (property_id, name, max_score, position)
     select $1, n, 20, p from unnest(array['仪容仪表','工作质量','服务态度','劳动纪律','安全规范']) with ordinality u(n, p)`,
    [pid],
  );
  await q(
    `insert into staff_evaluations (property_id, kind, month, staff_id, staff_name, evaluator_id, evaluator_name, evaluated_at, total, max_total,
       passed, remarks)
     select $1, kind, to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM'), u.id, u.display_name, $2, '基准客服主管', at, 60 + (g % 40), 100, g % 40 >= 0, null
     from (
       select g, u.id, u.display_name, 'evaluation' as kind,
              date_trunc('month', now()) - interval '1 month' * m + interval '25 days' + interval '1 minute' * g as at
       from generate_series(1, 47) m cross join (select id, display_name, row_number() over (order by username) g from users
         where username like 'bench_staff%') u
       union all
       select g, u.id, u.display_name, 'spot_check', now() - interval '1 day' * $3::int * (1 - g / 3000.0)
       from generate_series(1, 3000) g join (select id, display_name, row_number() over (order by username) rn from users
         where username like 'bench_staff%') u on u.rn = 1 + g % $4::int
     ) x join users u on u.id = x.id`,
    [pid, cs, DAYS, STAFF],
  );
  await q(
    `insert into training_sessions (property_id, month, topic, trainer, starts_at, minutes, place, audience_roles, created_by)
     select $1, to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM'), '培训 ' || g, '培训师', at, 90, '培训室',
            array['cleaner','engineer','security'], $2
     from generate_series(1, 400) g cross join lateral (select now() - interval '1 day' * $3::int * (1 - g / 400.0) as at) x`,
    [pid, cs, DAYS],
  );
  await q(
    `insert into training_attendance (session_id, user_id, user_name, attended, absence_reason, score, passed, recorded_at)
     select s.id, u.id, u.display_name, k % 10 <> 0, case when k % 10 = 0 then '休假' end,
            case when k % 10 <> 0 then 60 + k % 40 end, case when k % 10 <> 0 then true end, s.starts_at + interval '2 hours'
     from training_sessions s cross join generate_series(1, 30) k
     join (select id, display_name, row_number() over (order by username) rn from users where username like 'bench_staff%') u
       on u.rn = 1 + (k * 5 + (hashtext(s.id::text) & 1023)) % $2::int
     where s.property_id = $1
     on conflict do nothing`,
    [pid, STAFF],
  );
  await q('vacuum analyze');
  const {
    rows: [n],
  } = await q(`select (select count(*)::int from tenant_visits) tenant_visits, (select count(*)::int from tenant_applications) applications,
    (select count(*)::int from bc_slips) slips, (select count(*)::int from bc_faxes_in) faxes, (select count(*)::int from ps_laundry_requests) laundry,
    (select count(*)::int from ps_meal_orders) meals, (select count(*)::int from guest_stays) stays,
    (select count(*)::int from guest_stays where state = 'in_house') in_house, (select count(*)::int from staff_evaluations) evaluations,
    (select count(*)::int from training_attendance) attendance`);
  emit('modules_seed_s', (performance.now() - t0) / 1000, n);
} else await q('analyze');

const {
  rows: [{ id: pid }],
} = await q(`select id from properties where code = 'BENCH'`);

// ---------- the app ----------
const app = await buildApp({ database, config: { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false } });
await app.ready();
const cookieOf = async (username: string) => {
  const r = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: BENCH_PASSWORD } });
  if (r.statusCode !== 200) throw new Error(`login ${username} failed ${r.statusCode} ${r.body}`);
  return r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
};
const cs = await cookieOf('bench_cs');
const desk = await cookieOf('bench_desk');

// ---------- floor ----------
{
  const pool = new pg.Pool({ connectionString: url, max: POOL });
  const ids = (await q(`select id from bc_slips tablesample system (5) repeatable (3) limit 1000`)).rows.map((r) => r.id as string);
  const s1 = stats(
    await timeIt(N, async (i) => void (await pool.query('select * from bc_slips where id = $1', [ids[(i * 7919) % ids.length]]))),
  );
  emit('floor_pk_select_ms_p50', s1.p50, { n: s1.n, what: 'bare SELECT of a slip by primary key, pg pool of the same size' });
  emit('floor_pk_select_ms_p99', s1.p99, { n: s1.n });
  await pool.end();
  const s2 = stats(
    await timeIt(N, async () => {
      const r = await app.inject({ url: '/healthz' });
      if (r.statusCode !== 200) throw new Error(`/healthz → ${r.statusCode}`);
    }),
  );
  emit('floor_healthz_ms_p50', s2.p50, { n: s2.n, what: 'GET /healthz through the same app (inject)' });
  emit('floor_healthz_ms_p99', s2.p99, { n: s2.n });
}

// ---------- the lists ----------
const only = process.env.BENCH_ONLY?.split(',');
const measured: Record<string, ReturnType<typeof stats>> = {};
/** Times GET `path(i)` (10 warm-ups, then N samples or MAX_S seconds) as `cookie`; prints p50/p99, the rows and the answer's size. */
async function list(metric: string, path: (i: number) => string, cookie = cs) {
  if (only && !only.some((o) => metric.includes(o))) return;
  const s = await timeList(app, metric, path, cookie, { n: N, maxS: MAX_S });
  measured[metric] = s;
}
const P = `propertyId=${pid}`;
const orgIds = (await q(`select id from organizations where property_id = $1 order by name`, [pid])).rows.map((r) => r.id as string);
const org = (i: number) => orgIds[(i * 37) % orgIds.length]!;
const local = (k: number) => new Date(Date.now() + 8 * 3600_000 - k * 86_400_000);
const pastDay = (i: number) =>
  local((i * 37) % (DAYS - 2))
    .toISOString()
    .slice(0, 10);
const pastMonth = (i: number) =>
  local((i * 31) % (DAYS - 31))
    .toISOString()
    .slice(0, 7);
const pick = <T>(a: readonly T[], i: number) => a[i % a.length]!;

// tenants (the customer-service supervisor's pages)
await list('tenants_list_visits', () => `/tenant-visits?${P}&limit=50`);
await list('tenants_list_visits_state', (i) => `/tenant-visits?${P}&state=${pick(['planned', 'done', 'cancelled'], i)}&limit=50`);
await list('tenants_list_visits_organization', (i) => `/tenant-visits?${P}&organizationId=${org(i)}&limit=50`);
await list('tenants_list_visits_by_tenant', (i) => `/tenant-visits/by-tenant?${P}&year=${2026 - (i % 4)}`);
await list('tenants_list_visits_register', (i) => `/tenant-visits/register?${P}&from=${pastMonth(i)}-01&to=${pastMonth(i)}-28`);
await list('tenants_list_applications', () => `/tenant-applications?${P}&limit=50`);
await list(
  'tenants_list_applications_filtered',
  (i) =>
    `/tenant-applications?${P}&kind=${pick(['move_in', 'move_out', 'fit_out'], i)}&state=${pick(['accepted', 'submitted', 'rejected'], i >> 1)}&limit=50`,
);
await list('tenants_list_applications_organization', (i) => `/tenant-applications?${P}&organizationId=${org(i)}&limit=50`);
await list('tenants_list_files', () => `/tenant-files?${P}`);
await list(
  'tenants_list_files_q',
  (i) => `/tenant-files?${P}&q=${encodeURIComponent(pick(['科技', '基准租户01', '贸易有限', '0427'], i))}`,
);
await list('tenants_list_archive_loans', () => `/tenant-archive-loans?${P}`);
await list('tenants_list_archive_loans_overdue', () => `/tenant-archive-loans?${P}&overdue=true`);

// paid services (the front desk's pages)
await list('paid_services_list_slips', () => `/business-center/slips?${P}&limit=50`, desk);
await list(
  'paid_services_list_slips_state',
  (i) => `/business-center/slips?${P}&state=${pick(['open', 'signed', 'voided'], i)}&limit=50`,
  desk,
);
await list(
  'paid_services_list_slips_q',
  (i) => `/business-center/slips?${P}&q=${encodeURIComponent(`客户${(i * 37) % 997}`)}&limit=50`,
  desk,
);
await list('paid_services_list_faxes', () => `/business-center/faxes?${P}&limit=50`, desk);
await list('paid_services_list_faxes_waiting', () => `/business-center/faxes?${P}&state=waiting&limit=50`, desk);
await list(
  'paid_services_list_faxes_q',
  (i) => `/business-center/faxes?${P}&q=${encodeURIComponent(`收件人${(i * 37) % 1500}`)}&limit=50`,
  desk,
);
await list('paid_services_list_laundry', () => `/laundry/requests?${P}`, desk);
await list(
  'paid_services_list_laundry_state',
  (i) => `/laundry/requests?${P}&state=${pick(['requested', 'collected', 'signed'], i)}`,
  desk,
);
await list('paid_services_list_meal_orders_day', (i) => `/meals/orders?${P}&day=${pastDay(i)}`, desk);
await list('paid_services_list_meal_orders_today', () => `/meals/orders?${P}`, desk);

// guest rooms (the front desk's pages)
await list('guest_rooms_list_rooms', () => `/guest-rooms?${P}`, desk);
await list('guest_rooms_list_stays_in_house', () => `/guest-stays?${P}&state=in_house&limit=100`, desk);
await list('guest_rooms_list_stays_checked_out', () => `/guest-stays?${P}&state=checked_out&limit=100`, desk);
await list('guest_rooms_list_keys', () => `/guest-keys?${P}`, desk);
await list('guest_rooms_list_inspections', () => `/guest-inspections?${P}`, desk);
await list('guest_rooms_list_left_items', () => `/guest-left-items?${P}`, desk);

// staff quality (the customer-service supervisor's pages)
await list('staff_quality_list_staff', () => `/quality/staff?${P}`);
await list('staff_quality_list_evaluations', () => `/quality/evaluations?${P}&limit=100`);
await list(
  'staff_quality_list_evaluations_kind',
  (i) => `/quality/evaluations?${P}&kind=${pick(['evaluation', 'spot_check'], i)}&limit=100`,
);
await list('staff_quality_list_training_month', (i) => `/quality/training-sessions?${P}&month=${pastMonth(i)}`);
await list('staff_quality_list_trained_month', (i) => `/quality/training-sessions/trained?${P}&month=${pastMonth(i)}`);

const slowest = Object.entries(measured).sort((a, b) => b[1].p99 - a[1].p99)[0];
emit('modules_bench_machine', os.cpus().length, {
  cores: os.cpus().length,
  memGiB: Math.round(os.totalmem() / 2 ** 30),
  postgres: (await q('show server_version')).rows[0].server_version,
  slowest: slowest?.[0],
  slowestP99: slowest?.[1].p99,
});
await app.close();
await sqlc.end();
await database.close();
