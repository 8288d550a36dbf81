/**
 * The daily reminder of due hygiene inspections: once a day, for each level whose current period has begun
 * and has not been reminded yet, the housekeeping supervisors of the property are told which areas are still
 * due — once per property, level and period (a guarded mark), whatever the number of runs or instances.
 */
import type { FastifyInstance } from 'fastify';
import { HYGIENE_AREAS } from '@hy/contracts';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { systemCtx } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { localDay, zoneOf } from '../shared.ts';
import * as repo from './hygiene.repository.ts';
import { periodOf, periodsToRemind } from './hygiene.rules.ts';

export const HYGIENE_REMINDER = 'quality.hygiene_due_reminder';

/** One pass: every property with a housekeeping supervisor, each level's period reminded once. */
export async function remindDue(db: Db, now: Date) {
  let n = 0;
  for (const propertyId of await repo.propertiesWithHousekeeping(db)) {
    const today = localDay(now, await zoneOf(db, propertyId));
    const starts = (['team', 'area', 'department'] as const).map((l) => periodOf(l, today).start);
    const sent = new Set((await repo.reminded(db, propertyId, starts)).map((r) => `${r.level}|${r.periodStart}`));
    const done = await repo.periodsSince(db, propertyId, starts.sort()[0]!);
    for (const { level, period } of periodsToRemind(today, (l, s) => sent.has(`${l}|${s}`))) {
      const open = HYGIENE_AREAS.filter((a) => !done.some((d) => d.level === level && d.area === a.code && d.periodStart === period.start));
      if (!open.length) continue;
      await db.transaction(async (tx) => {
        if (!(await repo.markReminded(tx, { propertyId, level, periodStart: period.start, remindedAt: now }))) return;
        await notify(tx, {
          propertyId,
          roles: ['housekeeping_supervisor'],
          kind: 'quality.hygiene.due',
          severity: 'info',
          message: { key: 'quality.hygiene.due', params: { level, periodStart: period.start, periodEnd: period.end, areas: open.length } },
          link: '/quality/hygiene',
        });
        await audit(tx, systemCtx(tx, now), {
          action: 'hygiene_inspection.reminded',
          entityType: 'property',
          entityId: propertyId,
          propertyId,
          meta: { level, periodStart: period.start, areas: open.length },
        });
        n++;
      });
    }
  }
  return n;
}

export function registerHygieneJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(HYGIENE_REMINDER, 60 * 60_000), (db, now) => remindDue(db, now));
}
