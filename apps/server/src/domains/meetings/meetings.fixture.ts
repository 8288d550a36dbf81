/** Moved to test/meetings.builders.ts; kept only for the bookings tests that still import this path (remove once they import the builders). */
export { makeMeetingVenues } from '../../test/meetings.builders.ts';
