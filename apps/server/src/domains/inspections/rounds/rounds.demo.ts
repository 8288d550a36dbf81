/**
 * Demo history of rounds: two months of the demo plans walked by 宋文博 (tenant_rep) and 马红梅 (cs_supervisor)
 * — mostly on time, a few codes picked because a sticker was damaged, a few completed late, two missed, a
 * small share of failed items (each raising its findings through findingsFromVisit, as a real visit does) —
 * and today's rounds: done, in progress or scheduled by the time of day. Written in bulk through the
 * repositories on a simulated clock (fast: the demo runs at every start of the e2e app).
 */
import type { FastifyInstance } from 'fastify';
import { and, eq, inArray } from 'drizzle-orm';
import { inspectionResults, inspectionRounds, inspectionVisits, properties, userRoles, users } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import type { Role } from '@hy/contracts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { findingsFromVisit } from '../findings/findings.hooks.ts';
import * as plans from '../plans/plans.repository.ts';
import { DEMO_PROPERTY } from '../plans/plans.demo.ts';
import { DEMO_PLANS } from '../plans/plans.demo.data.ts';
import { dueDates, windowOf } from '../plans/plans.rules.ts';
import { generateRounds } from './rounds.jobs.ts';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const PICK_REASONS = ['二维码污损，无法识别', '二维码标签脱落', '标签被遮挡', '手机摄像头对焦失败'];
const FAIL_NOTES: Record<string, string[]> = {
  cleaning: ['地面有积水，已通知保洁', '垃圾未及时清理', '镜面有水渍'],
  greenery: ['绿植叶片发黄', '盆栽缺水'],
  pest: ['发现蟑螂痕迹', '垃圾房有蚊蝇'],
  repair: ['灯管不亮', '水龙头滴漏', '按钮失灵'],
  safety: ['通道堆放杂物', '灭火器压力不足'],
  other: ['需跟进'],
};

export async function demoRounds(app: FastifyInstance) {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, DEMO_PROPERTY));
  if (!prop) return;
  const rand = rng(20261207);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const now = app.clock.now();
  const cal = await loadWorkCalendar(db, prop.id);
  const today = dayjs(now).tz(cal.timeZone).format('YYYY-MM-DD');
  const from = dayjs.utc(today).subtract(60, 'day').format('YYYY-MM-DD');
  const people = await db
    .select()
    .from(users)
    .where(inArray(users.username, ['tenant_rep', 'cs_supervisor']));
  const grants = await db
    .select()
    .from(userRoles)
    .where(
      and(
        eq(userRoles.propertyId, prop.id),
        inArray(
          userRoles.userId,
          people.map((p) => p.id),
        ),
      ),
    );
  const actors = new Map<string, Actor>(
    people.map((u) => [
      u.username,
      {
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        organizationId: u.organizationId,
        unitId: u.unitId,
        roles: { [prop.id]: grants.filter((g) => g.userId === u.id).map((g) => g.role as Role) },
      },
    ]),
  );
  const all = await plans.listPlans(db, prop.id, 'true');
  const cps = await plans.checkpointsOf(
    db,
    all.map((p) => p.id),
  );
  const items = await plans.itemsOf(
    db,
    cps.map((c) => c.id),
  );
  const missedLeft = { n: 2 };

  const failedVisits: { visitId: string; at: Date; actor: Actor }[] = [];
  for (const p of all) {
    const spec = DEMO_PLANS.find((d) => d.name === p.name);
    const actor = actors.get(spec?.by ?? 'tenant_rep');
    if (!actor) continue;
    const route = cps.filter((c) => c.planId === p.id);
    const rounds: (typeof inspectionRounds.$inferInsert)[] = [];
    const visits: (typeof inspectionVisits.$inferInsert)[] = [];
    const results: (typeof inspectionResults.$inferInsert)[] = [];
    for (const date of dueDates(p, cal, from, today)) {
      const w = windowOf(date, p.windowStart, p.windowEnd, p.leadMinutes, cal.timeZone);
      if (w.createAt > now) continue;
      const id = crypto.randomUUID();
      const base = {
        id,
        propertyId: prop.id,
        planId: p.id,
        dueDate: date,
        windowStart: w.start,
        windowEnd: w.end,
        assigneeId: actor.id,
        assigneeName: actor.displayName,
        createdAt: w.createAt,
      };
      const isToday = date === today;
      if (!isToday && missedLeft.n > 0 && rand() < 0.02) {
        missedLeft.n--;
        rounds.push({ ...base, state: 'missed', alertedMissedAt: w.end });
        continue;
      }
      const late = !isToday && rand() < 0.05;
      const span = w.end.getTime() - w.start.getTime();
      let at = late
        ? w.end.getTime() - route.length * 4 * 60_000 + 15 * 60_000
        : w.start.getTime() + rand() * Math.max(0, span - route.length * 5 * 60_000);
      if (isToday && at > now.getTime()) {
        rounds.push({ ...base, state: 'scheduled' });
        continue;
      }
      const startedAt = new Date(at);
      let visited = 0;
      for (const cp of route) {
        if (at > now.getTime()) break;
        const visitId = crypto.randomUUID();
        const picked = rand() < 0.04;
        visits.push({
          id: visitId,
          roundId: id,
          checkpointId: cp.id,
          method: picked ? 'pick' : 'scan',
          pickReason: picked ? pick(PICK_REASONS) : null,
          visitedAt: new Date(at),
          visitedBy: actor.id,
          visitedByName: actor.displayName,
        });
        let failed = false;
        for (const it of items.filter((i) => i.checkpointId === cp.id)) {
          const fail = rand() < 0.035;
          failed ||= fail;
          let valueNumber: number | null = null;
          if (it.kind === 'number') {
            const lo = it.minValue ?? (it.maxValue ?? 1) * 0.3;
            const hi = it.maxValue ?? (it.minValue ?? 1) * 1.8;
            valueNumber =
              Math.round((fail ? (it.maxValue !== null ? hi * 1.15 : lo * 0.8) : lo + (hi - lo) * (0.2 + 0.6 * rand())) * 10) / 10;
          }
          results.push({
            visitId,
            roundId: id,
            checkItemId: it.id,
            outcome: fail ? 'fail' : 'pass',
            valueNumber,
            valueText: it.kind === 'text' ? (fail ? pick(FAIL_NOTES.other!) : '无') : null,
            note: fail ? pick(FAIL_NOTES[it.category] ?? FAIL_NOTES.other!) : null,
          });
        }
        if (failed) failedVisits.push({ visitId, at: new Date(at), actor });
        visited++;
        at += (3 + rand() * 4) * 60_000;
      }
      const done = visited === route.length && at <= now.getTime();
      const completedAt = new Date(at);
      rounds.push({
        ...base,
        state: done ? 'completed' : 'in_progress',
        startedAt,
        completedAt: done ? completedAt : null,
        late: done && completedAt > w.end,
        alertedLateAt: done && completedAt > w.end ? completedAt : null,
      });
    }
    await db.transaction(async (tx) => {
      for (let i = 0; i < rounds.length; i += 200)
        await tx
          .insert(inspectionRounds)
          .values(rounds.slice(i, i + 200))
          .onConflictDoNothing();
      for (let i = 0; i < visits.length; i += 300) await tx.insert(inspectionVisits).values(visits.slice(i, i + 300));
      for (let i = 0; i < results.length; i += 500) await tx.insert(inspectionResults).values(results.slice(i, i + 500));
    });
  }
  // What the job does next: rounds whose lead time has come (tomorrow's, for plans made a day ahead).
  await generateRounds(db, now, prop.id);
  // The failed items raise their findings as a real visit does (the findings' own rules decide what follows).
  for (const f of failedVisits) {
    const ctx: Ctx = { db, actor: f.actor, locale: 'zh-CN', production: false, now: () => f.at };
    await db.transaction((tx) => findingsFromVisit(tx, { ...ctx, db: tx as typeof db }, f.visitId));
  }
}
