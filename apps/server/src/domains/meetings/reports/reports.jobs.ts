/**
 * 'meetings.survey_scan' runs every ten minutes (one job per slot, by uniqueKey, like meetings.scan):
 * meetings that are over get their organizers invited to the satisfaction survey, once each.
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { inviteSurveys } from './survey.service.ts';

export const SURVEY_JOB = 'meetings.survey_scan';
/** One scan per ten-minute slot. */
export const surveyScans = everySlot(SURVEY_JOB, 10 * 60_000);

export function registerReportJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, surveyScans, inviteSurveys);
}
