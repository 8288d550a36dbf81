/** The calendar domain's public entry: what other domains may use. */
export { builtinOverrides } from './calendar.data.ts';
export { calendarRoutes } from './calendar.routes.ts';
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
} from './calendar.rules.ts';
export { formatInstant, invalidateWorkCalendar, loadWorkCalendar } from './calendar.service.ts';
