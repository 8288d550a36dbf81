/**
 * Paid-services contract: laundry (洗客衣服务, T5) and what laundry and meals share — the suppliers (kind laundry
 * or meals), the monthly / weekly / year-end evaluations and the month statements and supplier settlements.
 * The housekeeping supervisor agrees the price list with the laundry; the desk logs the tenant's call, phones
 * the laundry (which must collect within paidServices.laundryCollectMinutes), the cleaned clothes come back with
 * the items and the tenant signs the 洗衣服务确定单, which posts the charge; a complaint sends it back to re-wash.
 */
import { z } from 'zod';
import { fen, instant, monthField, nullableInstant, optPhone, optText, phone, positiveFen, realDay, reqText, uuid } from '../fields.ts';

export const LAUNDRY_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  laundry_wrong_state: { status: 409, zh: '洗衣单当前状态不能进行此操作', en: 'The laundry request is not in a state for this' },
  laundry_no_supplier: { status: 422, zh: '尚未登记洗衣单位', en: 'No laundry supplier is registered' },
  laundry_no_lines: { status: 422, zh: '请填写送还的衣物明细', en: 'List the items returned' },
  supplier_wrong_kind: { status: 422, zh: '服务单位类别不符', en: 'The supplier is of another kind' },
  evaluation_exists: { status: 409, zh: '该期考评已填写', en: 'This period is evaluated already' },
  supplier_contract_order: { status: 422, zh: '合同结束日期早于开始日期', en: 'The contract ends before it starts' },
};

export const SUPPLIER_KINDS = ['laundry', 'meals'] as const;
export const LAUNDRY_STATES = ['requested', 'called', 'collected', 'returned', 'rewash', 'signed'] as const;
export type LaundryState = (typeof LAUNDRY_STATES)[number];
export const LAUNDRY_SERVICES = ['wash', 'dry_clean', 'iron'] as const;
export type LaundryService = (typeof LAUNDRY_SERVICES)[number];
export const SUPPLIER_EVALUATION_KINDS = ['monthly', 'weekly', 'yearly'] as const;

export const supplier = z.object({
  id: z.string(),
  kind: z.enum(SUPPLIER_KINDS),
  name: z.string(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  contractFrom: z.string().nullable(),
  contractTo: z.string().nullable(),
});
export type Supplier = z.infer<typeof supplier>;
export const supplierList = z.object({ data: z.array(supplier) });
export const supplierCreate = z
  .object({
    propertyId: uuid,
    kind: z.enum(SUPPLIER_KINDS),
    name: reqText(100),
    contactName: optText(50),
    phone: optPhone,
    contractFrom: realDay('日期无效').nullish(),
    contractTo: realDay('日期无效').nullish(),
  })
  .strict();
/**
 * Edit a supplier's name, contact and contract period, or deactivate it (active: false — it leaves the lists).
 * Only the keys sent change; null (or '') clears an optional one.
 */
export const supplierPatch = z
  .object({
    name: reqText(100).optional(),
    contactName: z.string().trim().max(50).nullable().optional(),
    phone: phone.or(z.literal('')).nullable().optional(),
    contractFrom: realDay('日期无效').nullable().optional(),
    contractTo: realDay('日期无效').nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();

export const laundryPrice = z.object({
  id: z.string(),
  item: z.string(),
  washFen: z.number().int().nullable(),
  dryCleanFen: z.number().int().nullable(),
  ironFen: z.number().int().nullable(),
});
export type LaundryPrice = z.infer<typeof laundryPrice>;
export const laundryPriceList = z.object({ supplier: supplier.nullable(), data: z.array(laundryPrice) });
export type LaundryPriceList = z.infer<typeof laundryPriceList>;
export const laundryPricesPut = z
  .object({
    propertyId: uuid,
    supplierId: uuid,
    items: z
      .array(z.object({ item: reqText(40), washFen: fen.nullish(), dryCleanFen: fen.nullish(), ironFen: fen.nullish() }).strict())
      .min(1)
      .max(80),
  })
  .strict();

export const laundryLine = z.object({
  item: reqText(40),
  service: z.enum(LAUNDRY_SERVICES),
  qty: z.number().int().min(1).max(200),
  priceFen: positiveFen,
});
export type LaundryLine = z.infer<typeof laundryLine>;

export const laundryRequest = z.object({
  id: z.string(),
  propertyId: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  unitId: z.string().nullable(),
  unitCode: z.string().nullable(),
  supplierName: z.string(),
  source: z.enum(['desk', 'portal']),
  state: z.enum(LAUNDRY_STATES),
  contactName: z.string(),
  contactPhone: z.string().nullable(),
  estimate: z.string().nullable(),
  calledAt: nullableInstant,
  collectDueAt: nullableInstant,
  collectedAt: nullableInstant,
  collectedLate: z.boolean(),
  alertedAt: nullableInstant,
  returnedAt: nullableInstant,
  rewashCount: z.number().int(),
  rewashNote: z.string().nullable(),
  lines: z.array(laundryLine),
  totalFen: z.number().int(),
  signerName: z.string().nullable(),
  signatureFileId: z.string().nullable(),
  signedAt: nullableInstant,
  createdByName: z.string(),
  createdAt: instant,
});
export type LaundryRequest = z.infer<typeof laundryRequest>;
export const laundryRequestList = z.object({ data: z.array(laundryRequest), collectMinutes: z.number().int() });
export const laundryRequestCreate = z
  .object({
    propertyId: uuid,
    organizationId: uuid.optional(),
    unitId: uuid.nullish(),
    contactName: reqText(50),
    contactPhone: optPhone,
    estimate: optText(300),
  })
  .strict();
export const laundryReturn = z.object({ lines: z.array(laundryLine.strict()).min(1).max(60) }).strict();
export const laundryRewash = z.object({ note: reqText(300) }).strict();
export const serviceSign = z.object({ signerName: reqText(50), signatureId: uuid }).strict();
export const laundryQuery = z.object({ propertyId: uuid, state: z.enum(LAUNDRY_STATES).optional(), month: monthField.optional() });

/** A month statement (洗衣服务确定单 / 送餐服务确定单 month list): signed items per tenant company. */
export const monthStatement = z.object({
  month: z.string(),
  kind: z.enum(SUPPLIER_KINDS),
  tenants: z.array(
    z.object({
      organizationId: z.string(),
      organizationName: z.string(),
      items: z.array(z.object({ id: z.string(), day: z.string(), description: z.string(), amountFen: z.number().int() })),
      totalFen: z.number().int(),
    }),
  ),
  suppliers: z.array(z.object({ supplierId: z.string(), supplierName: z.string(), count: z.number().int(), totalFen: z.number().int() })),
  totalFen: z.number().int(),
});
export type MonthStatement = z.infer<typeof monthStatement>;
export const statementQuery = z.object({ propertyId: uuid, month: monthField });

export const supplierEvaluation = z.object({
  id: z.string(),
  supplierId: z.string(),
  supplierName: z.string(),
  supplierKind: z.enum(SUPPLIER_KINDS),
  kind: z.enum(SUPPLIER_EVALUATION_KINDS),
  period: z.string(),
  opinions: z.string(),
  improvements: z.string().nullable(),
  renew: z.boolean().nullable(),
  decision: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: nullableInstant,
  writtenByName: z.string(),
  createdAt: instant,
});
export type SupplierEvaluation = z.infer<typeof supplierEvaluation>;
export const supplierEvaluationList = z.object({ data: z.array(supplierEvaluation), dueOn: z.string() });
export type SupplierEvaluationList = z.infer<typeof supplierEvaluationList>;
export const supplierEvaluationCreate = z
  .object({
    propertyId: uuid,
    supplierId: uuid,
    kind: z.enum(SUPPLIER_EVALUATION_KINDS),
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-W\d{2})?$/, 'YYYY, YYYY-MM or YYYY-Www'),
    opinions: reqText(2000),
    improvements: optText(2000),
    renew: z.boolean().nullish(),
  })
  .strict();
export const supplierEvaluationDecide = z.object({ renew: z.boolean(), decision: reqText(1000) }).strict();
export const supplierEvaluationQuery = z.object({ propertyId: uuid, kind: z.enum(SUPPLIER_KINDS) });
