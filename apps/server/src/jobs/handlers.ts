import type { FastifyInstance } from 'fastify';
import type { JobRunner } from './runner.ts';
import { registerNotificationJobs } from '../domains/notifications/notifications.jobs.ts';

/** Every domain registers its job kinds here. */
export function registerJobHandlers(runner: JobRunner, app: FastifyInstance) {
  registerNotificationJobs(runner, app);
}
