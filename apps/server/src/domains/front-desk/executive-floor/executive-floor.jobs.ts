/**
 * The morning thermos change (每天上午在上班前更换暖壶热水): on every working day, from 07:00, one request per
 * executive for the meeting staff, due before work starts. Made once whoever runs the tick (a key per
 * executive and day); the department hears of the round in one notification.
 */
import type { FastifyInstance } from 'fastify';
import { execDepartmentRoles } from '@hy/contracts';
import type { Db } from '../../../db/client.ts';
import { systemCtx } from '../../../lib/context.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { isWorkingDay, loadWorkCalendar } from '../../calendar/index.ts';
import * as repo from './executive-floor.repository.ts';
import { thermosRound } from './executive-floor.rules.ts';

export const thermosTicks = everySlot('front_desk.thermos_round', 10 * 60_000);

export async function runThermosRound(db: Db, now: Date) {
  const byProperty = new Map<string, { timeZone: string; executives: string[] }>();
  for (const x of await repo.executivesByProperty(db)) {
    const p = byProperty.get(x.propertyId) ?? { timeZone: x.timeZone, executives: [] };
    p.executives.push(x.executiveId);
    byProperty.set(x.propertyId, p);
  }
  let made = 0;
  for (const [propertyId, p] of byProperty) {
    const round = thermosRound(now, p.timeZone);
    if (!round.due || !isWorkingDay(await loadWorkCalendar(db, propertyId), round.day)) continue;
    await db.transaction(async (tx) => {
      const rows = await repo.insertRecurring(
        tx,
        p.executives.map((executiveId) => ({
          propertyId,
          executiveId,
          kind: 'hot_water' as const,
          department: 'meeting_staff' as const,
          dueAt: round.dueAt,
          via: 'recurring' as const,
          recurringKey: `thermos:${round.day}:${executiveId}`,
          createdAt: now,
          updatedAt: now,
        })),
      );
      if (!rows.length) return;
      made += rows.length;
      const ctx = systemCtx(tx, now);
      for (const r of rows)
        await audit(tx, ctx, {
          action: 'executive_request.created',
          entityType: 'executive_request',
          entityId: r.id,
          propertyId,
          after: r,
        });
      await notify(tx, {
        propertyId,
        roles: [...execDepartmentRoles('meeting_staff')],
        kind: 'front_desk.thermos_round',
        message: { key: 'front_desk.thermos_round', params: { count: rows.length, dueAt: round.dueAt.toISOString() } },
        link: '/front-desk/executive-floor',
      });
    });
  }
  return made;
}

export function registerExecutiveFloorJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, thermosTicks, runThermosRound);
}
