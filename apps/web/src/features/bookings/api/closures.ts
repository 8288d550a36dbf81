import type { ClosureCreateBody, ClosureCreated, ClosurePreview, ClosureResolution, ClosureResolveBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation, type ApiMutationOptions } from '../../../lib/mutation';
import { bookingKeys } from './keys';

export type ClosureAnswer = ClosurePreview | ClosureCreated;
/** Closes a venue (or, with preview, only lists the bookings the closure collides with). */
export const createClosure = (body: WithSessionProperty<ClosureCreateBody>) => api.post<ClosureAnswer>('/venue-closures', body);
export const useCreateClosure = <TVars>(o: ApiMutationOptions<TVars, ClosureAnswer>) => useApiMutation<TVars, ClosureAnswer>(o);

/** Keep or cancel (with the reason) a booking the closure collides with. */
export type ResolveClosureVars = { closureId: string } & Exclude<ClosureResolveBody, { action: 'move' }>;
export const resolveClosure = ({ closureId, ...body }: ResolveClosureVars) =>
  api.post<ClosureResolution>(`/venue-closures/${closureId}/resolve`, body);
export const useResolveClosure = (o: Omit<ApiMutationOptions<ResolveClosureVars, ClosureResolution>, 'mutationFn'> = {}) =>
  useApiMutation({ mutationFn: resolveClosure, invalidate: [bookingKeys.all], ...o });
