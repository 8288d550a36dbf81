/** /bookings/mine: an organizer's own bookings and requests. */
import { BookingsList } from './list/BookingsList';

export default function MyBookingsPage() {
  return <BookingsList mine />;
}
