/** Measures (S10): complaint rate per quarter, the three equalities, SLA attainment and satisfaction. */
import { z } from 'zod';
import { formatQuery, nullableInstant, reqText, uuid } from '../fields.ts';
import { reportQuarter } from './supervision.ts';

export const complaintRateReport = z.object({
  propertyId: z.string(),
  quarter: z.string(),
  households: z.number(),
  target: z.number(),
  months: z.array(
    z.object({
      month: z.string(),
      validComplaints: z.number(),
      households: z.number(),
      rate: z.number().nullable(),
      overTarget: z.boolean(),
      complaints: z.number(),
      repairs: z.number(),
    }),
  ),
  totals: z.object({ validComplaints: z.number(), complaints: z.number(), repairs: z.number() }),
  overTarget: z.boolean(),
  reportDueBy: z.string(),
  correctiveActionRequired: z.boolean(),
  correctiveAction: z.object({ note: z.string(), by: z.string().nullable(), at: nullableInstant }).nullable(),
});

const caseRef = z.object({ caseNumber: z.string(), caseId: z.string() });
/** 三个相等: logged = dispatched = work orders issued = returned, with the mismatches. */
export const threeEqualitiesReport = z.object({
  propertyId: z.string(),
  month: z.string(),
  logged: z.number(),
  dispatched: z.number(),
  issued: z.number(),
  returned: z.number(),
  voided: z.number(),
  equal: z.object({ loggedEqualsDispatched: z.boolean(), issuedEqualsDispatched: z.boolean(), returnedEqualsIssued: z.boolean() }),
  mismatches: z.object({
    notDispatched: z.array(caseRef),
    dispatchedWithoutWorkOrder: z.array(caseRef),
    severalWorkOrders: z.array(caseRef.extend({ workOrders: z.array(z.string()) })),
    notReturned: z.array(z.object({ workOrderNumber: z.string(), workOrderId: z.string(), caseNumber: z.string(), status: z.string() })),
  }),
});

const slaCounts = z.object({
  total: z.number(),
  respondMeasured: z.number(),
  respondOnTime: z.number(),
  resolveMeasured: z.number(),
  resolveOnTime: z.number(),
  respondPct: z.number().nullable(),
  resolvePct: z.number().nullable(),
});
/** SLA attainment by kind and severity; satisfaction from callbacks. */
export const slaReport = z.object({
  propertyId: z.string(),
  month: z.string(),
  rows: z.array(slaCounts.extend({ kind: z.string(), severity: z.string() })),
  overall: slaCounts,
  satisfaction: z.object({
    rows: z.array(
      z.object({
        source: z.string(),
        kind: z.string(),
        callbacks: z.number(),
        satisfied: z.number(),
        avgCourtesy: z.number().nullable(),
        avgAttitude: z.number().nullable(),
        satisfiedPct: z.number().nullable(),
      }),
    ),
    callbacks: z.number(),
    satisfied: z.number(),
    satisfiedPct: z.number().nullable(),
  }),
});

export type ComplaintRateReport = z.infer<typeof complaintRateReport>;
export type ThreeEqualitiesReport = z.infer<typeof threeEqualitiesReport>;
export type SlaReport = z.infer<typeof slaReport>;

/* Requests: quarters for the complaint rate, months (reportMonthQuery) for the others. */

/** GET /reports/complaint-rate */
export const reportQuarterQuery = z.object({ propertyId: uuid, quarter: reportQuarter, ...formatQuery });
export type ReportQuarterQuery = z.input<typeof reportQuarterQuery>;
/** POST /reports/complaint-rate/corrective-action */
export const correctiveActionBody = z.object({ propertyId: uuid, quarter: reportQuarter, note: reqText(5000) }).strict();
export type CorrectiveActionBody = z.input<typeof correctiveActionBody>;
