/** Evaluations, spot checks and criteria: queries (one key factory) and writes. */
import { queryOptions } from '@tanstack/react-query';
import type { EvaluationCreate, EvaluationCriteriaList, EvaluationCriterion, SpotCheckCreate, StaffEvaluation } from '@hy/contracts';
import { api, qs, type Page } from '../../../lib/api';

const all = ['quality', 'evaluations'] as const;
export const evaluationKeys = {
  all,
  list: (pid: string | null, kind: string) => [...all, 'list', pid, kind] as const,
  criteria: (pid: string | null) => [...all, 'criteria', pid] as const,
};

export const evaluationsQuery = (propertyId: string | null, kind: string) =>
  queryOptions({
    queryKey: evaluationKeys.list(propertyId, kind),
    queryFn: () => api.get<Page<StaffEvaluation>>(`/quality/evaluations${qs({ propertyId, kind: kind || undefined, limit: 100 })}`),
    enabled: !!propertyId,
  });
export const criteriaQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: evaluationKeys.criteria(propertyId),
    queryFn: () => api.get<EvaluationCriteriaList>(`/quality/evaluation-criteria${qs({ propertyId })}`),
    enabled: !!propertyId,
  });
type P<T> = Omit<T, 'propertyId'> & { propertyId: string | null };
export const createEvaluation = (v: P<EvaluationCreate>) => api.post<StaffEvaluation>('/quality/evaluations', v);
export const createSpotCheck = (v: P<SpotCheckCreate>) => api.post<StaffEvaluation>('/quality/spot-checks', v);
export const addCriterion = (v: { propertyId: string | null; name: string; maxScore: number }) =>
  api.post<EvaluationCriterion>('/quality/evaluation-criteria', v);
export const setCriterionActive = (v: { id: string; active: boolean }) =>
  api.patch<EvaluationCriterion>(`/quality/evaluation-criteria/${v.id}`, { active: v.active });
