import type { SeriesDetail, SeriesPreview } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Every occurrence of a recurring booking with its status (ok, or the conflict / rule problem). */
export const previewSeries = (body: Record<string, unknown>) => api.post<SeriesPreview>('/bookings/series/preview', body);
/** Books the chosen occurrences, all or nothing. */
export const createSeries = (body: Record<string, unknown>) => api.post<SeriesDetail>('/bookings/series', body);
