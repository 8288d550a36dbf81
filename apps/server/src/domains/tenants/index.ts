/**
 * The tenants domain's public entry — tenant records (T1, T3): files, applications, the archive, visits. Other domains, the job registry and the route registry import
 * from here only.
 *
 *   files/       T1  a file per tenant company: units, leaders, contacts, move-in date; the occupancy table
 *   applications/T1  move-in, move-out and fit-out applications; the premises hand-over checklist
 *   archive/     T1  the archive register and borrowing through the secretary; retention
 *   visits/      T3  planned visits, the visit record, issues raised as cases, holiday greetings
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { filesRoutes } from './files/files.routes.ts';
import { demoFiles } from './files/files.demo.ts';
import { applicationsRoutes } from './applications/applications.routes.ts';
import { demoApplications } from './applications/applications.demo.ts';
import { archiveRoutes } from './archive/archive.routes.ts';
import { demoArchive } from './archive/archive.demo.ts';
import { visitsRoutes } from './visits/visits.routes.ts';
import { demoVisits } from './visits/visits.demo.ts';
import { registerVisitsJobs } from './visits/visits.jobs.ts';

/** Every route of the domain (auth required). */
export async function tenantsRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  filesRoutes(fastify);
  applicationsRoutes(fastify);
  archiveRoutes(fastify);
  visitsRoutes(fastify);
}

/** The domain's durable jobs. */
export function registerTenantsJobs(runner: JobRunner, app: FastifyInstance) {
  registerVisitsJobs(runner, app);
}

/** The domain's demo history, sub-feature by sub-feature. */
export async function loadTenantsDemo(app: FastifyInstance) {
  await demoFiles(app);
  await demoApplications(app);
  await demoArchive(app);
  await demoVisits(app);
}
