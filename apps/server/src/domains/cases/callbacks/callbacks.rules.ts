/** Callback rules (S7, pure): when a callback reopens the case, when a tenant's rating alerts the supervisor. */

/** Dissatisfied with the result, or courtesy or attitude rated 2 or lower: the case opens again. */
export const callbackReopens = (b: { satisfied: boolean; courtesyRating: number; attitudeRating: number }) =>
  !b.satisfied || b.courtesyRating <= 2 || b.attitudeRating <= 2;

/** A tenant's rating alerts the CS supervisor (whose own callback decides on reopening). */
export const ratingAlerts = (r: { satisfied: boolean; rating: number }) => !r.satisfied || r.rating <= 2;
