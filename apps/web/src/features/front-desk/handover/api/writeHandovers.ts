import type { ShiftHandover } from '@hy/contracts';
import { api } from '../../../../lib/api';

export interface HandoverInput {
  notes?: string | null;
  extraItems: { title: string; detail?: string | null }[];
}
/** The outgoing shift writes its handover (the server draws up the open items and the counts). */
export const submitHandover = (v: { propertyId: string | null; input: HandoverInput }) =>
  api.post<ShiftHandover>('/front-desk/handovers', { propertyId: v.propertyId, ...v.input });

/** The next shift acknowledges one item. */
export const acknowledgeItem = (v: { id: string; itemId: string; remark?: string | null }) =>
  api.post<ShiftHandover>(`/front-desk/handovers/${v.id}/items/${v.itemId}/acknowledge`, { remark: v.remark || null });

/** The next shift accepts the whole handover. */
export const acceptHandover = (v: { id: string; remark?: string | null }) =>
  api.post<ShiftHandover>(`/front-desk/handovers/${v.id}/accept`, { remark: v.remark || null });
