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
  await scheduleChecksOf(tx, [n], offsets);
}

/** The checks of many notices: their rows in one statement, then a timer each. */
export async function scheduleChecksOf(tx: Tx, notices: { id: string; propertyId: string; startAt: Date }[], offsets: number[]) {
  const due = notices.flatMap((n) => checkDueTimes(n.startAt, offsets).map(({ level, dueAt }) => ({ n, level, dueAt })));
  await repo.upsertChecks(
    tx,
    due.map(({ n, level, dueAt }) => ({ noticeId: n.id, level, propertyId: n.propertyId, dueAt })),
  );
  for (const { n, level, dueAt } of due) {
    await scheduleJob(
      tx,
      CHECK_JOB,
      { noticeId: n.id, level, dueAt: dueAt.toISOString() },
      { runAt: dueAt, uniqueKey: `${CHECK_JOB}:${n.id}:${level}:${dueAt.toISOString()}` },
    );
  }
}
