import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type {
  BcFaxIn,
  BcFaxState,
  BcPriceList,
  BcRegister,
  BcRegisterKind,
  BcReport,
  BcSlip,
  BcSlipKind,
  BcSlipState,
} from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';
import { bcKeys } from './keys';

export interface SlipFilter {
  kind?: BcSlipKind;
  state?: BcSlipState;
  q?: string;
}
export const slipsQuery = (propertyId: string | null, f: SlipFilter, limit = 30) =>
  infiniteQueryOptions({
    queryKey: bcKeys.slips(propertyId, { ...f, limit }),
    queryFn: ({ pageParam }) => api.get<Page<BcSlip>>(`/business-center/slips${qs({ propertyId, ...f, limit, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });
export const slipQuery = (id: string | null) =>
  queryOptions({ queryKey: bcKeys.slip(id), queryFn: () => api.get<BcSlip>(`/business-center/slips/${id}`), enabled: !!id });
export const handoversQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: bcKeys.handovers(propertyId),
    queryFn: () => api.get<{ data: BcSlip[] }>(`/business-center/handovers${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const registerQuery = (propertyId: string | null, register: BcRegisterKind, from: string, to: string) =>
  queryOptions({
    queryKey: bcKeys.register(propertyId, register, from, to),
    queryFn: () => api.get<BcRegister>(`/business-center/register${qs({ propertyId, register, from, to })}`),
    enabled: !!propertyId,
  });
export const registerExportUrl = (propertyId: string | null, register: BcRegisterKind, from: string, to: string) =>
  `/api/v1/business-center/register/export${qs({ propertyId, register, from, to })}`;

export interface FaxFilter {
  state?: BcFaxState;
  q?: string;
}
export const faxesQuery = (propertyId: string | null, f: FaxFilter, limit = 30) =>
  infiniteQueryOptions({
    queryKey: bcKeys.faxes(propertyId, { ...f, limit }),
    queryFn: ({ pageParam }) => api.get<Page<BcFaxIn>>(`/business-center/faxes${qs({ propertyId, ...f, limit, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });
export const faxQuery = (id: string | null) =>
  queryOptions({ queryKey: bcKeys.fax(id), queryFn: () => api.get<BcFaxIn>(`/business-center/faxes/${id}`), enabled: !!id });
export const reportsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: bcKeys.reports(propertyId),
    queryFn: () => api.get<{ data: BcReport[] }>(`/business-center/reports${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
export const pricesQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: bcKeys.prices(propertyId),
    queryFn: () => api.get<BcPriceList>(`/business-center/prices${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
