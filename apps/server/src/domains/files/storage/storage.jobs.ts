/** Uploads no record took within a day are deleted (an abandoned form leaves no files behind). */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { purgeUnattached } from './storage.repository.ts';

export const UNATTACHED_TTL_MS = 24 * 3600_000;
const hourly = everySlot('files.purge', 3600_000);

/** Deletes unattached uploads older than a day, in bounded batches; returns how many. */
export async function runFilePurge(db: Db, now: Date) {
  let total = 0;
  for (;;) {
    const n = await db.transaction((tx) => purgeUnattached(tx, new Date(now.getTime() - UNATTACHED_TTL_MS), 100));
    total += n;
    if (n < 100) return total;
  }
}

export function registerFilesJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, hourly, runFilePurge);
}
