/** Zod request schemas of incidents during a meeting (M8). */
import { z } from 'zod';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

export const incidentBody = z
  .object({
    kind: z.enum(INCIDENT_KINDS),
    severity: z.enum(INCIDENT_SEVERITIES).default('normal'),
    description: reqText(2000),
    handledBy: optText(100),
    handling: optText(2000),
  })
  .strict();
export const resolveBody = z.object({ handledBy: optText(100), handling: reqText(2000) }).strict();
