import type { CaseKind, GreetingGiftKind, GreetingOccasion, GreetingPlan, TenantVisit, VisitSatisfaction } from '@hy/contracts';
import { api } from '../../../../lib/api';

export interface PlanVisitInput {
  organizationId: string;
  plannedAt: string;
  place?: string | null;
  contactName: string;
  contactPhone?: string | null;
  topics: string[];
  visitorIds: string[];
}
export const planVisit = (v: { propertyId: string | null; input: PlanVisitInput }) =>
  api.post<TenantVisit>('/tenant-visits', { propertyId: v.propertyId, ...v.input });

export interface RecordVisitInput {
  metNames: string;
  opinions?: string | null;
  satisfaction: VisitSatisfaction;
  issues: string[];
}
export const recordVisit = (v: { id: string; input: RecordVisitInput }) => api.post<TenantVisit>(`/tenant-visits/${v.id}/record`, v.input);
export const cancelVisit = (v: { id: string; reason: string }) =>
  api.post<TenantVisit>(`/tenant-visits/${v.id}/cancel`, { reason: v.reason });
export const openIssueCase = (v: { id: string; issueId: string; kind: CaseKind }) =>
  api.post<TenantVisit>(`/tenant-visits/${v.id}/issues/${v.issueId}/case`, { kind: v.kind });

export const createGreetingPlan = (v: {
  propertyId: string | null;
  occasion: GreetingOccasion;
  year: number;
  giftKind: GreetingGiftKind;
  gift?: string | null;
  giverName?: string | null;
  note?: string | null;
}) => api.post<GreetingPlan>('/tenant-greetings', v);
export const updateGreetingItem = (v: {
  planId: string;
  itemId: string;
  giftKind?: GreetingGiftKind;
  gift?: string | null;
  giverName?: string | null;
}) =>
  api.patch<GreetingPlan>(`/tenant-greetings/${v.planId}/items/${v.itemId}`, {
    giftKind: v.giftKind,
    gift: v.gift,
    giverName: v.giverName,
  });
export const tickGreetingItem = (v: { planId: string; itemId: string }) =>
  api.post<GreetingPlan>(`/tenant-greetings/${v.planId}/items/${v.itemId}/done`);
