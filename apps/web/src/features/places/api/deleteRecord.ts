import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { placesKeys } from './keys';

/** Deletes a building, unit or organization (422 in_use while something refers to it), or archives a venue. */
export const deletePlace = (url: string) => api.del(url);

export const useDeletePlace = (propertyId: string | null, o: Omit<ApiMutationOptions<string, unknown>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: deletePlace, invalidate: [placesKeys.property(propertyId)], ...o });
