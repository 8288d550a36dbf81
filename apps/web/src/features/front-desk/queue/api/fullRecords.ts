/** The whole record behind a queue row, for the sub-feature's own dialog (hand over a parcel, take a loan back). */
import type { Loan, MailItem } from '@hy/contracts';
import { api } from '../../../../lib/api';

export const getMailItem = (id: string) => api.get<MailItem>(`/front-desk/mail/${id}`);
export const getLoan = (id: string) => api.get<Loan>(`/front-desk/loans/${id}`);
