import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { placesKeys } from './keys';
import type { Venue } from './types';

export interface SaveVenueVars {
  id?: string;
  body: Record<string, unknown>;
}
export const saveVenue = (propertyId: string | null, { id, body }: SaveVenueVars) =>
  id ? api.patch<Venue>(`/venues/${id}`, body) : api.post<Venue>('/venues', { propertyId, ...body });

export const useSaveVenue = (propertyId: string | null, o: Omit<ApiMutationOptions<SaveVenueVars, Venue>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: (v) => saveVenue(propertyId, v), invalidate: [placesKeys.venues(propertyId)], ...o });

/** No hard delete: the venue stops being bookable. */
export const useArchiveVenue = (propertyId: string | null, o: Omit<ApiMutationOptions<string, Venue>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: (id) => api.del<Venue>(`/venues/${id}`), invalidate: [placesKeys.venues(propertyId)], ...o });
