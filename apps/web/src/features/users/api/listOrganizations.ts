import { queryOptions } from '@tanstack/react-query';
import type { OrganizationRecord } from '@hy/contracts';
import { api, qs, type Page } from '../../../lib/api';

/** What the user forms need of an organization (the places contract's record). */
export type OrganizationOption = Pick<OrganizationRecord, 'id' | 'name'>;

/**
 * The organizations of a property, to tie an account to one. The endpoint belongs to the places
 * domain (hence its key prefix, so places' writes refresh it); the page works without it.
 */
export const organizationOptionsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: ['organizations', propertyId, 'all'] as const,
    queryFn: () => api.get<Page<OrganizationRecord>>(`/organizations${qs({ propertyId, limit: 200 })}`),
    enabled: !!propertyId,
    retry: false,
    staleTime: 60_000,
  });
