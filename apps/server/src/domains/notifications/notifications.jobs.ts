import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import * as repo from './notifications.repository.ts';
import { sendersFromConfig, type Senders } from './notifications.senders.ts';

/** Delivers outbox rows; a failure throws so the job runner retries with backoff. */
export function registerNotificationJobs(runner: JobRunner, app: FastifyInstance) {
  const senders: Senders = sendersFromConfig(app.config, (o, m) => app.log.info(o, m));
  (app as unknown as { senders: Senders }).senders = senders;
  runner.register('outbox.deliver', async (job, { db, now }) => {
    const id = Number(job.payload.outboxId);
    const row = await repo.outboxRow(db, id);
    if (!row || row.status === 'sent') return; // idempotent: already delivered
    try {
      await senders[row.channel].send(row);
      await repo.markOutbox(db, id, { status: 'sent', sentAt: now, lastError: null });
    } catch (err) {
      const final = job.attempts >= job.maxAttempts;
      await repo.markOutbox(db, id, { status: final ? 'failed' : 'pending', lastError: String((err as Error).message).slice(0, 500) });
      throw err;
    }
  });
}
