/**
 * The daily archive run (S11): 'cases.archive' (enqueued once a day by the supervision tick) archives,
 * in every property, the closed cases past their retention.
 */
import type { Ctx } from '../../../lib/context.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { propertyIds } from '../supervision/supervision.repository.ts';
import { archiveProperty } from './archive.service.ts';

export const ARCHIVE_RUN = 'cases.archive';

export function registerArchiveJobs(runner: JobRunner) {
  runner.register(ARCHIVE_RUN, async (_job, { db, now }) => {
    const ctx: Ctx = { db, actor: null, locale: 'zh-CN', production: false, now: () => now };
    for (const pid of await propertyIds(db)) await archiveProperty(db, ctx, pid, now);
  });
}
