/** The calendar contract: response schemas of the work calendar. */
export * from './calendar.ts';
