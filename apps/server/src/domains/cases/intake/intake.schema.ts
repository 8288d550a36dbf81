/** Request schemas of intake (S1, S3): opening a case on any channel, the contact lookup, consultations. */
import { z } from 'zod';
import { CASE_CHANNELS, CASE_KINDS, SEVERITIES, URGENCIES, safeUrl } from '@hy/contracts';
import { optText, reqText, phone, pageQuery } from '../../../lib/http.ts';
import { classification, natureRule } from '../classification/classification.schema.ts';

const id = z.string().uuid();

export const createCaseBody = z
  .object({
    propertyId: id,
    kind: z.enum(CASE_KINDS),
    channel: z.enum(CASE_CHANNELS).default('phone'),
    contactName: optText(64),
    contactPhone: phone.nullish(),
    unitId: id.nullish(),
    organizationId: id.nullish(),
    location: optText(200),
    content: reqText(2000),
    photos: z.array(safeUrl(500)).max(10).default([]),
    ...classification,
    severity: z.enum(SEVERITIES).default('general'),
    emergency: z.boolean().default(false),
    urgency: z.enum(URGENCIES).default('normal'),
    /** 代表被投诉部门致歉 recorded at intake */
    apologized: z.boolean().default(false),
    /** a linked problem found while handling another case */
    parentCaseId: id.nullish(),
  })
  .strict()
  .superRefine(natureRule);
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const contactLookupQuery = z.object({ propertyId: id, phone: z.string().trim().min(3).max(30) });

export const consultationBody = z
  .object({
    propertyId: id,
    channel: z.enum(CASE_CHANNELS).default('phone'),
    contactName: optText(64),
    contactPhone: phone.nullish(),
    unitId: id.nullish(),
    organizationId: id.nullish(),
    question: reqText(2000),
    answer: reqText(2000),
    topic: optText(100),
  })
  .strict();
export const listConsultationsQuery = z.object({ ...pageQuery, propertyId: id.optional(), q: z.string().trim().max(100).optional() });
