/** PUT /meeting-price-lists/:propertyId — save the property's meeting price list. */
import type { PriceListBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';

export type SavePriceListVars = { propertyId: string; body: PriceListBody };
export const savePriceList = (v: SavePriceListVars) => api.put(`/meeting-price-lists/${v.propertyId}`, v.body);

export const useSavePriceList = (o: MutationOptions<SavePriceListVars, unknown> = {}) =>
  useApiMutation({ mutationFn: savePriceList, invalidate: [meetingKeys.all], ...o });
