/**
 * Meals' weekday reminders: every hour, on Friday the CS supervisor is reminded once to agree next week's menu with
 * the caterer (if not published yet), on Thursday to ask the tenants' opinions on the meals.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { notify } from '../../notifications/index.ts';
import * as lrepo from '../laundry/laundry.repository.ts';
import * as repo from './meals.repository.ts';
import { addDays, localDay, weekStartOf, weekdayReminder } from './meals.rules.ts';

export const MEALS_WEEKDAY_REMINDER = 'paidservices.meals_weekday_reminder';

export async function remindWeekday(db: Db, now: Date) {
  let n = 0;
  for (const { propertyId } of await lrepo.propertiesWithSuppliers(db, 'meals')) {
    const day = localDay(now, (await loadWorkCalendar(db, propertyId)).timeZone);
    const what = weekdayReminder(day);
    if (!what) continue;
    if (what === 'menu' && (await repo.menuOf(db, propertyId, addDays(weekStartOf(day), 7)))) continue;
    await db.transaction(async (tx) => {
      if (!(await lrepo.markReminder(tx, propertyId, what, day, now))) return;
      await notify(tx, {
        propertyId,
        roles: ['cs_supervisor'],
        kind: 'paidservices.reminder',
        message: { key: 'paidservices.reminder', params: { what, due: day } },
        link: '/paid-services/meals',
      });
      n++;
    });
  }
  return n;
}

export function registerMealsJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(MEALS_WEEKDAY_REMINDER, 60 * 60_000), remindWeekday);
}
