export { dashboardKeys } from './keys';
export { calendarDayQuery, type CalendarDay } from './getCalendarDay';
export { venueCountQuery } from './countVenues';
export { cockpitKeys, COCKPIT_TOPICS } from './cockpitKeys';
export { cockpitQuery, type Cockpit } from './getCockpit';
