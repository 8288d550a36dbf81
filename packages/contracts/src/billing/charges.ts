/**
 * One-off charges (T4): a finished paid repair posts to the engineering table (工程费统计表), a paid service
 * (fax, typing, copying, laundry, meals) to the other-services table (其它服务统计表). Each source posts once;
 * the month that draws it marks it billed.
 */
import { z } from 'zod';
import { day, instant, uuid } from '../fields.ts';

export const CHARGE_SHEETS = ['engineering', 'other_services'] as const;
export type ChargeSheet = (typeof CHARGE_SHEETS)[number];

export const billableCharge = z.object({
  id: uuid,
  propertyId: uuid,
  organizationId: uuid,
  organizationName: z.string(),
  unitId: uuid.nullable(),
  unitCode: z.string().nullable(),
  sheet: z.enum(CHARGE_SHEETS),
  sourceKind: z.string(),
  sourceId: uuid,
  sourceLabel: z.string(),
  description: z.string(),
  amountFen: z.number().int(),
  occurredOn: day,
  billingMonth: z.string().nullable(),
  createdAt: instant,
});
export type BillableCharge = z.infer<typeof billableCharge>;

export const CHARGES_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  charge_already_billed: { status: 409, zh: '该费用已计入月度费用表，不能撤回', en: 'The charge is on a month’s fee table already' },
};
