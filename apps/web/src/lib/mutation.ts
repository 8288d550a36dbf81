/**
 * The one way a page writes: a TanStack mutation that, on success, refetches the caches it names and
 * says so, and on failure puts problem+json's field errors on the form and shows the rest.
 */
import { App, type FormInstance } from 'antd';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { applyProblem } from './errors';

export interface ApiMutationOptions<TVars, TData> {
  mutationFn: (vars: TVars) => Promise<TData>;
  /** Key prefixes to refetch after success (key factories' `all`, `lists()` …). */
  invalidate?: readonly QueryKey[] | ((data: TData, vars: TVars) => readonly QueryKey[]);
  /** Form that receives the field errors of a 400/409/422. */
  form?: FormInstance;
  /** Message shown on success (already translated); none when omitted. */
  success?: string | ((data: TData, vars: TVars) => string | undefined);
  onSuccess?: (data: TData, vars: TVars) => void;
  /** Instead of the error toast (the message is already mapped; field errors are already on the form). */
  onError?: (message: string, err: unknown) => void;
}

export function useApiMutation<TVars = void, TData = unknown>(o: ApiMutationOptions<TVars, TData>) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useMutation<TData, unknown, TVars>({
    mutationFn: o.mutationFn,
    onSuccess: async (data, vars) => {
      const keys = typeof o.invalidate === 'function' ? o.invalidate(data, vars) : (o.invalidate ?? []);
      const text = typeof o.success === 'function' ? o.success(data, vars) : o.success;
      if (text) message.success(text);
      o.onSuccess?.(data, vars);
      await Promise.all(keys.map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
    onError: (err) => {
      const text = applyProblem(err, o.form, t('error.generic'));
      if (o.onError) o.onError(text, err);
      else message.error(text);
    },
  });
}
