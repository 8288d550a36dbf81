/** Intake (S1, S3): the phone lookup while taking a call, and consultations that open no case. */
import { z } from 'zod';
import { CASE_CHANNELS, CASE_KINDS, SEVERITIES, URGENCIES } from '../cases.ts';
import { instant, optText, page, pageQuery, phone, reqText, requestDate, uuid } from '../fields.ts';
import { photoIds } from '../files/files.ts';
import { caseClassificationFields, caseNatureRule } from './classification.ts';

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

/* Requests: opening a case on any channel, the contact lookup, consultations. Bodies are strict. */

/** POST /cases: open a case (立项) — staff on any channel, a tenant on the portal. */
export const caseCreateBody = z
  .object({
    propertyId: uuid,
    kind: z.enum(CASE_KINDS),
    channel: z.enum(CASE_CHANNELS).default('phone'),
    contactName: optText(64),
    contactPhone: phone.nullish(),
    unitId: uuid.nullish(),
    organizationId: uuid.nullish(),
    location: optText(200),
    content: reqText(2000),
    /** photos uploaded first (POST /files), attached to the case */
    photoIds: photoIds.default([]),
    ...caseClassificationFields,
    severity: z.enum(SEVERITIES).default('general'),
    emergency: z.boolean().default(false),
    urgency: z.enum(URGENCIES).default('normal'),
    /** 代表被投诉部门致歉 recorded at intake */
    apologized: z.boolean().default(false),
    /** a linked problem found while handling another case */
    parentCaseId: uuid.nullish(),
    /** when the case was received (default now): not in the future, at most RECEIVED_AT_MAX_DAYS back (422); the SLA is timed from it */
    receivedAt: requestDate.optional(),
    /** F6: a repair done while the occupant is out, within this window (422 when it ends before it starts or is over) */
    occupantOut: z.boolean().default(false),
    occupantOutFrom: requestDate.nullish(),
    occupantOutTo: requestDate.nullish(),
  })
  .strict()
  .superRefine(caseNatureRule);
export type CaseCreateBody = z.input<typeof caseCreateBody>;

/** GET /cases/contact-lookup: units, organizations and users matching a phone number. */
export const contactLookupQuery = z.object({ propertyId: uuid, phone: z.string().trim().min(3).max(30) });
export type ContactLookupQuery = z.input<typeof contactLookupQuery>;

/** POST /consultations: an explained question that opens no case. */
export const consultationCreateBody = z
  .object({
    propertyId: uuid,
    channel: z.enum(CASE_CHANNELS).default('phone'),
    contactName: optText(64),
    contactPhone: phone.nullish(),
    unitId: uuid.nullish(),
    organizationId: uuid.nullish(),
    question: reqText(2000),
    answer: reqText(2000),
    topic: optText(100),
  })
  .strict();
export type ConsultationCreateBody = z.input<typeof consultationCreateBody>;
/** GET /consultations */
export const consultationListQuery = z.object({ ...pageQuery, propertyId: uuid.optional(), q: z.string().trim().max(100).optional() });
export type ConsultationListQuery = z.input<typeof consultationListQuery>;
