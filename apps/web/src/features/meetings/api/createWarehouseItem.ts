/** POST /warehouse-items — a new item in the meeting warehouse. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { WarehouseItem } from './types';

export const createWarehouseItem = (body: Record<string, unknown>) => api.post<WarehouseItem>('/warehouse-items', body);

export const useCreateWarehouseItem = (o: MutationOptions<Record<string, unknown>, WarehouseItem> = {}) =>
  useApiMutation({ mutationFn: createWarehouseItem, invalidate: [meetingKeys.all], ...o });
