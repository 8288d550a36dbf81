/** POST /warehouse-items — a new item in the meeting warehouse. */
import type { WarehouseItemBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { WarehouseItem } from './types';

export type CreateWarehouseItemVars = WithSessionProperty<WarehouseItemBody>;
export const createWarehouseItem = (body: CreateWarehouseItemVars) => api.post<WarehouseItem>('/warehouse-items', body);

export const useCreateWarehouseItem = (o: MutationOptions<CreateWarehouseItemVars, WarehouseItem> = {}) =>
  useApiMutation({ mutationFn: createWarehouseItem, invalidate: [meetingKeys.all], ...o });
