/**
 * A property's SLA (S4): its work calendar and SLA policy (its effective caseSla.* settings), and a case's respond and resolve deadlines on them.
 */
import { settingsOf } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import type { CaseRow } from '../case/case.repository.ts';
import { computeDeadlines, slaPolicyOf, slaTarget } from './deadlines.rules.ts';

export async function slaEnv(db: DbOrTx, propertyId: string) {
  const cal = await loadWorkCalendar(db, propertyId);
  return { cal, policy: slaPolicyOf(settingsOf(await caseRepo.propertySettings(db, propertyId))) };
}
export type SlaEnv = Awaited<ReturnType<typeof slaEnv>>;

type DeadlineSubject = Pick<
  CaseRow,
  'kind' | 'severity' | 'urgency' | 'emergency' | 'receivedAt' | 'pausedTotalMinutes' | 'extendedTo' | 'extendedPausedMinutes'
>;

/** The case's deadlines: its target by kind and severity, shifted by pauses, or the approved extension. */
export function deadlinesOf(env: SlaEnv, c: DeadlineSubject) {
  return computeDeadlines(env.cal, {
    receivedAt: c.receivedAt,
    target: slaTarget(env.policy, c),
    pausedMinutes: c.pausedTotalMinutes,
    extension: c.extendedTo ? { to: c.extendedTo, pausedMinutes: c.extendedPausedMinutes ?? 0 } : null,
  });
}
