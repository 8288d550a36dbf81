/** What the actor may do with a notice (SPEC M4, M5, M8), sent to the UI with it. */
import { CHECK_LEVELS, DEPARTMENTS, type NoticePolicies } from '@hy/contracts';
import { type Actor, can, hasRole } from '../../../lib/context.ts';
import type { NoticeRow } from '../meeting/meeting.repository.ts';
import { inDepartment } from '../tasks/tasks.policy.ts';

export function policiesOf(actor: Actor, n: NoticeRow): NoticePolicies {
  const active = n.status === 'active';
  const p = n.propertyId;
  return {
    issue: can(actor, p, 'meetings.issue'),
    verify: active && can(actor, p, 'meetings.verify'),
    start: active && !n.startedAt && !n.endedAt && can(actor, p, 'meetings.run'),
    end: active && !n.endedAt && can(actor, p, 'meetings.run'),
    reportIncident: n.status !== 'cancelled' && can(actor, p, 'meetings.incidents'),
    readiness: active ? DEPARTMENTS.filter((d) => inDepartment(actor, p, d)) : [],
    checks: active ? CHECK_LEVELS.filter((c) => hasRole(actor, p, ...c.roles)).map((c) => c.level) : [],
  };
}
