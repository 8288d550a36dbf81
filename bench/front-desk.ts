/**
 * npm run bench:front-desk — on the PostgreSQL server (a fresh database `hy_bench_front_desk`): seeds one
 * property with a directory of a few thousand entries and two years of front-desk history (500,000
 * visits, 300,000 mail items, a few thousand messages and loans; today's desk: visitors waiting for
 * consent and in the building, parcels waiting, messages undelivered, loans overdue), then prints JSON
 * lines (server side via inject, signed in as the property's front_desk user, p50/p99 ms) for
 *  - visitor search by partial Chinese name, by phone and by ID number,
 *  - parcel lookup by tracking number and by recipient name,
 *  - the lists the desk's queue is made of (awaiting consent, in the building, mail waiting, messages
 *    undelivered, loans overdue) and GET /front-desk/queue once that route exists (skipped otherwise),
 *  - the floor in the same run: GET /healthz through the same app, and a bare SELECT by primary key
 *    through a pg pool of the same size.
 * The seed is set-based SQL (INSERT … SELECT over generate_series). BENCH_REUSE=1 keeps an already
 * seeded database (new migrations are still applied) to iterate on indexes.
 */
import os from 'node:os';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { initialsOf, pigeonholeOf } from '../apps/server/src/domains/front-desk/directory/directory.rules.ts';
import { emit, stats, timeIt, openBenchDatabase, seedBenchProperty, BENCH_PASSWORD } from './lib.ts';

const VISITS = Number(process.env.BENCH_VISITS ?? 500_000);
const MAIL = Number(process.env.BENCH_MAIL ?? 300_000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 3_000);
const TENANTS = 300;
const MESSAGES = 5_000;
const LOANS = 3_000;
const DAYS = 2 * 365;
const N = Number(process.env.BENCH_N ?? 500);
const MAX_S = Number(process.env.BENCH_MAX_S ?? 60);
const POOL = 10;
const DB_NAME = 'hy_bench_front_desk';
const password = BENCH_PASSWORD;

// Names: common surnames (the first ones more often) and given-name characters; one or two of them.
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国志文斌辉鹏宇浩然晨阳雪梅兰婷琳丹峰毅俊凯佳欣怡思雨晓东海波亮飞鑫磊振宏伦',
];
const CITIES = ['深圳市', '广州市', '北京', '上海', '杭州', '南京', '成都', '武汉', '东莞市', '佛山市'];
const CORES = [...'华中兴盛泰安达信宏远鼎恒博瑞天成新锐金海润丰'];
const TRADES = ['科技', '贸易', '建设工程', '信息技术', '投资', '物流', '咨询', '电子', '医药', '文化传媒', '设计', '能源'];

/** A small deterministic PRNG (the directory is built in JS: its initials need pinyin). */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261124);
const pick = <T>(a: readonly T[], skew = 1) => a[Math.floor(Math.pow(rand(), skew) * a.length)]!;
const personName = () => pick(SURNAMES, 2) + pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : '');
const companyName = (i: number) =>
  `${CITIES[i % CITIES.length]}${CORES[i % CORES.length]}${CORES[Math.floor(i / CORES.length) % CORES.length]}${TRADES[i % TRADES.length]}有限公司`;

const sqlArray = (a: readonly string[]) => `array[${a.map((x) => `'${x}'`).join(',')}]`;

const { reused, url, database, sqlc } = await openBenchDatabase(DB_NAME, POOL);

// ---------- seed ----------
if (!reused) {
  const t0 = performance.now();
  const { pid, user } = await seedBenchProperty(sqlc);
  const desk = await user('bench_desk', '基准前台', 'front_desk');
  const desk2 = await user('bench_desk2', '前台二班', 'front_desk');
  const clerk = await user('bench_clerk', '基准收发员', 'mail_clerk');

  // Directory: the property's departments, 300 tenant companies (each an organization) and their people.
  const entries: Record<string, unknown>[] = [];
  const departments = ['综合办公室', '客服中心', '工程部', '安保部', '保洁部', '会务中心', '财务部', '人力资源部', '行政部', '信息中心'];
  const entry = (kind: string, name: string, parent: string | null, extra: Record<string, unknown> = {}) => {
    const id = randomUUID();
    const person = kind === 'person';
    entries.push({
      id,
      kind,
      parent_id: parent,
      name_zh: name,
      initials: initialsOf(name, person),
      pigeonhole: pigeonholeOf(name, person),
      ...extra,
    });
    return id;
  };
  const parents: string[] = departments.map((d, i) => entry('department', d, null, { phone: `0755-8800${String(i).padStart(4, '0')}` }));
  const orgs = (
    await sqlc.query(
      `insert into organizations (property_id, name, kind, contact_name, contact_phone)
       select $1, n, 'company', '联系人', '0755-2830' || lpad(i::text, 4, '0') from unnest($2::text[]) with ordinality u(n, i) returning id, name`,
      [pid, Array.from({ length: TENANTS }, (_, i) => companyName(i))],
    )
  ).rows as { id: string; name: string }[];
  for (const [i, o] of orgs.entries())
    parents.push(
      entry('tenant', o.name, null, {
        organization_id: o.id,
        location: `${1 + (i % 5)}号楼 ${2 + (i % 28)}层`,
        phone: `0755-2831${String(i).padStart(4, '0')}`,
      }),
    );
  const orgOf = new Map(entries.filter((e) => e.organization_id).map((e) => [e.id as string, e.organization_id as string]));
  for (let i = 0; i < PEOPLE; i++) {
    const parent = i < 200 ? parents[i % departments.length]! : parents[departments.length + (i % TENANTS)]!;
    entry('person', personName(), parent, {
      organization_id: orgOf.get(parent) ?? null,
      title: pick(['经理', '主任', '职员', '助理', '总监', '工程师', '秘书']),
      phone: `0755-2832${String(i).padStart(4, '0')}`,
      mobile: `1${pick(['39', '38', '37', '36', '35', '50', '58', '86', '88', '89'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      executive: i < 12,
      admit_rule: i < 6 ? 'office_word' : 'normal',
    });
  }
  await sqlc.query(
    `insert into directory_entries (id, property_id, kind, parent_id, organization_id, location, name_zh, title, phone, mobile,
       executive, admit_rule, initials, pigeonhole)
     select id, $1, kind, parent_id, organization_id, location, name_zh, title, phone, mobile, coalesce(executive, false),
       coalesce(admit_rule, 'normal'), initials, pigeonhole
     from jsonb_to_recordset($2::jsonb) as x(id uuid, kind text, parent_id uuid, organization_id uuid, location text, name_zh text,
       title text, phone text, mobile text, executive boolean, admit_rule text, initials text, pigeonhole text)
     order by kind <> 'department', kind <> 'tenant'`,
    [pid, JSON.stringify(entries)],
  );
  await sqlc.query(
    `create temp table hp as
     select row_number() over (order by d.id) as n, d.id, d.name_zh, d.pigeonhole, d.organization_id, d.admit_rule, p.name_zh as unit
     from directory_entries d left join directory_entries p on p.id = d.parent_id
     where d.property_id = $1 and d.kind = 'person'`,
    [pid],
  );
  await sqlc.query('create unique index on hp (n)');
  const people = (await sqlc.query('select count(*)::int as n from hp')).rows[0].n as number;

  // An 18-digit resident ID (GB 11643): 17 digits and the MOD 11-2 check character.
  await sqlc.query(`
    create function pg_temp.rid(p text) returns text language sql immutable as $$
      select p || substr('10X98765432', 1 + (select sum(substr(p, i, 1)::int * (array[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[i])
                                             from generate_series(1, 17) i)::int % 11, 1)
    $$`);

  // Visits: two years of working days up to yesterday, created in office hours (Beijing time); 40 %
  // appointments (consent by the host in the app), 60 % walk-ins (consent by app or phone). Nearly all
  // signed out; some cancelled, no-shows and declined.
  const nameSql = `(${sqlArray(SURNAMES)})[1 + floor(power(r1, 2) * ${SURNAMES.length})::int] || (${sqlArray(GIVEN)})[1 + floor(r2 * ${GIVEN.length})::int]
      || case when r3 < 0.7 then (${sqlArray(GIVEN)})[1 + floor(r4 * ${GIVEN.length})::int] else '' end`;
  const phoneSql = `'1' || (array['39','38','37','36','35','50','58','86','88','89','33','53','80','81','77'])[1 + floor(r5 * 15)::int] || lpad(floor(r6 * 1e8)::bigint::text, 8, '0')`;
  const ridSql = `pg_temp.rid((array['440305','440304','440306','110105','310115','330106','420106','510107','441900','440106'])[1 + floor(r7 * 10)::int]
      || to_char(date '1960-01-01' + floor(r8 * 15000)::int, 'YYYYMMDD') || lpad(floor(r9 * 1000)::int::text, 3, '0'))`;
  const companySql = `(${sqlArray(CITIES)})[1 + floor(r3 * ${CITIES.length})::int] || (${sqlArray(CORES)})[1 + floor(r4 * ${CORES.length})::int]
      || (${sqlArray(CORES)})[1 + floor(r2 * ${CORES.length})::int] || (${sqlArray(TRADES)})[1 + floor(r5 * ${TRADES.length})::int] || '有限公司'`;
  const rnd =
    'random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7, random() r8, random() r9, random() r10';
  const consentSql = (at: string, answer = `'accept'`) =>
    `jsonb_build_object('channel', case when kind = 'appointment' or r10 < 0.7 then 'app' else 'phone' end, 'answer', ${answer},
       'consenterName', host_name, 'recordedBy', $2::text, 'recordedByName', '基准前台', 'at', to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'note', null)`;
  const HISTORY = VISITS - 200;
  const CHUNK = 250_000;
  for (let from = 1; from <= HISTORY; from += CHUNK) {
    const to = Math.min(HISTORY, from + CHUNK - 1);
    await sqlc.query(
      `
      insert into visits (property_id, number, kind, status, host_entry_id, visitor_name, visitor_phone, company, id_type, id_number,
        party_size, car_plate, badge_no, purpose, expected_at, consent, slip_token, checked_in_at, checked_in_by, checked_out_at,
        checked_out_by, created_by, created_at, updated_at)
      select $1, 'FK-' || to_char(created_at at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad(g::text, 6, '0'), kind, status, host_id, visitor_name, visitor_phone, company, id_type, id_number,
        party_size, car_plate, case when status in ('checked_out') then 'V' || lpad((g % 300)::text, 3, '0') end, purpose,
        case when kind = 'appointment' then created_at + interval '1 hour' end,
        case when status in ('checked_out', 'no_show') or kind = 'appointment' and status = 'cancelled' then ${consentSql('created_at')}
             when status = 'declined' then ${consentSql('created_at', `'decline'`)} end,
        case when status = 'checked_out' then md5('slip' || g) end,
        case when status = 'checked_out' then created_at + interval '3 minutes' end, case when status = 'checked_out' then $2::uuid end,
        case when status = 'checked_out' then created_at + interval '1 minute' * (20 + floor(r10 * 240)) end,
        case when status = 'checked_out' then $3::uuid end,
        $2::uuid, created_at, created_at
      from (
        select g, r10, h.id as host_id, h.name_zh as host_name,
          case when r1 < 0.4 then 'appointment' else 'walk_in' end as kind,
          case when h.admit_rule = 'office_word' and r2 < 0.05 then 'declined' when r9 < 0.03 then 'cancelled' when r9 < 0.05 then 'no_show' else 'checked_out' end as status,
          ${nameSql} as visitor_name,
          case when r7 < 0.92 then ${phoneSql} end as visitor_phone,
          case when r8 < 0.8 then ${companySql} end as company,
          case when r6 < 0.85 then 'resident_id' when r6 < 0.88 then 'passport' when r6 < 0.9 then 'hk_macau_permit' end as id_type,
          case when r6 < 0.85 then ${ridSql} when r6 < 0.88 then 'E' || lpad(floor(r8 * 1e8)::bigint::text, 8, '0')
               when r6 < 0.9 then 'C' || lpad(floor(r7 * 1e8)::bigint::text, 8, '0') end as id_number,
          1 + floor(power(r3, 4) * 4)::int as party_size,
          case when r4 < 0.2 then '粤B' || upper(substr(md5(g::text), 1, 5)) end as car_plate,
          (array['商务洽谈','面试','送文件','设备维修','会议','拜访','送货','审计','培训','签合同'])[1 + floor(r5 * 10)::int] as purpose,
          created_at
        from (
          select g, ${rnd},
            ((date_trunc('day', now() at time zone 'Asia/Shanghai') - interval '1 day' * (${DAYS} - floor((g - 1)::float8 * ${DAYS} / ${HISTORY})))
              + interval '8 hours' + interval '1 second' * floor(random() * 36000)) at time zone 'Asia/Shanghai' as created_at
          from generate_series($4::int, $5::int) g
        ) x
        join hp h on h.n = 1 + floor(power(r1 * r2 + 0.0001, 0.5) * ${people})::int % ${people}
      ) y`,
      [pid, desk, desk2, from, to],
    );
  }
  // Today (the desk as it is now): 40 walk-ins waiting for their host's word, 100 visitors in the
  // building, 30 appointments still expected, 30 already signed out.
  await sqlc.query(
    `
    insert into visits (property_id, number, kind, status, host_entry_id, host_user_id, visitor_name, visitor_phone, company, id_type, id_number,
      party_size, badge_no, purpose, expected_at, consent, consent_deadline, slip_token, checked_in_at, checked_in_by, checked_out_at,
      checked_out_by, created_by, created_at, updated_at)
    select $1, 'FK-' || to_char(created_at at time zone 'Asia/Shanghai', 'YYYY') || '-' || lpad((${HISTORY} + g)::text, 6, '0'), kind, status, host_id,
      null, visitor_name, visitor_phone, company, 'resident_id', id_number,
      1, case when status in ('checked_in', 'checked_out') then 'V' || lpad(g::text, 3, '0') end, '拜访',
      case when kind = 'appointment' then created_at + interval '2 hours' end,
      case when status <> 'awaiting_consent' then ${consentSql('created_at')} end,
      case when status = 'awaiting_consent' then created_at + interval '10 minutes' end,
      case when status in ('checked_in', 'checked_out') then md5('slip' || (${HISTORY} + g)) end,
      case when status in ('checked_in', 'checked_out') then created_at + interval '3 minutes' end,
      case when status in ('checked_in', 'checked_out') then $2::uuid end,
      case when status = 'checked_out' then created_at + interval '30 minutes' end, case when status = 'checked_out' then $2::uuid end,
      $2::uuid, created_at, created_at
    from (
      select g, r10, h.id as host_id, h.name_zh as host_name,
        case when g <= 40 or g > 170 then 'walk_in' else 'appointment' end as kind,
        case when g <= 40 then 'awaiting_consent' when g <= 140 then 'checked_in' when g <= 170 then 'expected' else 'checked_out' end as status,
        ${nameSql} as visitor_name, ${phoneSql} as visitor_phone, ${companySql} as company, ${ridSql} as id_number,
        case when g <= 40 then now() - interval '1 second' * floor(r1 * 900) else now() - interval '1 second' * floor(r2 * 6 * 3600) end as created_at
      from (select g, ${rnd} from generate_series(1, 200) g) x
      join hp h on h.n = 1 + floor(r1 * ${people})::int % ${people} and h.admit_rule = 'normal'
    ) y`,
    [pid, desk],
  );
  await sqlc.query(
    `insert into counters (property_id, key, value) values ($1, 'visit:' || extract(year from now())::int, $2) on conflict do nothing`,
    [pid, VISITS],
  );
  emit('front_desk_seed_visits_s', (performance.now() - t0) / 1000);

  // Mail: two years of incoming items (5 % outgoing), numbered per day; express and parcels mostly,
  // each to a person of the directory. All handed over (or returned, refused as damaged, sent) except
  // about 200 of the last three days waiting in their pigeonhole.
  const CARRIERS = ['顺丰速运', '中通快递', '圆通速递', '韵达快递', '京东物流', '中国邮政EMS', '申通快递', '极兔速递'];
  const perDay = Math.ceil(MAIL / DAYS);
  await sqlc.query(
    `
    insert into mail_items (property_id, number, direction, kind, carrier, tracking_no, pieces, recipient_entry_id, recipient_name,
      recipient_unit, recipient_organization_id, pigeonhole, condition, important, confidential, status, destination, received_at,
      logged_by, logged_by_name, notified_at, signer, signer_name, sign_method, picked_up_at, clerk_id, clerk_name, created_at, updated_at)
    select $1, (case when direction = 'in' then 'SJ-' else 'FJ-' end) || to_char(received_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(seq::text, 3, '0'),
      direction, kind, carrier, tracking_no, pieces, host_id, host_name, unit, org, pigeonhole,
      case when status = 'refused_damaged' then 'damaged' else 'ok' end, kind in ('registered_letter', 'confidential', 'remittance'),
      kind = 'confidential', status, case when direction = 'out' then '北京市西城区' end, received_at, $2::uuid, '基准收发员',
      case when direction = 'in' and status in ('waiting', 'picked_up') then received_at + interval '1 minute' end,
      case when status = 'picked_up' then case when r4 < 0.8 then 'recipient' else 'proxy' end end,
      case when status = 'picked_up' then case when r4 < 0.8 then host_name else '代领人' end end,
      case when status = 'picked_up' then case when r5 < 0.7 then 'screen' else 'paper' end end,
      case when status = 'picked_up' then least(now() - interval '1 minute', received_at + interval '1 minute' * (10 + floor(r5 * 2000))) end,
      case when status = 'picked_up' then $3::uuid end, case when status = 'picked_up' then '基准前台' end,
      received_at, received_at
    from (
      select g, r4, r5, h.id as host_id, h.name_zh as host_name, h.unit, h.organization_id as org, h.pigeonhole, seq, received_at,
        case when r1 < 0.05 then 'out' else 'in' end as direction,
        case when r2 < 0.6 then 'express' when r2 < 0.8 then 'parcel' when r2 < 0.9 then 'registered_letter' when r2 < 0.95 then 'newspaper'
             when r2 < 0.97 then 'remittance' else 'confidential' end as kind,
        carrier, case carrier
          when '顺丰速运' then 'SF' || lpad((1400000000000 + g::bigint * 7919 % 99999999999)::text, 13, '0')
          when '中通快递' then '7' || lpad((g::bigint * 104729 % 99999999999)::text, 13, '0')
          when '圆通速递' then 'YT' || lpad((6000000000000 + g::bigint * 15485863 % 999999999999)::text, 13, '0')
          when '韵达快递' then '43' || lpad((g::bigint * 32452843 % 9999999999999)::text, 13, '0')
          when '京东物流' then 'JD' || lpad((g::bigint * 49979687 % 9999999999999)::text, 13, '0')
          when '中国邮政EMS' then 'E' || chr(65 + g % 26) || lpad((g::bigint * 86028121 % 999999999)::text, 9, '0') || 'CN'
          when '申通快递' then '77' || lpad((g::bigint * 179424673 % 9999999999999)::text, 13, '0')
          else 'JT' || lpad((g::bigint * 122949829 % 9999999999999)::text, 13, '0') end as tracking_no,
        1 + floor(power(r3, 6) * 3)::int as pieces,
        case when r1 < 0.05 then 'sent'
             when received_at > now() - interval '3 days' and r3 < (200.0 / (3 * ${perDay})) * 1.2 then 'waiting'
             when r3 > 0.998 then 'refused_damaged' when r3 > 0.997 then 'returned' else 'picked_up' end as status
      from (
        select g, random() r1, random() r2, random() r3, random() r4, random() r5,
          1 + (g - 1) % ${perDay} as seq,
          (${sqlArray(CARRIERS)})[1 + floor(random() * ${CARRIERS.length})::int] as carrier,
          least(now() - interval '1 minute',
            ((date_trunc('day', now() at time zone 'Asia/Shanghai') - interval '1 day' * ((${MAIL - 1} / ${perDay}) - (g - 1) / ${perDay}))
              + interval '8 hours' + interval '1 second' * (((g - 1) % ${perDay}) * 36000 / ${perDay})) at time zone 'Asia/Shanghai') as received_at
        from generate_series(1, $4::int) g
      ) x
      join hp h on h.n = 1 + floor(power(r1 * r2 + 0.0001, 0.5) * ${people})::int % ${people}
    ) y`,
    [pid, clerk, desk, MAIL],
  );

  // Messages (message book): a few thousand over two years, the last thirty not delivered yet.
  await sqlc.query(
    `
    insert into desk_messages (property_id, recipient_entry_id, recipient_name, recipient_organization_id, caller_name, caller_phone,
      caller_company, content, urgent, status, taken_by, taken_by_name, taken_at, notified_at, delivered_at, delivered_how, delivered_by, delivered_by_name)
    select $1, h.id, h.name_zh, h.organization_id, ${nameSql}, ${phoneSql}, ${companySql},
      (array['请回电','合同已寄出，请查收','明天上午来访','会议改期到下周','请尽快确认报价'])[1 + floor(r7 * 5)::int], r8 < 0.1,
      case when g > ${MESSAGES} - 30 then case when r9 < 0.5 then 'logged' else 'notified' end else 'delivered' end,
      $2::uuid, '基准前台', taken_at, case when g <= ${MESSAGES} - 30 or r9 >= 0.5 then taken_at + interval '1 minute' end,
      case when g <= ${MESSAGES} - 30 then taken_at + interval '1 hour' end, case when g <= ${MESSAGES} - 30 then 'phone' end,
      case when g <= ${MESSAGES} - 30 then $2::uuid end, case when g <= ${MESSAGES} - 30 then '基准前台' end
    from (
      select g, ${rnd}, least(now() - interval '5 minutes', now() - interval '1 day' * ${DAYS} * (1 - g::float8 / ${MESSAGES}) - interval '1 minute' * (g % 300)) as taken_at
      from generate_series(1, ${MESSAGES}) g
    ) x join hp h on h.n = 1 + floor(r1 * ${people})::int % ${people}`,
    [pid, desk],
  );

  // Lending: ten items; loans over two years, twenty still out (eight of them overdue).
  await sqlc.query(
    `insert into lending_items (property_id, name_zh, total, available, loan_hours)
     select $1, n, 30, 30, 24 from unnest(array['雨伞','充电宝','手机充电线','轮椅','婴儿车','急救箱','针线包','老花镜','笔记本电脑转接头','扩音器']) n`,
    [pid],
  );
  await sqlc.query(
    `
    insert into loans (property_id, item_id, quantity, borrower_name, borrower_phone, borrower_entry_id, borrower_company, lent_at, lent_by,
      lent_by_name, due_at, returned_at, returned_by, returned_by_name, condition)
    select $1, i.id, 1, ${nameSql}, ${phoneSql}, case when r8 < 0.5 then h.id end, h.unit, lent_at, $2::uuid, '基准前台', lent_at + interval '24 hours',
      case when g <= ${LOANS} - 20 then lent_at + interval '3 hours' end, case when g <= ${LOANS} - 20 then $2::uuid end,
      case when g <= ${LOANS} - 20 then '基准前台' end, case when g <= ${LOANS} - 20 then 'ok' end
    from (
      select g, ${rnd},
        case when g > ${LOANS} - 8 then now() - interval '2 days' - interval '1 hour' * (g % 48)
             when g > ${LOANS} - 20 then now() - interval '1 hour' * (1 + g % 10)
             else now() - interval '1 day' * ${DAYS} * (1 - g::float8 / ${LOANS}) - interval '1 day' end as lent_at
      from generate_series(1, ${LOANS}) g
    ) x
    join hp h on h.n = 1 + floor(r1 * ${people})::int % ${people}
    join lateral (select id from lending_items where property_id = $1 order by name_zh offset floor(r2 * 10)::int limit 1) i on true`,
    [pid, desk],
  );
  await sqlc.query(
    `update lending_items li set available = li.total - coalesce((select sum(quantity) from loans l where l.item_id = li.id and l.returned_at is null), 0)
     where property_id = $1`,
    [pid],
  );
  await sqlc.query('vacuum analyze');
  const {
    rows: [n],
  } = await sqlc.query(`select (select count(*)::int from visits) as visits, (select count(*)::int from mail_items) as mail,
    (select count(*)::int from directory_entries) as directory, (select count(*)::int from desk_messages) as messages,
    (select count(*)::int from loans) as loans,
    (select count(*)::int from visits where status = 'awaiting_consent') as awaiting,
    (select count(*)::int from visits where status = 'checked_in') as inside,
    (select count(*)::int from mail_items where status = 'waiting') as waiting,
    (select count(*)::int from loans where returned_at is null and due_at < now()) as overdue`);
  emit('front_desk_seed_s', (performance.now() - t0) / 1000, n);
} else {
  await sqlc.query('analyze');
}

const {
  rows: [{ id: pid }],
} = await sqlc.query(`select id from properties where code = 'BENCH'`);

// ---------- the app ----------
const config = { ...loadConfig({ NODE_ENV: 'production' }), webDist: null, jobs: false };
const app = await buildApp({ database, config });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bench_desk', password } });
if (login.statusCode !== 200) throw new Error(`login failed ${login.statusCode} ${login.body}`);
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
const e = encodeURIComponent;

/**
 * Times GET `path(i)` after 20 warm-up requests, n times or until MAX_S seconds have passed (a slow path
 * then reports fewer samples); prints p50/p99 and the mean number of rows answered.
 */
async function measure(metric: string, path: (i: number) => string, n = N) {
  let rows = 0;
  const one = async (i: number) => {
    const r = await app.inject({ url: path(i), headers: { cookie } });
    if (r.statusCode !== 200) throw new Error(`${path(i)} → ${r.statusCode} ${r.body.slice(0, 300)}`);
    const body = r.json() as { data?: unknown[] };
    rows += Array.isArray(body.data) ? body.data.length : 0;
  };
  for (let i = 0; i < 20; i++) await one(n + i);
  rows = 0;
  const samples: number[] = [];
  const deadline = performance.now() + MAX_S * 1000;
  for (let i = 0; i < n && performance.now() < deadline; i++) {
    const t0 = performance.now();
    await one(i);
    samples.push(performance.now() - t0);
  }
  const s = stats(samples);
  const extra = { n: s.n, rows: Math.round((rows / s.n) * 10) / 10 };
  emit(`${metric}_ms_p50`, s.p50, extra);
  emit(`${metric}_ms_p99`, s.p99, extra);
  return s;
}

// Inputs: real values of the seeded history, spread over its two years (a fixed sample, varied per request).
const sample = async (sql: string) => (await sqlc.query(sql, [pid])).rows as Record<string, string>[];
const visitSample = await sample(
  `select visitor_name, visitor_phone, id_number from visits tablesample system (1) repeatable (7)
   where property_id = $1 and visitor_phone is not null and id_type = 'resident_id' limit 1000`,
);
const mailSample = await sample(
  `select tracking_no, recipient_name from mail_items tablesample system (1) repeatable (7)
   where property_id = $1 and tracking_no is not null and not confidential limit 1000`,
);
const at = <T>(a: T[], i: number) => a[(i * 7919) % a.length]!;
// A partial name as typed at the desk: the full name, the surname and first given character, or the given name.
const partialName = (name: string, i: number) => (i % 3 === 0 ? name : i % 3 === 1 ? name.slice(0, 2) : name.slice(1) || name);

const floorSamples: Record<string, ReturnType<typeof stats>> = {};
// ---------- floor ----------
{
  const pool = new pg.Pool({ connectionString: url, max: POOL });
  const ids = (await sqlc.query(`select id from visits tablesample system (1) repeatable (3) limit 1000`)).rows.map((r) => r.id as string);
  const s1 = stats(
    await timeIt(N, async (i) => {
      await pool.query('select * from visits where id = $1', [at(ids, i)]);
    }),
  );
  emit('floor_pk_select_ms_p50', s1.p50, { n: s1.n, what: 'bare SELECT of a visit by primary key, pg pool of the same size' });
  emit('floor_pk_select_ms_p99', s1.p99, { n: s1.n });
  floorSamples.pk = s1;
  await pool.end();
  const s2 = stats(
    await timeIt(N, async () => {
      const r = await app.inject({ url: '/healthz' });
      if (r.statusCode !== 200) throw new Error(`/healthz → ${r.statusCode}`);
    }),
  );
  emit('floor_healthz_ms_p50', s2.p50, { n: s2.n, what: 'GET /healthz through the same app (inject)' });
  emit('floor_healthz_ms_p99', s2.p99, { n: s2.n });
  const s3 = stats(
    await timeIt(N, async (i) => {
      const r = await app.inject({ url: `/api/v1/front-desk/visits/${at(ids, i)}`, headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`visit → ${r.statusCode} ${r.body.slice(0, 200)}`);
    }),
  );
  emit('floor_visit_by_id_ms_p50', s3.p50, { n: s3.n, what: 'GET /front-desk/visits/:id signed in (session, one indexed read)' });
  emit('floor_visit_by_id_ms_p99', s3.p99, { n: s3.n });
  floorSamples.byId = s3;
}

const V = `/api/v1/front-desk/visits?propertyId=${pid}`;
const M = `/api/v1/front-desk/mail?propertyId=${pid}`;
const measured: Record<string, ReturnType<typeof stats>> = {};
const only = process.env.BENCH_ONLY?.split(',');
const run = async (metric: string, path: (i: number) => string) => {
  if (only && !only.some((o) => metric.includes(o))) return;
  measured[metric] = await measure(metric, path);
};

// ---------- visitor search ----------
await run('visitor_search_name', (i) => `${V}&q=${e(partialName(at(visitSample, i).visitor_name!, i))}`);
await run('visitor_search_phone', (i) => `${V}&q=${e(at(visitSample, i).visitor_phone!)}`);
await run('visitor_search_id_number', (i) => `${V}&q=${e(at(visitSample, i).id_number!)}`);

// ---------- parcel lookup ----------
await run('parcel_lookup_tracking', (i) => `${M}&q=${e(at(mailSample, i).tracking_no!)}`);
await run('parcel_lookup_recipient', (i) => `${M}&q=${e(partialName(at(mailSample, i).recipient_name!, i + 1))}`);

// ---------- the desk's queue: its lists ----------
await run('queue_visits_awaiting', () => `${V}&view=awaiting`);
await run('queue_visits_inside', () => `${V}&view=inside`);
await run('queue_mail_waiting', () => `${M}&status=waiting`);
await run('queue_messages_open', () => `/api/v1/front-desk/messages?propertyId=${pid}&state=open`);
await run('queue_loans_overdue', () => `/api/v1/front-desk/loans?propertyId=${pid}&state=overdue`);
{
  const probe = await app.inject({ url: `/api/v1/front-desk/queue?propertyId=${pid}`, headers: { cookie } });
  if (probe.statusCode === 200) await run('queue', () => `/api/v1/front-desk/queue?propertyId=${pid}`);
  else console.error(`bench:front-desk: GET /front-desk/queue answered ${probe.statusCode}: the queue metric is skipped`);
}

// ---------- the other lists the desk's pages show (as the web asks for them) ----------
// A day of the seeded history (Beijing dates, spread over the two years) and partial names of its people.
const dayOf = (i: number) => new Date(Date.now() + 8 * 3600_000 - (1 + ((i * 37) % (DAYS - 2))) * 86_400_000).toISOString().slice(0, 10);
const msgSample = await sample(`select caller_name, recipient_name from desk_messages where property_id = $1 limit 1000`);
const loanSample = await sample(`select borrower_name from loans where property_id = $1 limit 1000`);
const dirSample = await sample(`select name_zh from directory_entries where property_id = $1 and kind = 'person' limit 1000`);
const PIGEONHOLES = [...'ABCDEFGHJKLMNPQRSTWXYZ'];
const D = `/api/v1/front-desk`;
await run('front_desk_list_visits_history', () => `${V}&limit=100`);
await run('front_desk_list_visits_today', () => `${V}&view=today&limit=100`);
await run('front_desk_list_visits_day', (i) => `${V}&from=${dayOf(i)}&to=${dayOf(i)}&limit=100`);
await run('front_desk_list_mail_all', () => `${M}&limit=100`);
await run('front_desk_list_mail_day', (i) => `${M}&from=${dayOf(i)}&to=${dayOf(i)}&limit=100`);
await run('front_desk_list_mail_pigeonhole', (i) => `${M}&pigeonhole=${PIGEONHOLES[i % PIGEONHOLES.length]}&limit=100`);
await run('front_desk_list_mail_register_day', (i) => `${D}/mail/register/entries?propertyId=${pid}&from=${dayOf(i)}&to=${dayOf(i)}`);
await run('front_desk_list_messages_all', () => `${D}/messages?propertyId=${pid}&limit=50`);
await run('front_desk_list_messages_q', (i) => {
  const m = at(msgSample, i);
  return `${D}/messages?propertyId=${pid}&limit=50&q=${e(partialName(i % 2 ? m.caller_name! : m.recipient_name!, i))}`;
});
await run('front_desk_list_loans_all', () => `${D}/loans?propertyId=${pid}&limit=50`);
await run(
  'front_desk_list_loans_q',
  (i) => `${D}/loans?propertyId=${pid}&limit=50&q=${e(partialName(at(loanSample, i).borrower_name!, i))}`,
);
await run('front_desk_list_directory_q', (i) => `${D}/directory?propertyId=${pid}&q=${e(partialName(at(dirSample, i).name_zh!, i))}`);
await run('front_desk_list_directory_people', () => `${D}/directory?propertyId=${pid}&kind=person`);

const slowest = Object.entries(measured).sort((a, b) => b[1].p99 - a[1].p99)[0];
emit('front_desk_bench_machine', os.cpus().length, {
  cores: os.cpus().length,
  memGiB: Math.round(os.totalmem() / 2 ** 30),
  postgres: (await sqlc.query('show server_version')).rows[0].server_version,
  slowest: slowest?.[0],
  slowestVsFloorP99: slowest ? Math.round((slowest[1].p99 / floorSamples.byId!.p99) * 10) / 10 : null,
});
await app.close();
await sqlc.end();
await database.close();
