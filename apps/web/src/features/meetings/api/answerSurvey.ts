/** POST /service-notices/:id/survey — the organizer's rating and comment. */
import type { SurveyAnswerBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { meetingKeys } from './keys';
import type { MutationOptions } from './options';
import type { SurveyAnswer } from './types';

export type AnswerSurveyVars = { noticeId: string } & SurveyAnswerBody;
export const answerSurvey = ({ noticeId, ...body }: AnswerSurveyVars) =>
  api.post<SurveyAnswer>(`/service-notices/${noticeId}/survey`, body);

export const useAnswerSurvey = (o: MutationOptions<AnswerSurveyVars, SurveyAnswer> = {}) =>
  useApiMutation({ mutationFn: answerSurvey, invalidate: [meetingKeys.reports()], ...o });
