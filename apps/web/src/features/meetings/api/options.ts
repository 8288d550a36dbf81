import type { ApiMutationOptions } from '../../../lib/mutation';

/** What a page may add to one of the meetings write hooks (form, success text, onSuccess …). */
export type MutationOptions<TVars, TData> = Omit<ApiMutationOptions<TVars, TData>, 'mutationFn'>;
