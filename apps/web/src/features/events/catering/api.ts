/** The catering data layer of an event (M13): keyed under the event, so every write refetches the event's caches. */
import { queryOptions } from '@tanstack/react-query';
import type { CateringView, MealCreate, MealDefaults, MealPatch, MealSign, MenuCreate } from '@hy/contracts';
import { api } from '../../../lib/api';
import { eventKeys } from '../api';

export const cateringKey = (id: string) => [...eventKeys.event(id), 'catering'] as const;

export const cateringQuery = (id: string) =>
  queryOptions({ queryKey: cateringKey(id), queryFn: () => api.get<CateringView>(`/events/${id}/catering`) });

export const orderSheetXlsx = (id: string) => `/api/v1/events/${id}/catering/order-sheet`;

const meal = (id: string, mealId: string) => `/events/${id}/catering/meals/${mealId}`;
export const cateringWrite = {
  defaults: (id: string, v: MealDefaults) => api.post<CateringView>(`/events/${id}/catering/defaults`, v),
  create: (id: string, v: MealCreate) => api.post<CateringView>(`/events/${id}/catering/meals`, v),
  patch: (id: string, mealId: string, v: MealPatch) => api.patch<CateringView>(meal(id, mealId), v),
  remove: (id: string, mealId: string) => api.del<CateringView>(meal(id, mealId)),
  addMenu: (id: string, mealId: string, v: MenuCreate) => api.post<CateringView>(`${meal(id, mealId)}/menus`, v),
  choose: (id: string, mealId: string, menuId: string) => api.post<CateringView>(`${meal(id, mealId)}/menus/${menuId}/choose`),
  confirm: (id: string, mealId: string) => api.post<CateringView>(`${meal(id, mealId)}/confirm`),
  sign: (id: string, mealId: string, v: MealSign) => api.post<CateringView>(`${meal(id, mealId)}/sign`, v),
};
