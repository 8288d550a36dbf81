/**
 * Pure rules of the three-level pre-meeting check (SPEC M5; seed 004): when each level is due, and
 * the escalation — who hears of a level that found a problem or was missed. No I/O.
 */
import { CHECK_LEVELS, MEETING_MANAGER_ROLES, SERVICE_CENTER_ROLES, type EffectiveSettings, type Role } from '@hy/contracts';

/** Each level's due time: its minutes before the start (settings meetings.checks.level{1,2,3}Minutes, in level order). */
export function checkDueTimes(startAt: Date, offsets: readonly number[]): { level: number; dueAt: Date }[] {
  return CHECK_LEVELS.map((c) => ({ level: c.level, dueAt: new Date(startAt.getTime() - offsets[c.level - 1]! * 60_000) }));
}

/** The three levels' minutes before the start, from the property's effective settings. */
export const checkOffsetsOf = (s: EffectiveSettings) => [
  s['meetings.checks.level1Minutes'],
  s['meetings.checks.level2Minutes'],
  s['meetings.checks.level3Minutes'],
];

export type CheckOutcome = 'problem' | 'missed';

/**
 * M5 escalation: a level that found a problem, or was not recorded by its due time, goes up to the
 * next level's roles (after level 3, the last: the meeting managers). A problem also reaches the
 * service center; a missed last level is critical, any other escalation a warning.
 */
export function escalation(level: number, outcome: CheckOutcome): { roles: Role[]; severity: 'warning' | 'critical' } {
  const next: readonly Role[] = CHECK_LEVELS[level]?.roles ?? MEETING_MANAGER_ROLES;
  if (outcome === 'problem') return { roles: [...new Set([...next, ...SERVICE_CENTER_ROLES])], severity: 'warning' };
  return { roles: [...next], severity: level === CHECK_LEVELS.length ? 'critical' : 'warning' };
}
