/** The guests' job: the invitation reminders, checked every hour (each guest reminded once per round). */
import type { FastifyInstance } from 'fastify';
import { every, everySlot } from '../../../jobs/every.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { REMIND_SCAN, remindDue } from './guests.invite.ts';

export function registerGuestsJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(REMIND_SCAN, 60 * 60_000), (db, now) => remindDue(db, now, app.config.publicUrl));
}
