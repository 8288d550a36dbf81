/** POST /warehouse-items/:id/restock — add stock. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { WarehouseItem } from './types';

export const restockWarehouseItem = ({ id, ...body }: { id: string; qty: number }) =>
  api.post<WarehouseItem>(`/warehouse-items/${id}/restock`, body);

export const useRestockWarehouseItem = (o: MutationOptions<{ id: string; qty: number }, WarehouseItem> = {}) =>
  useApiMutation({ mutationFn: restockWarehouseItem, invalidate: [meetingKeys.all], ...o });
