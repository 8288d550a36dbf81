/** JSON shape of an incident during a meeting (SPEC M8). */
import { AV_EMERGENCY_PLAN_ZH } from '@hy/contracts';
import { iso } from '../meeting/meeting.format.ts';
import type { IncidentRow } from './during.repository.ts';

export const presentIncident = (i: IncidentRow) => ({
  id: i.id,
  noticeId: i.noticeId,
  kind: i.kind,
  severity: i.severity,
  description: i.description,
  handledBy: i.handledBy,
  handling: i.handling,
  escalated: i.escalated,
  reportedBy: i.reportedBy,
  reportedAt: i.reportedAt.toISOString(),
  resolvedBy: i.resolvedBy,
  resolvedAt: iso(i.resolvedAt),
  emergencyPlan: i.kind === 'equipment_failure' ? AV_EMERGENCY_PLAN_ZH : null,
});
