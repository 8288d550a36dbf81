/**
 * Demo history of findings, after the rounds demo (which raises them through findingsFromVisit): over the two
 * months, housekeeping fixes the cleaning, greenery and pest findings and the inspector re-inspects them (about
 * one in five fails once first); repair and safety findings become cases with work orders that engineering
 * completes and the inspector verifies and signs — except the newest and a few long-open ones. Through
 * the API on a simulated clock; nothing happens after now. Without rounds (no findings) it does nothing.
 *
 * Speed: every API step costs tens of milliseconds, so only the newest findings of each route go through the
 * API (RECENT of them); the older history is written in bulk as the same rows those steps write (fix and
 * passing re-inspection steps for housekeeping; repairs done on the spot and closed) — the demo stays < 10 s.
 */
import type { FastifyInstance } from 'fastify';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { rolesAllow, type Role } from '@hy/contracts';
import { inspectionFindings, userRoles, users } from '../../../db/schema/index.ts';
import { demoApi, type DemoApi } from '../../../seed/demo-api.ts';

const FIXES = ['已安排保洁员清理干净', '已拖干地面并放置警示牌', '已补充耗材', '已修剪并清理落叶', '已喷洒药剂并放置粘鼠板', '已擦拭干净'];
const FAILS = ['仍有污渍，需重新清理', '角落未清理到位', '耗材仍未补齐'];
const WORK = ['更换灯管一只', '更换损坏开关面板', '紧固松动部件并调试正常', '更换水龙头阀芯', '更换门禁读卡器', '修补破损处并刷漆'];
/** A 1×1 PNG: the demo's drawn signatures. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const H = 3_600_000;
/** How many of the newest findings of each route go through the API. */
const RECENT = { housekeeping: 8, repair: 4, inspector: 2 } as const;
/** Repair findings of 8–25 days ago sent to repair and left open (the Friday summary's long-open items). */
const LONG_OPEN = 2;

/** The demo user (username = role code) a finder is, when that role may walk; else the customer-service assistant. */
async function walkerRoles(app: FastifyInstance, userIds: string[]) {
  const out = new Map<string, Role>();
  if (!userIds.length) return out;
  const rows = await app.database.db
    .select({ id: users.id, username: users.username, role: userRoles.role })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(inArray(users.id, userIds));
  for (const r of rows) if (r.username === r.role && rolesAllow([r.role as Role], 'inspections.walk')) out.set(r.id, r.role as Role);
  return out;
}

/** The demo users' display names by role code (username = role code). */
async function namesOf(app: FastifyInstance, roles: Role[]) {
  const rows = await app.database.db
    .select({ username: users.username, name: users.displayName })
    .from(users)
    .where(inArray(users.username, roles));
  return new Map(rows.map((r) => [r.username, r.name]));
}

export async function demoFindings(app: FastifyInstance) {
  const db = app.database.db;
  const found = await db
    .select({
      id: inspectionFindings.id,
      propertyId: inspectionFindings.propertyId,
      route: inspectionFindings.route,
      category: inspectionFindings.category,
      foundAt: inspectionFindings.foundAt,
      foundBy: inspectionFindings.foundBy,
      state: inspectionFindings.state,
    })
    .from(inspectionFindings)
    .orderBy(asc(inspectionFindings.foundAt), asc(inspectionFindings.id));
  if (!found.length) return;
  const api = demoApi(app, 'findings demo');
  const now = api.now();
  const limit = now.getTime() - 10 * 60_000;
  const rand = rng(20261207);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const walker = await walkerRoles(app, [...new Set(found.map((f) => f.foundBy))]);
  const names = await namesOf(app, [...new Set<Role>([...walker.values(), 'cs_assistant'])]);
  const at = (t: number) => {
    if (t > limit) return false;
    api.at(new Date(t));
    return true;
  };
  const open = found.filter((f) => f.state === 'open');
  const recent = new Set(
    (['housekeeping', 'repair', 'inspector'] as const).flatMap((r) =>
      open
        .filter((f) => f.route === r)
        .slice(-RECENT[r])
        .map((f) => f.id),
    ),
  );
  const ageOf = (f: { foundAt: Date }) => (now.getTime() - f.foundAt.getTime()) / (24 * H);
  const longOpen = new Set(
    open
      .filter((f) => f.route === 'repair' && !recent.has(f.id) && ageOf(f) > 8 && ageOf(f) < 25)
      .slice(-LONG_OPEN)
      .map((f) => f.id),
  );
  for (const id of longOpen) recent.add(id);
  await olderHistory(
    app,
    open.filter((f) => !recent.has(f.id)).map((f) => f.id),
    limit,
  );
  try {
    for (const f of open) {
      if (!recent.has(f.id)) continue;
      const age = ageOf(f);
      const inspector: Role = walker.get(f.foundBy) ?? 'cs_assistant';
      const t0 = f.foundAt.getTime();
      if (f.route === 'housekeeping') await housekeeping(api, f.id, t0, inspector, age, rand, pick, at);
      else if (f.route === 'repair')
        await repair(api, f, t0, { role: inspector, name: names.get(inspector) ?? '巡检员' }, longOpen.has(f.id) ? 0 : age, rand, pick, at);
      else if (age > 0.2 && at(t0 + 0.5 * H))
        await api.call(inspector, 'POST', `/inspection-findings/${f.id}/close`, { note: '已现场处理' });
    }
  } finally {
    await api.finish();
  }
}

type Pick = <T>(a: readonly T[]) => T;
type At = (t: number) => boolean;

async function housekeeping(api: DemoApi, id: string, t0: number, inspector: Role, age: number, rand: () => number, pick: Pick, at: At) {
  // The most recent ones are still waiting for housekeeping or for the re-inspection.
  if (age < 0.3 || !at(t0 + (1 + rand() * 3) * H)) return;
  await api.call('housekeeping_supervisor', 'POST', `/inspection-findings/${id}/fix`, { note: pick(FIXES) });
  let t = t0 + 5 * H;
  if (rand() < 0.2) {
    if (!at(t)) return;
    await api.call(inspector, 'POST', `/inspection-findings/${id}/reinspect`, { outcome: 'fail', note: pick(FAILS) });
    if (!at(t + 2 * H)) return;
    await api.call('housekeeping_supervisor', 'POST', `/inspection-findings/${id}/fix`, { note: pick(FIXES) });
    t += 20 * H;
  }
  if (age < 1.2 || !at(t)) return;
  await api.call(inspector, 'POST', `/inspection-findings/${id}/reinspect`, { outcome: 'pass', note: '复查合格' });
}

async function repair(
  api: DemoApi,
  f: { id: string; propertyId: string; category: string },
  t0: number,
  who: { role: Role; name: string },
  age: number,
  rand: () => number,
  pick: Pick,
  at: At,
) {
  const inspector = who.role;
  if (!at(t0 + 0.5 * H)) return;
  const urgent = f.category === 'safety' && rand() < 0.3;
  const sent = await api.call(inspector, 'POST', `/inspection-findings/${f.id}/repair`, { urgent });
  if (!sent.ok) return;
  let wo: string | null = sent.data.workOrderId;
  if (!wo) {
    const d = await api.call('dispatcher', 'POST', `/cases/${sent.data.caseId}/work-orders`, { content: `巡检报修：${sent.data.title}` });
    wo = d.ok ? (d.data.workOrders?.at(-1)?.id ?? null) : null;
  }
  // A few stay open for weeks (the Friday summary's long-open items); the newest are still being worked on.
  if (!wo || age < 1) return;
  if (!at(t0 + 2 * H)) return;
  await api.call('engineer', 'POST', `/work-orders/${wo}/accept`);
  await api.call('engineer', 'POST', `/work-orders/${wo}/arrive`);
  if (!at(t0 + (4 + rand() * 20) * H)) return;
  await api.call('engineer', 'POST', `/work-orders/${wo}/complete`, { workDone: pick(WORK) });
  if (!at(t0 + 26 * H)) return;
  const sig = await api.call(inspector, 'POST', '/signatures', { propertyId: f.propertyId, signerName: who.name, image: PNG });
  if (sig.ok) await api.call(inspector, 'POST', `/inspection-findings/${f.id}/verify`, { signatureId: sig.data.id, note: '验收合格' });
  await api.call('dispatcher', 'POST', `/work-orders/${wo}/sign`, { method: 'paper', name: '客服部' });
  await api.call('dispatcher', 'POST', `/work-orders/${wo}/return`);
}

/** The older findings in bulk: housekeeping fixed and re-inspected (one in five failing once first), the rest closed on the spot. */
async function olderHistory(app: FastifyInstance, ids: string[], limit: number) {
  if (!ids.length) return;
  const db = app.database.db;
  const [hk] = await db.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, 'housekeeping_supervisor'));
  if (!hk) return;
  const list = sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
  const until = new Date(limit);
  const failsOnce = sql`get_byte(decode(substr(replace(f.id::text, '-', ''), 1, 2), 'hex'), 0) % 5 = 0`;
  await db.transaction(async (tx) => {
    // Housekeeping: fix after two hours; a failed re-inspection and a second fix for some; the passing one.
    await tx.execute(sql`
      insert into inspection_finding_steps (finding_id, property_id, kind, outcome, note, at, by_user, by_name)
      select f.id, f.property_id, s.kind, s.outcome, s.note, f.found_at + s.after, case when s.kind = 'fix' then ${hk.id}::uuid else f.found_by end,
        case when s.kind = 'fix' then ${hk.name} else f.found_by_name end
      from inspection_findings f
      cross join lateral (values
        ('fix', null, ${FIXES[0]}, interval '2 hours', true),
        ('reinspect', 'fail', ${FAILS[0]}, interval '5 hours', ${failsOnce}),
        ('fix', null, ${FIXES[1]}, interval '7 hours', ${failsOnce}),
        ('reinspect', 'pass', '复查合格', interval '26 hours', true)
      ) as s(kind, outcome, note, after, keep)
      where f.id in ${list} and f.route = 'housekeeping' and s.keep and f.found_at + interval '26 hours' < ${until}`);
    await tx.execute(sql`
      update inspection_findings f set state = 'closed', closed_at = f.found_at + interval '26 hours', updated_at = f.found_at + interval '26 hours'
      where f.id in ${list} and f.route = 'housekeeping' and f.found_at + interval '26 hours' < ${until}`);
    // Repairs and the inspector's own findings dealt with on the spot.
    await tx.execute(sql`
      insert into inspection_finding_steps (finding_id, property_id, kind, note, at, by_user, by_name)
      select f.id, f.property_id, 'close', '已现场处理', f.found_at + interval '3 hours', f.found_by, f.found_by_name
      from inspection_findings f where f.id in ${list} and f.route <> 'housekeeping' and f.found_at + interval '3 hours' < ${until}`);
    await tx.execute(sql`
      update inspection_findings f set state = 'closed', closed_at = f.found_at + interval '3 hours', updated_at = f.found_at + interval '3 hours'
      where f.id in ${list} and f.route <> 'housekeeping' and f.found_at + interval '3 hours' < ${until}`);
  });
}
