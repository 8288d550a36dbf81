/** Response schema of an incident during a meeting (SPEC M8). */
import { z } from 'zod';
import { instant, nullableInstant } from '../fields.ts';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from '../meetings.ts';

export const meetingIncident = z.object({
  id: z.string(),
  noticeId: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  severity: z.enum(INCIDENT_SEVERITIES),
  description: z.string(),
  handledBy: z.string().nullable(),
  handling: z.string().nullable(),
  escalated: z.boolean(),
  reportedBy: z.string().nullable(),
  reportedAt: instant,
  resolvedBy: z.string().nullable(),
  resolvedAt: nullableInstant,
  emergencyPlan: z.string().nullable(),
});
export type Incident = z.infer<typeof meetingIncident>;
