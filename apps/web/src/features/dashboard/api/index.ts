export { dashboardKeys } from './keys';
export { calendarDayQuery, type CalendarDay } from './getCalendarDay';
export { venueCountQuery } from './countVenues';
