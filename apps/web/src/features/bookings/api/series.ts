import type { BookingSeriesBody, SeriesDetail, SeriesPreview } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';

/** A series as the booking form sends it (the property is the session's). */
export type SeriesBody = WithSessionProperty<BookingSeriesBody>;
/** Every occurrence of a recurring booking with its status (ok, or the conflict / rule problem). */
export const previewSeries = (body: SeriesBody) => api.post<SeriesPreview>('/bookings/series/preview', body);
/** Books the chosen occurrences, all or nothing. */
export const createSeries = (body: SeriesBody) => api.post<SeriesDetail>('/bookings/series', body);
