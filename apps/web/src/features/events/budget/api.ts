/** The budget's data layer: one query of the whole budget (versions, actuals, variance, statement) and its writes. */
import { queryOptions } from '@tanstack/react-query';
import type { BudgetActualCreate, BudgetBasis, BudgetFigures, BudgetLineInput, BudgetView } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { eventKeys } from '../api';

export const budgetKey = (id: string) => [...eventKeys.event(id), 'budget'] as const;

export const budgetQuery = (id: string | undefined) =>
  queryOptions({ queryKey: budgetKey(id ?? ''), queryFn: () => api.get<BudgetView>(`/events/${id}/budget`), enabled: !!id });

export const budgetWrite = {
  newVersion: (id: string) => api.post<BudgetView>(`/events/${id}/budget/versions`),
  putLines: (id: string, versionId: string, v: { lines: BudgetLineInput[]; rowVersion: number }) =>
    api.put<BudgetView>(`/events/${id}/budget/versions/${versionId}/lines`, v),
  submit: (id: string, versionId: string) => api.post<BudgetView>(`/events/${id}/budget/versions/${versionId}/submit`),
  approve: (id: string, versionId: string, signatureFileId: string) =>
    api.post<BudgetView>(`/events/${id}/budget/versions/${versionId}/approve`, { signatureFileId }),
  addActual: (id: string, v: BudgetActualCreate) => api.post<BudgetView>(`/events/${id}/budget/actuals`, v),
  removeActual: (id: string, actualId: string) => api.del<BudgetView>(`/events/${id}/budget/actuals/${actualId}`),
  feeStatement: (id: string, issue: boolean) => api.post<BudgetView>(`/events/${id}/fee-statement`, { issue }),
};

export const exportUrl = (id: string, versionId?: string) => `/api/v1/events/${id}/budget/export${qs({ versionId })}`;

/** The server's arithmetic, for the live amounts while editing (budget.rules.ts). */
export function figureOf(basis: BudgetBasis, f: BudgetFigures) {
  return { fixed: 1, per_guest: f.guests, per_night: f.roomNights, per_day: f.days, per_vehicle: f.vehicleDays, per_cover: f.covers }[
    basis
  ];
}
export const unitsOf = (l: { basis: BudgetBasis; quantity: number }, f: BudgetFigures) =>
  Number((l.quantity * figureOf(l.basis, f)).toFixed(6));
export const amountOf = (l: { basis: BudgetBasis; quantity: number; unitFen: number }, f: BudgetFigures) =>
  Math.round(Math.abs(Number((l.unitFen * unitsOf(l, f)).toFixed(6))) + 1e-9);
