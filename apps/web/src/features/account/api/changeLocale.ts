import type { LocaleChangeBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { accountKeys } from './keys';

/** Sets the language of one's e-mail and SMS notifications (204). */
export const changeLocale = (body: LocaleChangeBody) => api.put<void>('/auth/locale', body);

/** Refetches the session afterwards: `locale` is then the new one. */
export function useChangeLocale(o: Omit<ApiMutationOptions<LocaleChangeBody, void>, 'mutationFn' | 'invalidate'> = {}) {
  return useApiMutation({ mutationFn: changeLocale, invalidate: [accountKeys.me], ...o });
}
