import { queryOptions } from '@tanstack/react-query';
import type {
  MailAccuracy,
  MailAccuracyTrend,
  MailFrequency,
  MailRegisterPrint,
  MailSubscription,
  NewspaperCheck,
  NewspaperMonth,
} from '@hy/contracts';
import { api, qs } from '../../../../lib/api';
import { mailKeys } from './keys';

export const mailAccuracyQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: mailKeys.accuracy(propertyId, month),
    queryFn: () => api.get<MailAccuracy>(`/front-desk/mail/accuracy${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });

/** The twelve months ending this month, oldest first. */
export const mailAccuracyMonthsQuery = (propertyId: string | null) =>
  queryOptions({
    queryKey: mailKeys.accuracyMonths(propertyId),
    queryFn: () => api.get<MailAccuracyTrend>(`/front-desk/mail/accuracy/months${qs({ propertyId })}`),
    enabled: !!propertyId,
  });

/** Subscriptions (active; `all`: stopped too) with whether an issue is due on `day`. */
export const subscriptionsQuery = (propertyId: string | null, f: { day?: string; all?: boolean } = {}) =>
  queryOptions({
    queryKey: mailKeys.subscriptions(propertyId, f),
    queryFn: () =>
      api.get<{ data: MailSubscription[] }>(
        `/front-desk/mail/subscriptions${qs({ propertyId, day: f.day, all: f.all ? 'true' : undefined })}`,
      ),
    enabled: !!propertyId,
  });

export interface SubscriptionInput {
  title: string;
  publisher?: string | null;
  carrier?: string | null;
  recipientEntryId?: string | null;
  recipientName?: string | null;
  perDay: number;
  frequency: MailFrequency;
  issueDay?: number | null;
}
export const addSubscription = (v: { propertyId: string | null; input: SubscriptionInput }) =>
  api.post<MailSubscription>('/front-desk/mail/subscriptions', { propertyId: v.propertyId, ...v.input });
/** Edit; `active: false` stops the subscription, `true` takes it up again. */
export const updateSubscription = (v: { id: string; patch: Partial<SubscriptionInput> & { active?: boolean } }) =>
  api.patch<MailSubscription>(`/front-desk/mail/subscriptions/${v.id}`, v.patch);

export const checksQuery = (propertyId: string | null, day: string) =>
  queryOptions({
    queryKey: mailKeys.checks(propertyId, day),
    queryFn: () => api.get<{ data: NewspaperCheck[] }>(`/front-desk/mail/newspaper-checks${qs({ propertyId, from: day, to: day })}`),
    enabled: !!propertyId,
  });

/** A month of checks: its discrepancies, per carrier. */
export const checksMonthQuery = (propertyId: string | null, month: string) =>
  queryOptions({
    queryKey: mailKeys.checksMonth(propertyId, month),
    queryFn: () => api.get<NewspaperMonth>(`/front-desk/mail/newspaper-checks/month${qs({ propertyId, month })}`),
    enabled: !!propertyId,
  });

export const checkNewspaper = (v: {
  propertyId: string | null;
  subscriptionId: string;
  day: string;
  received: number;
  carrier?: string | null;
  note?: string | null;
}) => api.post<NewspaperCheck>('/front-desk/mail/newspaper-checks', v);

/** The letter register's printable entries (registered letters and 机要 items, or every item). */
export const registerPrintQuery = (propertyId: string | null, f: { from: string; to: string; scope: 'letters' | 'all' }) =>
  queryOptions({
    queryKey: mailKeys.registerPrint(propertyId, f),
    queryFn: () => api.get<MailRegisterPrint>(`/front-desk/mail/register/entries${qs({ propertyId, ...f })}`),
    enabled: !!propertyId,
  });

/** The letter register's workbook URL (downloaded by the browser with the session cookie). */
export const registerXlsxUrl = (propertyId: string | null, from: string, to: string) =>
  `/api/v1/front-desk/mail/register${qs({ propertyId, from, to })}`;
