import { api } from '../../../lib/api';

/** The CS supervisor signs the day, the project manager the month. */
export const signReview = (kind: 'daily' | 'monthly', body: { propertyId: string | null; period: string; note: string | null }) =>
  api.post<unknown>(
    kind === 'daily' ? '/supervision/daily/sign' : '/supervision/monthly',
    kind === 'daily'
      ? { propertyId: body.propertyId, date: body.period, note: body.note }
      : { propertyId: body.propertyId, month: body.period, note: body.note },
  );
