/** Request schemas of deadlines (S4): pause, resume, extend. */
import { z } from 'zod';
import { optText, reqText } from '../../../lib/http.ts';

const instant = z
  .string()
  .datetime({ offset: true })
  .transform((v) => new Date(v));

export const reasonBody = z.object({ reason: reqText(500) }).strict();
export const noteBody = z.object({ note: optText(2000) }).strict();
export const extendBody = z.object({ resolveDueAt: instant, reason: reqText(500) }).strict();
