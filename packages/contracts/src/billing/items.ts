/**
 * Fee items (T4): how each line of the month's tables is priced — by billing area (area × unit price +
 * surcharge), by meter (consumption × price), fixed per line or space, or from posted charges — with the unit,
 * the rounding (half-up to fen, jiao or yuan) and the due day. The units' billing area is edited beside them.
 */
import { z } from 'zod';
import { fen, instant, reqText, uuid } from '../fields.ts';

export const FEE_SHEETS = ['management', 'water', 'phone', 'parking', 'engineering', 'other_services'] as const;
export type FeeSheet = (typeof FEE_SHEETS)[number];
export const FEE_BASES = ['area', 'meter', 'fixed', 'charges'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];
export const FEE_ROUNDINGS = ['fen', 'jiao', 'yuan'] as const;
export type FeeRounding = (typeof FEE_ROUNDINGS)[number];

export const feeItem = z.object({
  id: uuid,
  propertyId: uuid,
  code: z.string(),
  name: z.string(),
  sheet: z.enum(FEE_SHEETS),
  basis: z.enum(FEE_BASES),
  unitLabel: z.string(),
  unitPriceFen: z.number().int(),
  surchargeFen: z.number().int(),
  rounding: z.enum(FEE_ROUNDINGS),
  dueDay: z.number().int(),
  active: z.boolean(),
  position: z.number().int(),
  updatedAt: instant,
});
export type FeeItem = z.infer<typeof feeItem>;

export const feeItemInput = z.object({
  propertyId: uuid,
  code: reqText(20),
  name: reqText(60),
  sheet: z.enum(FEE_SHEETS),
  basis: z.enum(FEE_BASES),
  unitLabel: reqText(20),
  unitPriceFen: fen,
  surchargeFen: fen.default(0),
  rounding: z.enum(FEE_ROUNDINGS).default('fen'),
  dueDay: z.number().int().min(1).max(28).default(15),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(999).default(0),
});
export type FeeItemInput = z.input<typeof feeItemInput>;
export const feeItemUpdate = feeItemInput.omit({ propertyId: true }).partial();
export type FeeItemUpdate = z.input<typeof feeItemUpdate>;

/** A unit with its tenant company and billing area (the management fee's base). */
export const billingUnit = z.object({
  id: uuid,
  code: z.string(),
  building: z.string(),
  organizationId: uuid.nullable(),
  organizationName: z.string().nullable(),
  billingAreaSqm: z.number().nullable(),
});
export type BillingUnit = z.infer<typeof billingUnit>;
export const billingAreaInput = z.object({
  billingAreaSqm: z.number().positive().max(1_000_000).multipleOf(0.01),
});
export type BillingAreaInput = z.input<typeof billingAreaInput>;

export const ITEMS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  fee_item_code_taken: { status: 409, zh: '收费项目编号已存在', en: 'The fee item code is taken' },
};
