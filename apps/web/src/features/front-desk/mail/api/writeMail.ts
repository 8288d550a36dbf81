import type { MailItem, MailIncidentKind, MailKind, MailHandling, MailSigner, MailSignMethod } from '@hy/contracts';
import { api } from '../../../../lib/api';

export interface MailInput {
  direction: 'in' | 'out';
  kind: MailKind;
  carrier?: string | null;
  trackingNo?: string | null;
  pieces?: number;
  recipientEntryId?: string | null;
  recipientName?: string | null;
  condition?: 'ok' | 'damaged';
  handling?: MailHandling;
  important?: boolean;
  destination?: string | null;
  note?: string | null;
  labelPhotoId?: string | null;
}

/** Log one item at the counter. */
export const logMail = (v: { propertyId: string | null; input: MailInput }) =>
  api.post<MailItem>('/front-desk/mail', { propertyId: v.propertyId, ...v.input });

export interface HandOverInput {
  version?: number;
  signer: MailSigner;
  name: string;
  method: MailSignMethod;
  signatureId?: string | null;
  courierReceiptNo?: string | null;
}
/** Hand an item over against a signature (409 when somebody else did first). */
export const handOverMail = (v: { id: string; input: HandOverInput }) => api.post<MailItem>(`/front-desk/mail/${v.id}/hand-over`, v.input);
export const resolveMailRecipient = (v: { id: string; recipientEntryId: string }) =>
  api.post<MailItem>(`/front-desk/mail/${v.id}/recipient`, { recipientEntryId: v.recipientEntryId });
export const closeMail = (v: { id: string; to: 'returned' | 'lost'; note: string }) =>
  api.post<MailItem>(`/front-desk/mail/${v.id}/close`, { to: v.to, note: v.note });
export const recordMailIncident = (v: { id: string; kind: MailIncidentKind; note: string }) =>
  api.post<MailItem>(`/front-desk/mail/${v.id}/incidents`, { kind: v.kind, note: v.note });
