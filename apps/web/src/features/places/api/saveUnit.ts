import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { placesKeys } from './keys';
import type { Unit } from './types';

export interface SaveUnitVars {
  id?: string;
  body: Record<string, unknown>;
}
export const saveUnit = (propertyId: string | null, { id, body }: SaveUnitVars) =>
  id ? api.patch<Unit>(`/units/${id}`, body) : api.post<Unit>('/units', { propertyId, ...body });

export const useSaveUnit = (propertyId: string | null, o: Omit<ApiMutationOptions<SaveUnitVars, Unit>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: (v) => saveUnit(propertyId, v), invalidate: [placesKeys.units(propertyId)], ...o });
