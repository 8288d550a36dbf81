/** The cockpit's query keys, and the live topics that change what it counts (cases, bookings, meetings, fees, the front desk's lists). */
export const cockpitKeys = {
  all: ['cockpit'] as const,
  one: (propertyId: string | null) => ['cockpit', propertyId] as const,
};
export const COCKPIT_TOPICS = ['case.', 'work_order.', 'booking.', 'meetings.', 'visit.', 'mail.', 'loan.'] as const;
