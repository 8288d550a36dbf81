import { useTranslation } from 'react-i18next';
import { BOOKING_SERVICES, DEPARTMENTS, VENUE_CLASSES, VENUE_TYPES } from '@hy/contracts';
import { usePlaceLabels } from '../../../places/labels';
import { useBookingLabels } from '../../../bookings/labels';

/** The choices of the template filters and drawer: departments, venue types and classes, booked services. */
export function useTemplateOptions() {
  const { t } = useTranslation('meetings');
  const P = usePlaceLabels();
  const L = useBookingLabels();
  return {
    departments: DEPARTMENTS.map((d) => ({ value: d, label: t(`dept.${d}`) })),
    venueTypes: VENUE_TYPES.map((v) => ({ value: v, label: P.venueType(v) })),
    venueClasses: VENUE_CLASSES.map((v) => ({ value: v, label: P.venueClass(v) })),
    services: BOOKING_SERVICES.map((s) => ({ value: s, label: L.service(s) })),
  };
}
