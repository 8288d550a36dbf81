/**
 * Query keys of the dashboard's own reads. They sit under the prefixes of the features that own the
 * records (calendar, venues), so those features' writes refresh the dashboard too.
 */
export const dashboardKeys = {
  day: (propertyId: string | null, day: string) => ['calendar', 'days', propertyId, day] as const,
  venueCount: (propertyId: string | null) => ['venues', propertyId, 'count'] as const,
};
