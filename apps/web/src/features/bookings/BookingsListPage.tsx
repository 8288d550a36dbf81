/** /bookings: every booking of the property, for staff. */
export { default } from './list/BookingsList';
