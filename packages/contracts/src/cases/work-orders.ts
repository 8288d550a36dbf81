/** Work orders (S5, 工程维修派工单): the record, with the case's number, place and contact, and the number-gap report. */
import { z } from 'zod';
import { DISPATCH_MODES, SIGNATURE_METHODS, URGENCIES, WORK_ORDER_STATUSES } from '../cases.ts';
import { instant, nullableInstant, page } from '../fields.ts';

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
