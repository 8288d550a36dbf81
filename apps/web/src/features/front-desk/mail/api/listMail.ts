import { queryOptions } from '@tanstack/react-query';
import type { MailItem, MailStatus } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';
import { mailKeys } from './keys';

export interface MailFilters {
  status?: MailStatus[];
  direction?: 'in' | 'out';
  q?: string;
  pigeonhole?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** Mail items of the property (the desk's lists). */
export const mailListQuery = (propertyId: string | null, f: MailFilters) =>
  queryOptions({
    queryKey: mailKeys.list(propertyId, { ...f }),
    queryFn: () =>
      api.get<Page<MailItem>>(`/front-desk/mail${qs({ propertyId, ...f, status: f.status?.join(','), limit: f.limit ?? 100 })}`),
    enabled: !!propertyId,
  });

/** The signed-in tenant's own parcels. */
export const myMailQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: mailKeys.mine(propertyId),
    queryFn: () => api.get<Page<MailItem>>(`/front-desk/mail/mine${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
