/** The business center's job (T5): every 30 minutes, faxes nobody was found for are filed after the set days. */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { fileFaxes } from './business-center.faxes.ts';

export const FAX_FILING_SCAN = 'paidservices.fax_filing';

export function registerBusinessCenterJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(FAX_FILING_SCAN, 30 * 60_000), fileFaxes);
}
