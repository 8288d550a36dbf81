/**
 * The durable timers of the three-level check (SPEC M5): one 'meetings.check_due' job per notice,
 * level and due time (uniqueKey), so a restart or a second instance neither loses nor doubles it;
 * a moved meeting gets new timers and the old ones find nothing due (checks.repository markMissed).
 */
import type { Tx } from '../../../db/client.ts';
import { scheduleJob } from '../../../jobs/runner.ts';
import * as repo from './checks.repository.ts';
import { checkDueTimes } from './checks.rules.ts';

export const CHECK_JOB = 'meetings.check_due';

export async function scheduleChecks(tx: Tx, n: { id: string; propertyId: string; startAt: Date }, offsets: number[]) {
  for (const { level, dueAt } of checkDueTimes(n.startAt, offsets)) {
    await repo.upsertCheck(tx, { noticeId: n.id, level, propertyId: n.propertyId, dueAt });
    await scheduleJob(
      tx,
      CHECK_JOB,
      { noticeId: n.id, level, dueAt: dueAt.toISOString() },
      { runAt: dueAt, uniqueKey: `${CHECK_JOB}:${n.id}:${level}:${dueAt.toISOString()}` },
    );
  }
}
