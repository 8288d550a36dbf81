/** POST /warehouse-items/:id/restock — add stock. */
import type { WarehouseRestockBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { WarehouseItem } from './types';

export type RestockWarehouseItemVars = { id: string } & WarehouseRestockBody;
export const restockWarehouseItem = ({ id, ...body }: RestockWarehouseItemVars) =>
  api.post<WarehouseItem>(`/warehouse-items/${id}/restock`, body);

export const useRestockWarehouseItem = (o: MutationOptions<RestockWarehouseItemVars, WarehouseItem> = {}) =>
  useApiMutation({ mutationFn: restockWarehouseItem, invalidate: [meetingKeys.all], ...o });
