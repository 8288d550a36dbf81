import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { placesKeys } from './keys';
import type { Building } from './types';

export interface SaveBuildingVars {
  id?: string;
  body: Record<string, unknown>;
}
export const saveBuilding = (propertyId: string | null, { id, body }: SaveBuildingVars) =>
  id ? api.patch<Building>(`/buildings/${id}`, body) : api.post<Building>('/buildings', { propertyId, ...body });

export const useSaveBuilding = (propertyId: string | null, o: Omit<ApiMutationOptions<SaveBuildingVars, Building>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: (v) => saveBuilding(propertyId, v), invalidate: [placesKeys.property(propertyId)], ...o });
