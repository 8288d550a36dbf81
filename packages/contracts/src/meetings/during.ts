/** Response and request schemas of an incident during a meeting (SPEC M8). */
import { z } from 'zod';
import { instant, nullableInstant, optText, reqText } from '../fields.ts';
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

/** POST /service-notices/{id}/incidents: report an incident. */
export const incidentReportBody = z
  .object({
    kind: z.enum(INCIDENT_KINDS),
    severity: z.enum(INCIDENT_SEVERITIES).default('normal'),
    description: reqText(2000),
    handledBy: optText(100),
    handling: optText(2000),
  })
  .strict();
export type IncidentReportBody = z.input<typeof incidentReportBody>;
/** POST /meeting-incidents/{id}/resolve: how it was handled. */
export const incidentResolveBody = z.object({ handledBy: optText(100), handling: reqText(2000) }).strict();
export type IncidentResolveBody = z.input<typeof incidentResolveBody>;
