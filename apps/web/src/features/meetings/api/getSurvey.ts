/** GET /service-notices/:id/survey — the organizer's satisfaction survey of a meeting. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { SurveyView } from './types';

export const surveyQuery = (noticeId: string | null | undefined) =>
  queryOptions({
    queryKey: meetingKeys.survey(noticeId),
    queryFn: () => api.get<SurveyView>(`/service-notices/${noticeId}/survey`),
    retry: false,
  });
