/** A case's classification (S2): kind, complaint nature, category, severity, emergency, urgency. */
import type { CaseKind, Severity, Urgency } from '../cases.ts';

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
  nature?: string | null;
  natureType?: string | null;
  category?: string | null;
  subcategory?: string | null;
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
