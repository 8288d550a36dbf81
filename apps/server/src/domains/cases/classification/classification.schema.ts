/** Request schemas of classification (S2): kind, complaint nature, content, severity, emergency and its sign-off. */
import { z } from 'zod';
import {
  CASE_CATEGORIES,
  CASE_KINDS,
  CASE_SUBCATEGORIES,
  COMMUNICATIVE_TYPES,
  COMPLAINT_NATURES,
  SEVERITIES,
  URGENCIES,
} from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();

/** The classification fields, also taken at intake. */
export const classification = {
  nature: z.enum(COMPLAINT_NATURES).nullish(),
  natureType: z.enum(COMMUNICATIVE_TYPES).nullish(),
  category: z.enum(CASE_CATEGORIES).nullish(),
  subcategory: z.enum(CASE_SUBCATEGORIES).nullish(),
};
export const natureRule = (v: { nature?: string | null; natureType?: string | null }, ctx: z.RefinementCtx) => {
  if (v.natureType && v.nature !== 'communicative')
    ctx.addIssue({ code: 'custom', path: ['natureType'], message: 'natureType needs nature = communicative / 仅沟通性投诉可选类型' });
};

export const classifyBody = z
  .object({
    kind: z.enum(CASE_KINDS).optional(),
    ...classification,
    severity: z.enum(SEVERITIES).optional(),
    emergency: z.boolean().optional(),
    urgency: z.enum(URGENCIES).optional(),
    note: optText(500),
    version: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine(natureRule);
export type ClassifyInput = z.infer<typeof classifyBody>;

/** 紧急事件签认: the manager's note is required. */
export const emergencySignOffBody = z.object({ note: reqText(1000) }).strict();
export const pinnedQuery = z.object({ propertyId: id });
