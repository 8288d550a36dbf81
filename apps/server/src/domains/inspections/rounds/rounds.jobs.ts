/**
 * The rounds' durable job (T2), every 5 minutes: (1) each active plan's round is created ahead of its window
 * (leadMinutes before), never twice (unique plan + day), walked by the assignee when on the roster, else by
 * another holder of the role (reassigned_from kept); (2) a round not started by its window's end becomes
 * missed and alerts the supervisors, once (a guarded update). Bounded work, one short transaction per round.
 */
import type { FastifyInstance } from 'fastify';
import { WORKING_HOURS, type Role } from '@hy/contracts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { systemCtx } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { isWorkingDay, loadWorkCalendar, localDate, type WorkCalendar } from '../../calendar/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import * as plans from '../plans/plans.repository.ts';
import { planDueOn, windowOf } from '../plans/plans.rules.ts';
import * as repo from './rounds.repository.ts';
import { chooseInspector, type Candidate } from './rounds.rules.ts';

export const ROUNDS_TICK = 'inspections.rounds_tick';
type PlanRow = Awaited<ReturnType<typeof plans.activePlans>>[number];

/** The candidates of a property on a date: the roster (shifts), roles, disabled flags. */
async function staffing(db: DbOrTx, propertyId: string, cal: WorkCalendar, date: string) {
  const roles = await repo.rolesOf(db, propertyId);
  const ids = [...new Set(roles.map((r) => r.userId))];
  const people = await repo.usersById(db, ids);
  const dayStart = dayjs.tz(`${date} 00:00`, cal.timeZone);
  const shifts = await repo.shiftsBetween(db, propertyId, dayStart.subtract(3, 'day').toDate(), dayStart.add(4, 'day').toDate());
  const dayEnd = dayStart.add(1, 'day').toDate();
  const candidate = (id: string): Candidate | null => {
    const u = people.find((p) => p.id === id);
    if (!u) return null;
    const held = roles.filter((r) => r.userId === id).map((r) => r.role as Role);
    const own = shifts.filter((s) => s.userId === id);
    return {
      id,
      name: u.name,
      disabled: u.disabled,
      member: held.length > 0,
      fixedHours: held.some((r) => WORKING_HOURS[r]),
      rostered: own.length > 0,
      shiftThatDay: own.some((s) => s.startsAt < dayEnd && s.endsAt > dayStart.toDate()),
    };
  };
  const holders = (role: string) =>
    roles
      .filter((r) => r.role === role)
      .map((r) => candidate(r.userId)!)
      .filter(Boolean);
  return { candidate, holders, workingDay: isWorkingDay(cal, date) };
}

/** Creates the round of one plan on one date (null when it exists already). */
export async function createRound(db: DbOrTx, p: PlanRow, cal: WorkCalendar, date: string, now: Date) {
  if (await repo.roundExists(db, p.id, date)) return null;
  const w = windowOf(date, p.windowStart, p.windowEnd, p.leadMinutes, cal.timeZone);
  const s = await staffing(db, p.propertyId, cal, date);
  const who = chooseInspector(
    p.assigneeId ? s.candidate(p.assigneeId) : null,
    p.assigneeRole ? s.holders(p.assigneeRole) : [],
    s.workingDay,
    await repo.loadOfDay(db, p.propertyId, date),
  );
  return db.transaction(async (tx) => {
    const r = await repo.insertRound(tx, {
      propertyId: p.propertyId,
      planId: p.id,
      dueDate: date,
      windowStart: w.start,
      windowEnd: w.end,
      assigneeId: who?.id ?? null,
      assigneeName: who?.name ?? null,
      reassignedFrom: who?.reassignedFrom ?? null,
      createdAt: now,
    });
    if (!r) return null;
    await audit(tx, systemCtx(tx, now), {
      action: 'inspection_round.created',
      entityType: 'inspection_round',
      entityId: r.id,
      propertyId: r.propertyId,
      after: { plan: p.name, dueDate: date, assignee: r.assigneeName, reassignedFrom: r.reassignedFrom },
    });
    await publish(tx as Parameters<typeof publish>[0], {
      type: 'event',
      topic: 'inspection_round.created',
      propertyId: r.propertyId,
      entity: { type: 'inspection_round', id: r.id },
    });
    return r;
  });
}

/** One pass of creation: each active plan's rounds whose creation time has come and whose window is open. */
export async function generateRounds(db: Db, now: Date, onlyProperty?: string) {
  let n = 0;
  const cals = new Map<string, WorkCalendar>();
  for (const p of await plans.activePlans(db)) {
    if (onlyProperty && p.propertyId !== onlyProperty) continue;
    if (!cals.has(p.propertyId)) cals.set(p.propertyId, await loadWorkCalendar(db, p.propertyId));
    const cal = cals.get(p.propertyId)!;
    const today = localDate(cal, now);
    const ahead = Math.ceil(p.leadMinutes / 1440);
    for (let d = 0; d <= ahead; d++) {
      const date = dayjs.utc(today).add(d, 'day').format('YYYY-MM-DD');
      if (!planDueOn(p, cal, date)) continue;
      const w = windowOf(date, p.windowStart, p.windowEnd, p.leadMinutes, cal.timeZone);
      if (now < w.createAt || now >= w.end) continue;
      if (await createRound(db, p, cal, date, now)) n++;
    }
  }
  return n;
}

/** One pass of the sweep: rounds not started by their window's end → missed, the supervisors alerted once. */
export async function sweepMissed(db: Db, now: Date, onlyProperty?: string) {
  let n = 0;
  for (const { id } of await repo.overdueScheduled(db, now, onlyProperty)) {
    const r = await repo.findRound(db, id);
    if (!r) continue;
    await db.transaction(async (tx) => {
      if (!(await repo.markMissed(tx, id, now))) return;
      await notify(tx, {
        propertyId: r.propertyId,
        roles: ['cs_supervisor'],
        kind: 'inspections.round_missed',
        severity: 'warning',
        message: {
          key: 'inspections.round_missed',
          params: { plan: r.planName, area: r.area, assignee: r.assigneeName, windowEnd: r.windowEnd.toISOString() },
        },
        link: `/inspections/rounds/${id}`,
      });
      await audit(tx, systemCtx(tx, now), {
        action: 'inspection_round.missed',
        entityType: 'inspection_round',
        entityId: id,
        propertyId: r.propertyId,
        before: { state: 'scheduled' },
        after: { state: 'missed' },
      });
      n++;
    });
  }
  return n;
}

export function registerRoundsJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(ROUNDS_TICK, 5 * 60_000), async (db, now) => (await generateRounds(db, now)) + (await sweepMissed(db, now)));
}
