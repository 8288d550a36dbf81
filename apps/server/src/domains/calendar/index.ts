/**
 * The calendar domain's public entry: its routes and the work calendar other domains compute with.
 *
 *   work-days/  which days work (built-in Chinese holidays and 调休, weekdays), the property's work
 *               calendar (loaded, cached), working-time arithmetic, days / summary / compute routes
 *   overrides/  the property's admin-entered holidays and make-up days, one by one or a year's import
 */
import type { FastifyInstance } from 'fastify';
import { workDaysRoutes } from './work-days/work-days.routes.ts';
import { overridesRoutes } from './overrides/overrides.routes.ts';

export async function calendarRoutes(fastify: FastifyInstance) {
  workDaysRoutes(fastify);
  overridesRoutes(fastify);
}

export { builtinOverrides } from './work-days/work-days.data.ts';
export {
  type WorkCalendar,
  addLocalDays,
  isWorkingDay,
  localDate,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysInRange,
} from './work-days/work-days.rules.ts';
export { addDuration, endOfWorkingDay, workingMinutesBetween } from './work-days/working-hours.rules.ts';
export { formatInstant, invalidateWorkCalendar, loadWorkCalendar } from './work-days/work-days.service.ts';
