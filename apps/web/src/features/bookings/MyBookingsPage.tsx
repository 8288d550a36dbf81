/** /bookings/mine: an organizer's own bookings and requests. */
import { BookingsList } from './BookingsListPage';

export default function MyBookingsPage() {
  return <BookingsList mine />;
}
