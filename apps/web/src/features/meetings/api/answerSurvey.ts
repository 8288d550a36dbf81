/** POST /service-notices/:id/survey — the organizer's rating and comment. */
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { SurveyAnswer } from './types';

export const answerSurvey = ({ noticeId, ...body }: { noticeId: string; rating: number; comment: string | null }) =>
  api.post<SurveyAnswer>(`/service-notices/${noticeId}/survey`, body);

export const useAnswerSurvey = (o: MutationOptions<{ noticeId: string; rating: number; comment: string | null }, SurveyAnswer> = {}) =>
  useApiMutation({ mutationFn: answerSurvey, invalidate: [meetingKeys.reports()], ...o });
