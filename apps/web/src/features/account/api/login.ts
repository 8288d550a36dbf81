import type { AuthLoginBody, SessionMe } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';

/** Signs in: the server sets the session cookie and answers the signed-in user (as GET /auth/me). */
export const login = (body: AuthLoginBody) => api.post<SessionMe>('/auth/login', body);

export function useLogin(o: Omit<ApiMutationOptions<AuthLoginBody, SessionMe>, 'mutationFn'> = {}) {
  return useApiMutation({ mutationFn: login, ...o });
}
