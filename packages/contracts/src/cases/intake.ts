/** Intake (S1, S3): the phone lookup while taking a call, and consultations that open no case. */
import { z } from 'zod';
import { CASE_CHANNELS } from '../cases.ts';
import { instant, page } from '../fields.ts';

export const contactLookupResult = z.object({
  units: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string().nullable(),
      organizationId: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  organizations: z.array(
    z.object({ id: z.string(), name: z.string(), contactName: z.string().nullable(), contactPhone: z.string().nullable() }),
  ),
  users: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      phone: z.string().nullable(),
      unitId: z.string().nullable(),
      organizationId: z.string().nullable(),
    }),
  ),
});

export const consultationRow = z.object({
  id: z.string(),
  propertyId: z.string(),
  channel: z.enum(CASE_CHANNELS),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  unitId: z.string().nullable(),
  organizationId: z.string().nullable(),
  question: z.string(),
  answer: z.string(),
  topic: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: instant,
});
export const consultationPage = page(consultationRow);

export type ContactLookupResult = z.infer<typeof contactLookupResult>;
export type ConsultationRow = z.infer<typeof consultationRow>;
