/**
 * The month's fee tables (T4, 《物业管理费用应收表》): six sub-tables drawn up on the draw day into lines, the
 * receivables per company, and three signatures in order (CS manager → general manager → finance manager).
 * A change after a signature voids the signatures of the earlier version; a fully signed month is locked.
 */
import { z } from 'zod';
import { fen, instant, monthField, nullableInstant, reqText, uuid } from '../fields.ts';
import { FEE_SHEETS } from './items.ts';

export const SIGN_STEPS = ['cs_manager', 'general_manager', 'finance_manager'] as const;
export type SignStep = (typeof SIGN_STEPS)[number];
export const MONTH_STATES = ['drafted', 'signing', 'signed'] as const;

export const billingLine = z.object({
  id: uuid,
  sheet: z.enum(FEE_SHEETS),
  organizationId: uuid,
  organizationName: z.string(),
  unitId: uuid.nullable(),
  unitCode: z.string().nullable(),
  description: z.string(),
  quantity: z.number().nullable(),
  unitPriceFen: z.number().int().nullable(),
  amountFen: z.number().int(),
});
export type BillingLine = z.infer<typeof billingLine>;

export const billingSignature = z.object({
  id: uuid,
  step: z.enum(SIGN_STEPS),
  version: z.number().int(),
  signerName: z.string(),
  signatureFileId: uuid.nullable(),
  signedAt: instant,
  voidedAt: nullableInstant,
  voidReason: z.string().nullable(),
});

export const receivableRow = z.object({
  organizationId: uuid,
  organizationName: z.string(),
  bySheet: z.record(z.string(), z.number().int()),
  totalFen: z.number().int(),
});

export const billingMonth = z.object({
  id: uuid,
  propertyId: uuid,
  month: z.string(),
  state: z.enum(MONTH_STATES),
  version: z.number().int(),
  throughDay: z.string(),
  totalFen: z.number().int(),
  drawnAt: instant,
  drawnByName: z.string().nullable(),
  signedAt: nullableInstant,
  sheetTotals: z.record(z.string(), z.number().int()),
  receivables: z.array(receivableRow),
  lines: z.array(billingLine),
  signatures: z.array(billingSignature),
  nextStep: z.enum(SIGN_STEPS).nullable(),
  warnings: z.array(z.object({ code: z.string(), unitCode: z.string(), organizationName: z.string().nullable() })),
  policies: z.object({ redraw: z.boolean(), edit: z.boolean(), sign: z.boolean() }),
});
export type BillingMonth = z.infer<typeof billingMonth>;

export const billingMonthSummary = z.object({
  id: uuid,
  month: z.string(),
  state: z.enum(MONTH_STATES),
  version: z.number().int(),
  totalFen: z.number().int(),
});
export const billingMonthList = z.object({ data: z.array(billingMonthSummary), canDraw: z.boolean() });

export const monthDrawInput = z.object({ propertyId: uuid, month: monthField });
export type MonthDrawInput = z.input<typeof monthDrawInput>;
export const monthListQuery = z.object({ propertyId: uuid });
export const monthByMonthQuery = z.object({ propertyId: uuid, month: monthField });
export const lineEditInput = z.object({ amountFen: fen, reason: reqText(200) });
export type LineEditInput = z.input<typeof lineEditInput>;
export const signInput = z.object({ signatureFileId: uuid });
export type SignInput = z.input<typeof signInput>;
export const redrawInput = z.object({ reason: reqText(200) });

export const MONTHS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  billing_month_exists: { status: 409, zh: '该月费用表已编制', en: 'The month’s fee tables are drawn up already' },
  billing_month_locked: { status: 409, zh: '费用表已签字确认，不能修改', en: 'The month is signed and locked' },
  billing_sign_out_of_order: {
    status: 409,
    zh: '请按顺序签字：客服经理 → 总经理 → 财务经理',
    en: 'Sign in order: CS manager → general manager → finance manager',
  },
  billing_sign_step_done: { status: 409, zh: '这一步已签字', en: 'This step is signed already' },
};
