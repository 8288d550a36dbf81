/**
 * Dunning 催缴 (T4): per unpaid notice a durable schedule — reminder (portal + SMS), printed 催缴通知书, the tenant
 * rep's visit, escalation to the managers — each step once, stopping when paid; and the managers' monthly review
 * of receivables with the measures against arrears, signed.
 */
import { z } from 'zod';
import { day, instant, monthField, reqText, uuid } from '../fields.ts';
import { dunningStepView } from './notices.ts';

export const DUNNING_STEPS = ['reminder', 'notice', 'visit', 'escalation'] as const;
export type DunningStepCode = (typeof DUNNING_STEPS)[number];

export const dunningRow = z.object({
  noticeId: uuid,
  noticeNumber: z.string(),
  month: z.string(),
  organizationName: z.string(),
  outstandingFen: z.number().int(),
  dueOn: day,
  daysPastDue: z.number().int(),
  steps: z.array(dunningStepView),
});
export const dunningList = z.object({ data: z.array(dunningRow) });
export type DunningRow = z.infer<typeof dunningRow>;

export const dunningRecord = z.object({ outcome: reqText(500) });
export const stepParams = z.object({ id: uuid });

export const reviewMeasure = z.object({ measure: reqText(200), owner: reqText(40), due: day });
export const reviewUpsert = z.object({
  propertyId: uuid,
  month: monthField,
  review: reqText(4000),
  measures: z.array(reviewMeasure).max(20).default([]),
});
export type ReviewUpsert = z.infer<typeof reviewUpsert>;
export const billingReview = z.object({
  id: uuid,
  month: z.string(),
  review: z.string(),
  measures: z.array(z.object({ measure: z.string(), owner: z.string(), due: z.string() })),
  signedByName: z.string(),
  signedRole: z.string(),
  signedAt: instant,
});
export const reviewQuery = z.object({ propertyId: uuid, month: monthField });
export const reviewResult = z.object({ review: billingReview.nullable() });

export const DUNNING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  dunning_step_not_fired: { status: 409, zh: '该催缴步骤尚未到期', en: 'The dunning step is not due yet' },
  dunning_step_done: { status: 409, zh: '该催缴步骤已登记', en: 'The dunning step is recorded already' },
  dunning_step_not_recordable: { status: 422, zh: '该催缴步骤无需登记', en: 'This dunning step is not recorded by hand' },
  review_signer_role: {
    status: 403,
    zh: '应收款月度评审须由客服主管、项目经理或总经理签署',
    en: 'The review is signed by the CS supervisor, project manager or general manager',
  },
};
