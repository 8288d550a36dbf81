/**
 * Laundry's durable timers: every minute, a request phoned but not collected within the collect deadline alerts the
 * front desk and the CS supervisor once (a guarded mark); every hour, on the evaluation's due day (N days before
 * the supplier pay day) the CS supervisor is reminded once per month to write the supplier evaluations.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { systemCtx } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { notify } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import * as repo from './laundry.repository.ts';
import { collectOverdue, evaluationDueOn } from './laundry.rules.ts';

export const LAUNDRY_COLLECT_SCAN = 'paidservices.laundry_collect';
export const EVALUATION_REMINDER = 'paidservices.evaluation_reminder';

/** One pass: alert each overdue, uncollected request once. */
export async function alertUncollected(db: Db, now: Date) {
  let n = 0;
  for (const r of await repo.overdueUnalerted(db, now)) {
    if (!collectOverdue(r, now)) continue;
    const minutes = Math.round((r.collectDueAt!.getTime() - r.calledAt!.getTime()) / 60_000);
    await db.transaction(async (tx) => {
      if (!(await repo.markAlerted(tx, r.id, now))) return;
      await notify(tx, {
        propertyId: r.propertyId,
        roles: ['front_desk', 'cs_supervisor'],
        kind: 'laundry.collect_overdue',
        message: {
          key: 'laundry.collect_overdue',
          params: { company: r.organizationName, unit: r.unitCode, calledAt: r.calledAt!.toISOString(), minutes },
        },
        link: '/paid-services/laundry',
      });
      await audit(tx, systemCtx(tx, now), {
        action: 'laundry_request.collect_overdue',
        entityType: 'ps_laundry_request',
        entityId: r.id,
        propertyId: r.propertyId,
      });
      n++;
    });
  }
  return n;
}

/** One pass: on or after the due day, remind the CS supervisor once a month (if an evaluation is still missing). */
export async function remindEvaluations(db: Db, now: Date) {
  let n = 0;
  const props = new Set(
    [...(await repo.propertiesWithSuppliers(db, 'laundry')), ...(await repo.propertiesWithSuppliers(db, 'meals'))].map((p) => p.propertyId),
  );
  for (const pid of props) {
    const tz = (await loadWorkCalendar(db, pid)).timeZone;
    const today = dayjs(now).tz(tz).format('YYYY-MM-DD');
    const month = today.slice(0, 7);
    const set = await effectiveSettings(db, pid);
    const due = evaluationDueOn(month, set['paidServices.supplierPayDay'], set['paidServices.evaluationDaysBefore']);
    if (today < due) continue;
    const missing = [];
    for (const s of await repo.suppliers(db, pid)) if (!(await repo.hasEvaluation(db, s.id, 'monthly', month))) missing.push(s);
    if (!missing.length) continue;
    await db.transaction(async (tx) => {
      if (!(await repo.markReminder(tx, pid, 'evaluation', month, now))) return;
      await notify(tx, {
        propertyId: pid,
        roles: ['cs_supervisor'],
        kind: 'paidservices.reminder',
        message: { key: 'paidservices.reminder', params: { what: 'evaluation', due } },
        link: '/paid-services/laundry',
      });
      n++;
    });
  }
  return n;
}

export function registerLaundryJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(LAUNDRY_COLLECT_SCAN, 60_000), alertUncollected);
  every(runner, app, everySlot(EVALUATION_REMINDER, 60 * 60_000), remindEvaluations);
}
