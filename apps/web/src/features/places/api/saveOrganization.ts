import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { placesKeys } from './keys';
import type { Organization } from './types';

export interface SaveOrganizationVars {
  id?: string;
  body: Record<string, unknown>;
}
export const saveOrganization = (propertyId: string | null, { id, body }: SaveOrganizationVars) =>
  id ? api.patch<Organization>(`/organizations/${id}`, body) : api.post<Organization>('/organizations', { propertyId, ...body });

export const useSaveOrganization = (
  propertyId: string | null,
  o: Omit<ApiMutationOptions<SaveOrganizationVars, Organization>, 'mutationFn'> = {},
) => useApiMutation({ mutationFn: (v) => saveOrganization(propertyId, v), invalidate: [placesKeys.organizations(propertyId)], ...o });
