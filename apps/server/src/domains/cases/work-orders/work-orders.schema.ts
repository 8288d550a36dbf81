/** Request schemas of work orders (S5). */
import { z } from 'zod';
import { SIGNATURE_METHODS, URGENCIES, WORK_ORDER_STATUSES } from '@hy/contracts';
import { optText, reqText, pageQuery } from '../../../lib/http.ts';

const id = z.string().uuid();

export const issueWorkOrderBody = z
  .object({
    paid: z.boolean().default(false),
    content: reqText(2000),
    urgency: z.enum(URGENCIES).optional(),
    assigneeId: id.nullish(),
    customerName: optText(100),
    reportingDepartment: optText(100),
    reporterName: optText(64),
  })
  .strict();
export type IssueWorkOrderInput = z.infer<typeof issueWorkOrderBody>;

export const completeBody = z
  .object({
    workDone: reqText(2000),
    materials: z
      .array(z.object({ name: reqText(100), qty: z.number().positive().max(1_000_000), unit: optText(20) }).strict())
      .max(50)
      .default([]),
  })
  .strict();
export const signBody = z.object({ name: reqText(64), method: z.enum(SIGNATURE_METHODS) }).strict();
/** The reason is checked by the service (422 void_reason_required), so the rule has its own code. */
export const voidBody = z.object({ reason: z.string().trim().max(500).nullish() }).strict();

export const listWorkOrdersQuery = z.object({
  ...pageQuery,
  propertyId: id.optional(),
  assignee: z.union([z.literal('me'), id]).optional(),
  status: z.enum(WORK_ORDER_STATUSES).optional(),
  caseId: id.optional(),
});
export const gapReportQuery = z.object({ propertyId: id, year: z.coerce.number().int().min(2000).max(2100) });
