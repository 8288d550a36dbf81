/** The meals data layer: menus, the day's orders, the order steps. */
import { queryOptions } from '@tanstack/react-query';
import type { MealDay, MealMenu, MealOrder, MenuDish } from '@hy/contracts';
import { api, qs } from '../../../../lib/api';

const all = ['paid-services', 'meals'] as const;
export const mealKeys = {
  all,
  menus: (pid: string | null) => [...all, 'menus', pid] as const,
  day: (pid: string | null, day: string | null) => [...all, 'day', pid, day] as const,
};
export const menusQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: mealKeys.menus(propertyId),
    queryFn: () => api.get<{ data: MealMenu[] }>(`/meals/menus${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const mealDayQuery = (propertyId: string | null, day: string | null = null) =>
  queryOptions({
    queryKey: mealKeys.day(propertyId, day),
    queryFn: () => api.get<MealDay>(`/meals/orders${qs({ propertyId, day: day ?? undefined })}`),
    enabled: !!propertyId,
    refetchInterval: 30_000,
  });
export const publishMenu = (b: { propertyId: string; weekStart: string; dishes: MenuDish[] }) => api.post<MealMenu>('/meals/menus', b);
export const placeOrder = (b: {
  propertyId: string;
  organizationId?: string;
  contactName: string;
  lines: { dish: string; count: number }[];
  acceptLate?: boolean;
}) => api.post<MealOrder>('/meals/orders', b);
export const markPhoned = (propertyId: string) => api.post<MealDay>('/meals/orders/phoned', { propertyId });
export const checkOrder = (id: string, result: 'pass' | 'redo', note?: string) =>
  api.post<MealOrder>(`/meals/orders/${id}/check`, { result, note });
export const deliverOrder = (id: string) => api.post<MealOrder>(`/meals/orders/${id}/deliver`);
export const signOrder = (id: string, signerName: string, signatureId: string) =>
  api.post<MealOrder>(`/meals/orders/${id}/sign`, { signerName, signatureId });
