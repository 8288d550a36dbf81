import type { ConsentAnswer, ConsentChannel, IdType, Visit, VisitKind, VisitsFromMeeting } from '@hy/contracts';
import { api } from '../../../../lib/api';

export interface VisitInput {
  kind: VisitKind;
  hostEntryId?: string;
  visitorName: string;
  visitorPhone?: string | null;
  company?: string | null;
  purpose?: string | null;
  expectedAt?: string;
  idType?: IdType | null;
  idNumber?: string | null;
  partySize?: number;
  carPlate?: string | null;
  badgeNo?: string | null;
}
export interface CheckInInput {
  idType?: IdType | null;
  idNumber?: string | null;
  partySize?: number;
  carPlate?: string | null;
  badgeNo?: string | null;
}

export const registerVisit = (v: { propertyId: string | null; input: VisitInput }) =>
  api.post<Visit>('/front-desk/visits', { propertyId: v.propertyId, ...v.input });
export const answerConsent = (v: {
  id: string;
  answer: ConsentAnswer;
  channel?: ConsentChannel;
  consenterName?: string | null;
  note?: string | null;
}) =>
  api.post<Visit>(`/front-desk/visits/${v.id}/consent`, {
    answer: v.answer,
    channel: v.channel,
    consenterName: v.consenterName || null,
    note: v.note || null,
  });
export const checkInVisit = (v: { id: string; input: CheckInInput }) => api.post<Visit>(`/front-desk/visits/${v.id}/check-in`, v.input);
export const checkOutVisit = (id: string) => api.post<Visit>(`/front-desk/visits/${id}/check-out`, {});
export const checkOutBySlip = (v: { propertyId: string | null; slipToken: string }) => api.post<Visit>('/front-desk/visits/check-out', v);
export const decideHold = (v: { id: string; decision: 'admit' | 'refuse'; note?: string | null }) =>
  api.post<Visit>(`/front-desk/visits/${v.id}/decide`, { decision: v.decision, note: v.note || null });
export const cancelVisit = (id: string) => api.post<Visit>(`/front-desk/visits/${id}/cancel`, {});

/** The desk marks an appointment that never came. */
export const markNoShow = (id: string) => api.post<Visit>(`/front-desk/visits/${id}/no-show`, {});

/** Pre-registers a meeting's guests from its attendee list (a second run adds only new attendees). */
export const visitsFromMeeting = (v: { propertyId: string | null; noticeId: string; hostEntryId?: string | null }) =>
  api.post<VisitsFromMeeting>('/front-desk/visits/from-meeting', v);
