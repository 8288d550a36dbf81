import type { DeskCall, DeskMessage } from '@hy/contracts';
import { api } from '../../../../lib/api';

export interface MessageInput {
  recipientEntryId: string;
  callerName: string;
  callerPhone?: string | null;
  callerCompany?: string | null;
  content: string;
  urgent?: boolean;
}
export const logMessage = (v: { propertyId: string | null; input: MessageInput }) =>
  api.post<DeskMessage>('/front-desk/messages', { propertyId: v.propertyId, ...v.input });

/** The desk told the recipient by phone or in person. */
export const deliverMessage = (v: { id: string; how: 'phone' | 'in_person' }) =>
  api.post<DeskMessage>(`/front-desk/messages/${v.id}/deliver`, { how: v.how });

/** The recipient confirms they got it. */
export const acknowledgeMessage = (id: string) => api.post<DeskMessage>(`/front-desk/messages/${id}/acknowledge`, {});

export interface CallInput {
  callerName: string;
  callerPhone?: string | null;
  topic: string;
  departmentEntryId?: string | null;
  note?: string | null;
  durationMin?: number | null;
}
export const logCall = (v: { propertyId: string | null; input: CallInput }) =>
  api.post<DeskCall>('/front-desk/calls', { propertyId: v.propertyId, ...v.input });
