import type { ResultInput, Round } from '@hy/contracts';
import { api } from '../../../../lib/api';

/** Reaches a checkpoint: the scanned token, or the checkpoint picked with the reason. */
export const visitCheckpoint = (v: { id: string; token?: string; checkpointId?: string; pickReason?: string }) =>
  api.post<Round & { visitId: string }>(`/inspection-rounds/${v.id}/visits`, {
    ...(v.token ? { token: v.token } : { checkpointId: v.checkpointId, pickReason: v.pickReason }),
  });
export const saveResults = (v: { id: string; visitId: string; results: ResultInput[]; note?: string | null }) =>
  api.put<Round>(`/inspection-rounds/${v.id}/visits/${v.visitId}/results`, { results: v.results, note: v.note || null });
export const completeRound = (id: string) => api.post<Round>(`/inspection-rounds/${id}/complete`);
export const generateRounds = (propertyId: string) => api.post<{ created: number }>('/inspection-rounds/generate', { propertyId });
