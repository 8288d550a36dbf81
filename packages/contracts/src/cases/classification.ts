/** Classification (S2): kind, complaint nature, content, severity, emergency and its sign-off — the bodies the web sends. Bodies are strict. */
import { z } from 'zod';
import {
  CASE_CATEGORIES,
  CASE_KINDS,
  CASE_SUBCATEGORIES,
  COMMUNICATIVE_TYPES,
  COMPLAINT_NATURES,
  SEVERITIES,
  URGENCIES,
} from '../cases.ts';
import type { CaseKind, Severity, Urgency } from '../cases.ts';
import { optText, reqText } from '../fields.ts';

/** The classification fields, also taken at intake. */
export const caseClassificationFields = {
  nature: z.enum(COMPLAINT_NATURES).nullish(),
  natureType: z.enum(COMMUNICATIVE_TYPES).nullish(),
  category: z.enum(CASE_CATEGORIES).nullish(),
  subcategory: z.enum(CASE_SUBCATEGORIES).nullish(),
};
/** A communicative type only goes with a communicative complaint. */
export const caseNatureRule = (v: { nature?: string | null; natureType?: string | null }, ctx: z.RefinementCtx) => {
  if (v.natureType && v.nature !== 'communicative')
    ctx.addIssue({ code: 'custom', path: ['natureType'], message: 'natureType needs nature = communicative / 仅沟通性投诉可选类型' });
};

/** POST /cases/{id}/classify: classify or reclassify (the deadlines are recomputed). */
export const caseClassifyBody = z
  .object({
    kind: z.enum(CASE_KINDS).optional(),
    ...caseClassificationFields,
    severity: z.enum(SEVERITIES).optional(),
    emergency: z.boolean().optional(),
    urgency: z.enum(URGENCIES).optional(),
    note: optText(500),
    version: z.number().int().positive().optional(),
  })
  .strict()
  .superRefine(caseNatureRule);
export type CaseClassifyBody = z.input<typeof caseClassifyBody>;

/** POST /cases/{id}/emergency-sign-off (紧急事件签认): the manager's note is required. */
export const emergencySignOffBody = z.object({ note: reqText(1000) }).strict();
export type EmergencySignOffBody = z.input<typeof emergencySignOffBody>;

/** The fields that make up a case's classification. */
export type ClassificationKey = 'kind' | 'nature' | 'natureType' | 'category' | 'subcategory' | 'severity' | 'emergency' | 'urgency';

/** A case's classification fields, picked by name (the presenter's and the reclassify dialog's). */
export function classificationOf<T extends Record<ClassificationKey, unknown>>(c: T): Pick<T, ClassificationKey> {
  return {
    kind: c.kind,
    nature: c.nature,
    natureType: c.natureType,
    category: c.category,
    subcategory: c.subcategory,
    severity: c.severity,
    emergency: c.emergency,
    urgency: c.urgency,
  };
}

/** A classification form's values (intake, reclassify): what the user picked, any of it left empty. */
export interface ClassificationForm {
  kind: CaseKind;
  nature?: (typeof COMPLAINT_NATURES)[number] | null;
  natureType?: (typeof COMMUNICATIVE_TYPES)[number] | null;
  category?: (typeof CASE_CATEGORIES)[number] | null;
  subcategory?: (typeof CASE_SUBCATEGORIES)[number] | null;
  severity?: Severity;
  emergency?: boolean | null;
  urgency?: Urgency;
}

/**
 * The classification as the API takes it: a nature only on a complaint, a type only on a
 * communicative one, a subcategory only under equipment; what is left empty is null.
 */
export function classificationInput(v: ClassificationForm) {
  const complaint = v.kind === 'complaint';
  return {
    kind: v.kind,
    nature: complaint ? (v.nature ?? null) : null,
    natureType: complaint && v.nature === 'communicative' ? (v.natureType ?? null) : null,
    category: v.category ?? null,
    subcategory: v.category === 'equipment' ? (v.subcategory ?? null) : null,
    severity: v.severity,
    emergency: !!v.emergency,
    urgency: v.urgency,
  };
}
