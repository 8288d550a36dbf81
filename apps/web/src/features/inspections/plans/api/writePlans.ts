import type { CheckpointInput, Plan, PlanInput, PlanPatch } from '@hy/contracts';
import { api } from '../../../../lib/api';

export const createPlan = (body: PlanInput) => api.post<Plan>('/inspection-plans', body);
export const updatePlan = (v: { id: string; patch: PlanPatch }) => api.patch<Plan>(`/inspection-plans/${v.id}`, v.patch);
export const addCheckpoint = (v: { id: string; cp: CheckpointInput }) => api.post<Plan>(`/inspection-plans/${v.id}/checkpoints`, v.cp);
export const updateCheckpoint = (v: { id: string; cpId: string; cp: CheckpointInput }) =>
  api.put<Plan>(`/inspection-plans/${v.id}/checkpoints/${v.cpId}`, v.cp);
export const retireCheckpoint = (v: { id: string; cpId: string }) => api.del<Plan>(`/inspection-plans/${v.id}/checkpoints/${v.cpId}`);
export const reorderCheckpoints = (v: { id: string; ids: string[] }) =>
  api.post<Plan>(`/inspection-plans/${v.id}/checkpoints/reorder`, { checkpointIds: v.ids });
