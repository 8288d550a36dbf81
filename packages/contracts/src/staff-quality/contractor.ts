/**
 * The cleaning contractor's monthly evaluation: the month's hygiene scores (average per level) and patrol
 * figures give a score and a rating; the deduction rule (full pay from a score, a percentage of the monthly
 * amount per point below) gives the payment. The manager confirms it, and then it is locked.
 */
import { z } from 'zod';
import { instant, list, nullableInstant, optText, reqText, uuid } from '../fields.ts';

export const CONTRACTOR_RATINGS = ['excellent', 'good', 'pass', 'fail'] as const;
export type ContractorRating = (typeof CONTRACTOR_RATINGS)[number];
export const CONTRACTOR_RATING_LABELS: Record<ContractorRating, { zh: string; en: string }> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const contractorFigures = z.object({
  teamAvg: z.number().int().nullable(),
  areaAvg: z.number().int().nullable(),
  departmentAvg: z.number().int().nullable(),
  inspections: z.number().int(),
  findings: z.number().int(),
  reinspections: z.number().int(),
  failedReinspections: z.number().int(),
  openFindings: z.number().int(),
});
export type ContractorFigures = z.infer<typeof contractorFigures>;

export const contractorTerms = z.object({
  contractorName: z.string(),
  contractAmountFen: z.number().int(),
  fullPayScore: z.number().int(),
  /** Basis points of the monthly amount deducted per point below the full-pay score (100 = 1%). */
  deductBpPerPoint: z.number().int(),
});

export const contractorEvaluation = z.object({
  id: z.string().nullable(),
  propertyId: z.string(),
  month: z.string(),
  ...contractorFigures.shape,
  ...contractorTerms.shape,
  /** The score with one decimal (e.g. 91.5). */
  score: z.number(),
  rating: z.enum(CONTRACTOR_RATINGS),
  deductionFen: z.number().int(),
  paymentFen: z.number().int(),
  currency: z.literal('CNY'),
  state: z.enum(['proposal', 'draft', 'confirmed']),
  remarks: z.string().nullable(),
  preparedByName: z.string().nullable(),
  preparedAt: nullableInstant,
  confirmedByName: z.string().nullable(),
  confirmedAt: nullableInstant,
  policies: z.object({ save: z.boolean(), confirm: z.boolean() }),
});
export type ContractorEvaluation = z.infer<typeof contractorEvaluation>;
export const contractorEvaluationList = list(contractorEvaluation);

/** The yearly re-tender review: twelve months, their scores and payments, and the year's totals. */
export const contractorReview = z.object({
  year: z.number().int(),
  months: z.array(
    z.object({
      month: z.string(),
      state: z.enum(['none', 'draft', 'confirmed']),
      score: z.number().nullable(),
      rating: z.enum(CONTRACTOR_RATINGS).nullable(),
      paymentFen: z.number().int().nullable(),
      deductionFen: z.number().int().nullable(),
    }),
  ),
  confirmedMonths: z.number().int(),
  averageScore: z.number().nullable(),
  failMonths: z.number().int(),
  totalPaymentFen: z.number().int(),
  totalDeductionFen: z.number().int(),
  generatedAt: instant,
});
export type ContractorReview = z.infer<typeof contractorReview>;

// ---------- requests ----------

export const contractorMonthQuery = z.object({ propertyId: uuid, month });
export const contractorYearQuery = z.object({ propertyId: uuid, year: z.coerce.number().int().min(2000).max(2100) });
export const contractorSave = z
  .object({
    propertyId: uuid,
    month,
    contractorName: reqText(100),
    contractAmountFen: z.number().int().min(0).max(100_000_000_00),
    fullPayScore: z.number().int().min(0).max(100),
    deductBpPerPoint: z.number().int().min(0).max(10_000),
    remarks: optText(1000),
  })
  .strict();
export type ContractorSave = z.input<typeof contractorSave>;
export const contractorConfirm = z.object({ remarks: optText(1000) }).strict();
export type ContractorConfirm = z.input<typeof contractorConfirm>;

export const CONTRACTOR_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  evaluation_locked: { status: 409, zh: '该月考评已确认，不能再修改', en: 'The month’s evaluation is confirmed and locked' },
  contractor_month_open: { status: 422, zh: '该月尚未结束，不能确认', en: 'The month is not over yet' },
  contractor_month_future: { status: 422, zh: '不能考评尚未开始的月份', en: 'The month has not begun' },
};
