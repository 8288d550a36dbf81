/** PUT /meeting-price-lists/:propertyId — save the property's meeting price list. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export const savePriceList = (v: { propertyId: string; body: Record<string, unknown> }) =>
  api.put(`/meeting-price-lists/${v.propertyId}`, v.body);

export const useSavePriceList = (o: MutationOptions<{ propertyId: string; body: Record<string, unknown> }, unknown> = {}) =>
  useApiMutation({ mutationFn: savePriceList, invalidate: [meetingKeys.all], ...o });
