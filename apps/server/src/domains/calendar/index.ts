/** The calendar domain's public entry: what other domains may use. */
export { builtinOverrides } from './work-days/work-days.data.ts';
export { calendarRoutes } from './work-days/work-days.routes.ts';
export {
  type WorkCalendar,
  addDuration,
  addLocalDays,
  endOfWorkingDay,
  isWorkingDay,
  localDate,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysInRange,
  workingMinutesBetween,
} from './work-days/work-days.rules.ts';
export { formatInstant, invalidateWorkCalendar, loadWorkCalendar } from './work-days/work-days.service.ts';
