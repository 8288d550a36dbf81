/** Request schemas of paid repairs, supervision, measures, the knowledge base and the archive (S6, S9–S12). */
import { z } from 'zod';
import { CONSENT_METHODS } from '@hy/contracts';
import { optText, reqText, pageQuery } from '../../../lib/http.ts';
import { weekMonday } from './supervision.rules.ts';

const id = z.string().uuid();
const validDate = (v: string) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').refine(validDate, 'YYYY-MM-DD');
export const quarter = z.string().regex(/^\d{4}Q[1-4]$/, 'YYYYQn');
export const week = z.string().refine((v) => weekMonday(v) !== null, 'YYYY-Www');
const format = { format: z.enum(['json', 'xlsx']).default('json') };
const boolQuery = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const instant = z.string().datetime({ offset: true }).transform((v) => new Date(v));

// ---------- S6 ----------
const fen = z.number().int().min(0).max(100_000_000);
export const quoteBody = z.object({
  items: z.array(z.object({ name: reqText(100), qty: z.number().positive().max(10_000), unitPriceFen: fen }).strict()).min(1).max(50),
  note: optText(500),
}).strict();
export const consentBody = z.object({ accepted: z.boolean().default(true), name: reqText(64), method: z.enum(CONSENT_METHODS) }).strict();
export const paidBody = z.object({ receiptNo: reqText(64), paidAt: instant.optional() }).strict();

// ---------- S9 / S10 reports ----------
export const dailyQuery = z.object({ propertyId: id, date, ...format });
export const signDailyBody = z.object({ propertyId: id, date, note: optText(1000) }).strict();
export const weeklyQuery = z.object({ propertyId: id, week, ...format });
export const monthQuery = z.object({ propertyId: id, month, ...format });
export const signMonthlyBody = z.object({ propertyId: id, month, note: optText(2000) }).strict();
export const analysisBody = z.object({ propertyId: id, month, analysis: reqText(5000) }).strict();
export const quarterQuery = z.object({ propertyId: id, quarter, ...format });
export const correctiveBody = z.object({ propertyId: id, quarter, note: reqText(5000) }).strict();

// ---------- S11 ----------
export const retentionBody = z.object({
  propertyId: id,
  /** checked by the service: below 1 year is 422 retention_too_short */
  repairYears: z.number().int().max(100),
  /** null = complaint registers are kept forever */
  complaintYears: z.number().int().min(1).max(100).nullable(),
}).strict();
export const propertyQuery = z.object({ propertyId: id });
export const archiveBody = z.object({ propertyId: id.optional() }).strict();
export const searchQuery = z.object({
  ...pageQuery,
  propertyId: id.optional(),
  number: z.string().trim().min(1).max(40).optional(),
  unit: z.string().trim().min(1).max(60).optional(),
  person: z.string().trim().min(1).max(60).optional(),
  text: z.string().trim().min(1).max(100).optional(),
  from: instant.optional(),
  to: instant.optional(),
  includeArchived: boolQuery.default('false'),
});

// ---------- S7 tenant rating ----------
export const ratingBody = z.object({ satisfied: z.boolean(), rating: z.number().int().min(1).max(5), comment: optText(1000) }).strict();

// ---------- S12 ----------
const kbFields = {
  category: reqText(40),
  question: reqText(500),
  answer: reqText(4000),
  courtesy: z.boolean().default(false),
  public: z.boolean().default(false),
  keywords: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
};
export const kbCreateBody = z.object({ propertyId: id, ...kbFields }).strict();
export const kbPatchBody = z.object({
  category: kbFields.category.optional(), question: kbFields.question.optional(), answer: kbFields.answer.optional(),
  courtesy: z.boolean().optional(), public: z.boolean().optional(), keywords: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
  version: z.number().int().positive(),
}).strict();
export const kbSearchQuery = z.object({
  propertyId: id, q: z.string().trim().max(100).optional(), category: z.string().trim().max(40).optional(), courtesy: boolQuery.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const kbFaqQuery = z.object({ propertyId: id, q: z.string().trim().max(100).optional() });
export const kbLinkBody = z.object({ entryId: id }).strict();

export type QuoteInput = z.infer<typeof quoteBody>;
export type SearchInput = z.infer<typeof searchQuery>;
export type KbCreateInput = z.infer<typeof kbCreateBody>;
export type KbPatchInput = z.infer<typeof kbPatchBody>;
