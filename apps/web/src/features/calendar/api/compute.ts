import type { CalendarComputation } from '@hy/contracts';
import { api, qs } from '../../../lib/api';

/** Adds a duration (working hours/days …) to an instant with the property's calendar. */
export const computeDeadline = (propertyId: string | null, v: { start: string; value: number; unit: string }) =>
  api.get<CalendarComputation>(`/calendar/compute${qs({ propertyId, ...v })}`);
