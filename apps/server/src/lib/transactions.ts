/**
 * Transactions that PostgreSQL may abort only because another one ran at the same time.
 *
 * Two bookings of one venue that insert their holds at once each wait, inside the exclusion
 * constraint's check, for the other to finish: PostgreSQL breaks that with "deadlock detected"
 * (40P01), and under SERIALIZABLE a write may fail with 40001. Neither says anything about the
 * request: run the transaction again (the other writer has finished by then, so the retry sees
 * its result — a clean success, or the exclusion violation that names the clash).
 */
import { sqlState, type Db, type Tx } from '../db/client.ts';

export const RETRYABLE_STATES: ReadonlySet<string> = new Set(['40P01', '40001']);

export const isRetryable = (err: unknown) => RETRYABLE_STATES.has(sqlState(err) ?? '');

export async function transactionRetrying<T>(db: Db, fn: (tx: Tx) => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(fn);
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err;
      // A short, jittered pause so the two writers do not collide again in step.
      await new Promise((r) => setTimeout(r, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}
