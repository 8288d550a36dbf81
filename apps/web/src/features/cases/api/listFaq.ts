import { queryOptions } from '@tanstack/react-query';
import type { KbFaqEntry } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { caseKeys } from './keys';

/** The public FAQ (tenants). */
export const faqQuery = (propertyId: string | null, q: string) =>
  queryOptions({
    queryKey: caseKeys.faq(propertyId, q),
    queryFn: () => api.get<{ data: KbFaqEntry[] }>(`/kb/faq${qs({ propertyId, q })}`),
    enabled: !!propertyId,
    retry: false,
    placeholderData: (p) => p,
  });
