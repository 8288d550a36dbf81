import type { FastifyInstance } from 'fastify';
import { backoffMs, type JobRunner } from '../../jobs/runner.ts';
import * as repo from './notifications.repository.ts';
import { sendersFromConfig, type Senders } from './notifications.senders.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Outbound channels used by 'outbox.deliver'; tests may replace a channel's sender. */
    senders: Senders;
  }
}

/** Delivers outbox rows; a failure throws so the job runner retries with backoff. */
export function registerNotificationJobs(runner: JobRunner, app: FastifyInstance) {
  if (!app.hasDecorator('senders'))
    app.decorate(
      'senders',
      sendersFromConfig(app.config, (o, m) => app.log.info(o, m)),
    );
  runner.register('outbox.deliver', async (job, { db, now }) => {
    const id = Number(job.payload.outboxId);
    const row = await repo.outboxRow(db, id);
    if (!row || row.status === 'sent') return; // idempotent: already delivered
    try {
      // Looked up at delivery time, so a sender replaced on app.senders takes effect.
      await app.senders[row.channel].send(row);
      await repo.markOutbox(db, id, { status: 'sent', sentAt: now, lastError: null });
    } catch (err) {
      const final = job.attempts >= job.maxAttempts;
      await repo.markOutbox(db, id, {
        status: final ? 'failed' : 'pending',
        lastError: String((err as Error)?.message ?? err).slice(0, 500),
        ...(final ? {} : { nextAttemptAt: new Date(now.getTime() + backoffMs(job.attempts)) }),
      });
      throw err;
    }
  });
}
