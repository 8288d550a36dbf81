import type { SupervisionDailySignBody, SupervisionMonthlySignBody } from '@hy/contracts';
import { api, type WithSessionProperty } from '../../../lib/api';

/** The CS supervisor signs the day, the project manager the month. */
export const signReview = (kind: 'daily' | 'monthly', body: { propertyId: string | null; period: string; note: string | null }) =>
  kind === 'daily'
    ? api.post<unknown>('/supervision/daily/sign', {
        propertyId: body.propertyId,
        date: body.period,
        note: body.note,
      } satisfies WithSessionProperty<SupervisionDailySignBody>)
    : api.post<unknown>('/supervision/monthly', {
        propertyId: body.propertyId,
        month: body.period,
        note: body.note,
      } satisfies WithSessionProperty<SupervisionMonthlySignBody>);
