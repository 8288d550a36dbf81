/**
 * 'meetings.survey_scan' runs every ten minutes (one job per slot, by uniqueKey, like meetings.scan):
 * meetings that are over get their organizers invited to the satisfaction survey, once each.
 */
import type { FastifyInstance } from 'fastify';
import type { DbOrTx } from '../../../db/client.ts';
import { scheduleJob, type JobRunner } from '../../../jobs/runner.ts';
import { inviteSurveys } from './survey.service.ts';

export const SURVEY_JOB = 'meetings.survey_scan';
const SLOT_MS = 10 * 60_000;

export async function scheduleNextSurveyScan(db: DbOrTx, now: Date, offsetSlots = 1) {
  const slot = new Date((Math.floor(now.getTime() / SLOT_MS) + offsetSlots) * SLOT_MS);
  return scheduleJob(db, SURVEY_JOB, {}, { runAt: slot, uniqueKey: `${SURVEY_JOB}:${slot.toISOString()}`, maxAttempts: 3 });
}

export function registerReportJobs(runner: JobRunner, app: FastifyInstance) {
  runner.register(SURVEY_JOB, async (_job, { db, now }) => {
    await scheduleNextSurveyScan(db, now);
    await inviteSurveys(db, now);
  });
  if (app.config.jobs) app.addHook('onReady', async () => void (await scheduleNextSurveyScan(app.database.db, app.clock.now(), 0)));
}
