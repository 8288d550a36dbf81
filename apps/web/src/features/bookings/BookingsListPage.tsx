/** /bookings: every booking of the property, for staff. */
import { BookingsList } from './list/BookingsList';

export default function BookingsListPage() {
  return <BookingsList mine={false} />;
}
