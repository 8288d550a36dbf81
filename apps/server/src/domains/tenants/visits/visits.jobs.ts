/**
 * The day-before reminder of a planned visit (T3): every 30 minutes, each planned visit whose local day
 * before has begun reminds its visitors once (a guarded mark), whatever the number of runs or instances.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { systemCtx } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { notify } from '../../notifications/index.ts';
import * as repo from './visits.repository.ts';
import { reminderDue } from './visits.rules.ts';

export const VISIT_REMINDER_SCAN = 'tenants.visit_reminder';

/** One pass: remind each visit due once (bounded batch; one short transaction each). */
export async function remindVisits(db: Db, now: Date) {
  let n = 0;
  for (const v of await repo.unreminded(db, now)) {
    const tz = (await loadWorkCalendar(db, v.propertyId)).timeZone;
    if (!reminderDue(v, now, tz)) continue;
    const org = await repo.organizationIn(db, v.propertyId, v.organizationId);
    await db.transaction(async (tx) => {
      if (!(await repo.markReminded(tx, v.id, now))) return;
      await notify(tx, {
        propertyId: v.propertyId,
        userIds: v.visitors.map((p) => p.id),
        kind: 'tenants.visit_reminder',
        message: {
          key: 'tenants.visit_reminder',
          params: { company: org?.name ?? '', plannedAt: v.plannedAt.toISOString(), contact: v.contactName, topics: v.topics },
        },
        link: `/tenants/visits/${v.id}`,
      });
      await audit(tx, systemCtx(tx, now), {
        action: 'tenant_visit.reminded',
        entityType: 'tenant_visit',
        entityId: v.id,
        propertyId: v.propertyId,
      });
      n++;
    });
  }
  return n;
}

export function registerVisitsJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(VISIT_REMINDER_SCAN, 30 * 60_000), remindVisits);
}
