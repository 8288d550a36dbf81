import type { ClosureCreated, ClosurePreview, ClosureResolution } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { bookingKeys } from './keys';

export type ClosureAnswer = ClosurePreview | ClosureCreated;
/** Closes a venue (or, with preview, only lists the bookings the closure collides with). */
export const createClosure = (body: Record<string, unknown> & { preview: boolean }) => api.post<ClosureAnswer>('/venue-closures', body);
export const useCreateClosure = <TVars>(o: ApiMutationOptions<TVars, ClosureAnswer>) => useApiMutation<TVars, ClosureAnswer>(o);

export interface ResolveClosureVars {
  closureId: string;
  bookingId: string;
  action: 'keep' | 'cancel';
  reason?: string;
}
/** Keep or cancel a booking the closure collides with. */
export const resolveClosure = ({ closureId, bookingId, action, reason }: ResolveClosureVars) =>
  api.post<ClosureResolution>(
    `/venue-closures/${closureId}/resolve`,
    action === 'cancel' ? { bookingId, action, reason } : { bookingId, action },
  );
export const useResolveClosure = (o: Omit<ApiMutationOptions<ResolveClosureVars, ClosureResolution>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: resolveClosure, invalidate: [bookingKeys.all], ...o });
