/** The intake form's values as the API takes them: a new case, or (with the caller's details) a consultation. */
import { classificationInput, type ClassificationForm } from '@hy/contracts';

/** Who called and about which unit: a case and a consultation both take them. */
export const callerOf = (v: Record<string, any>) => ({
  channel: v.channel,
  contactName: v.contactName || null,
  contactPhone: v.contactPhone || null,
  unitId: v.unitId ?? null,
  organizationId: v.organizationId ?? null,
});

/** The form as a new case (立项). */
export const caseInput = (propertyId: string | null, v: Record<string, any>) => ({
  propertyId,
  ...callerOf(v),
  location: v.location || null,
  content: v.content,
  photos: v.photos ?? [],
  ...classificationInput(v as ClassificationForm),
  apologized: v.kind === 'complaint' && !!v.apologized,
});
