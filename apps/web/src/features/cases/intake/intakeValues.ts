/** The intake form's values as the API takes them: a new case, or (with the caller's details) a consultation. */
import { classificationInput, type ClassificationForm, type FileRef } from '@hy/contracts';
import { receivedAtInstant } from './ReceivedAtField';
import { occupantOutInput } from './OccupantOutField';

/** Who called and about which unit: a case and a consultation both take them. */
export const callerOf = (v: Record<string, any>) => ({
  channel: v.channel,
  contactName: v.contactName || null,
  contactPhone: v.contactPhone || null,
  unitId: v.unitId ?? null,
  organizationId: v.organizationId ?? null,
});

/** The form as a new case (立项). */
export const caseInput = (propertyId: string | null, v: Record<string, any>, timeZone: string) => ({
  propertyId,
  ...callerOf(v),
  location: v.location || null,
  content: v.content,
  photoIds: ((v.photoIds ?? []) as FileRef[]).map((f) => f.id),
  ...classificationInput(v as ClassificationForm),
  apologized: v.kind === 'complaint' && !!v.apologized,
  receivedAt: receivedAtInstant(v.receivedAt, timeZone),
  ...occupantOutInput(v, timeZone),
});
