/** Work orders (S5, 工程维修派工单): the record, with the case's number, place and contact, and the number-gap report. */
import { z } from 'zod';
import { DISPATCH_MODES, SIGNATURE_METHODS, URGENCIES, WORK_ORDER_STATUSES } from '../cases.ts';
import { instant, nullableInstant, optText, page, pageQuery, reqText, uuid } from '../fields.ts';
import { fileRef, photoIds } from '../files/files.ts';

export const workOrderMaterial = z.object({ name: z.string(), qty: z.number(), unit: z.string().nullish() });

export const workOrderRow = z.object({
  id: z.string(),
  propertyId: z.string(),
  caseId: z.string(),
  number: z.string(),
  year: z.number(),
  seq: z.number(),
  paid: z.boolean(),
  customerName: z.string().nullable(),
  content: z.string(),
  reportingDepartment: z.string().nullable(),
  reporterName: z.string().nullable(),
  urgency: z.enum(URGENCIES),
  issuerId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  status: z.enum(WORK_ORDER_STATUSES),
  issuedAt: instant,
  acceptedAt: nullableInstant,
  arrivedAt: nullableInstant,
  completedAt: nullableInstant,
  workDone: z.string().nullable(),
  materials: z.array(workOrderMaterial),
  signedByName: z.string().nullable(),
  signedByUserId: z.string().nullable(),
  signedAt: nullableInstant,
  signatureMethod: z.enum(SIGNATURE_METHODS).nullable(),
  /** the customer's signature drawn on the screen (signer and time on the file) */
  signature: fileRef.nullable(),
  /** the engineer's completion photos */
  photos: z.array(fileRef),
  returnedAt: nullableInstant,
  returnedBy: z.string().nullable(),
  voidReason: z.string().nullable(),
  voidedAt: nullableInstant,
  voidedBy: z.string().nullable(),
  dispatchMode: z.enum(DISPATCH_MODES).nullable(),
  createdAt: instant,
  updatedAt: instant,
});

/** A work order with the case's number, place and contact (the engineer's list and the printed form). */
export const workOrderWithCase = workOrderRow.extend({
  caseNumber: z.string(),
  location: z.string().nullable(),
  /** F6: the case's "do when the occupant is out" window */
  occupantOut: z.object({ from: instant, to: instant }).nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export const workOrderPage = page(workOrderWithCase);

/** 工作单号要求连续: every number of the year accounted for, the voided ones with reasons. */
export const workOrderGapReport = z.object({
  propertyId: z.string(),
  year: z.number(),
  issued: z.number(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  missing: z.array(z.string()),
  complete: z.boolean(),
  returned: z.number(),
  open: z.number(),
  voided: z.array(z.object({ number: z.string(), reason: z.string().nullable(), voidedAt: nullableInstant })),
});

export type WorkOrderMaterial = z.infer<typeof workOrderMaterial>;
export type WorkOrderRow = z.infer<typeof workOrderRow>;
export type WorkOrderWithCase = z.infer<typeof workOrderWithCase>;
export type WorkOrderPage = z.infer<typeof workOrderPage>;
export type WorkOrderGapReport = z.infer<typeof workOrderGapReport>;

/* Requests: issuing, completing, signing and voiding a work order; the list and the gap report. Bodies are strict. */

/** POST /cases/{id}/work-orders: issue a work order (工程维修派工单). */
export const workOrderIssueBody = z
  .object({
    paid: z.boolean().default(false),
    content: reqText(2000),
    urgency: z.enum(URGENCIES).optional(),
    assigneeId: uuid.nullish(),
    customerName: optText(100),
    reportingDepartment: optText(100),
    reporterName: optText(64),
  })
  .strict();
export type WorkOrderIssueBody = z.input<typeof workOrderIssueBody>;

/** POST /work-orders/{id}/complete: the work done and the materials used. */
export const workOrderCompleteBody = z
  .object({
    workDone: reqText(2000),
    materials: z
      .array(z.object({ name: reqText(100), qty: z.number().positive().max(1_000_000), unit: optText(20) }).strict())
      .max(50)
      .default([]),
    /** completion photos uploaded first (POST /files) */
    photoIds: photoIds.default([]),
  })
  .strict();
export type WorkOrderCompleteBody = z.input<typeof workOrderCompleteBody>;
/**
 * POST /work-orders/{id}/sign: the customer's signature — the tenant on the portal, staff record the paper
 * one, or the customer draws it on the staff's screen (`screen`, with the drawing stored first by POST /signatures).
 */
export const workOrderSignBody = z.object({ name: reqText(64), method: z.enum(SIGNATURE_METHODS), signatureId: uuid.nullish() }).strict();
export type WorkOrderSignBody = z.input<typeof workOrderSignBody>;
/** POST /work-orders/{id}/void. The reason is checked by the service (422 void_reason_required), so the rule has its own code. */
export const workOrderVoidBody = z.object({ reason: z.string().trim().max(500).nullish() }).strict();
export type WorkOrderVoidBody = z.input<typeof workOrderVoidBody>;

/** GET /work-orders: 'me' for the engineer's own. */
export const workOrderListQuery = z.object({
  ...pageQuery,
  propertyId: uuid.optional(),
  assignee: z.union([z.literal('me'), uuid]).optional(),
  status: z.enum(WORK_ORDER_STATUSES).optional(),
  caseId: uuid.optional(),
});
export type WorkOrderListQuery = z.input<typeof workOrderListQuery>;
/** GET /work-orders/gap-report: the numbers of a year. */
export const workOrderGapQuery = z.object({ propertyId: uuid, year: z.coerce.number().int().min(2000).max(2100) });
export type WorkOrderGapQuery = z.input<typeof workOrderGapQuery>;
