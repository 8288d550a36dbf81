/** Paid repairs' price list (S6): labour and materials a quote is built from, kept by the billing staff. */
import { z } from 'zod';
import { fen, instant, reqText } from '../fields.ts';

export const REPAIR_PRICE_KINDS = ['labour', 'material'] as const;
export type RepairPriceKind = (typeof REPAIR_PRICE_KINDS)[number];

export const REPAIR_PRICE_ERROR_CODES = {
  price_item_unknown: { status: 422, zh: '价目表中没有该项目（或已停用）', en: 'The price list has no such (active) item' },
  work_order_closed: { status: 409, zh: '派工单已完工或作废，不能再报价', en: 'The work order is finished or voided; it cannot be quoted' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export const repairPriceItem = z.object({
  id: z.string(),
  propertyId: z.string(),
  name: z.string(),
  kind: z.enum(REPAIR_PRICE_KINDS),
  unit: z.string(),
  priceFen: z.number(),
  priceYuan: z.string(),
  active: z.boolean(),
  sort: z.number(),
  updatedAt: instant,
});
export type RepairPriceItem = z.infer<typeof repairPriceItem>;
export const repairPriceList = z.object({ data: z.array(repairPriceItem) });
export type RepairPriceList = z.infer<typeof repairPriceList>;

/** GET /repair-price-items */
export const repairPriceListQuery = z.object({
  propertyId: z.string().uuid(),
  active: z.enum(['true', 'false']).optional(),
});
/** POST /repair-price-items */
export const repairPriceItemBody = z
  .object({
    propertyId: z.string().uuid(),
    name: reqText(60),
    kind: z.enum(REPAIR_PRICE_KINDS),
    unit: reqText(10),
    priceFen: fen,
    active: z.boolean().default(true),
    sort: z.number().int().min(0).max(9999).default(0),
  })
  .strict();
export type RepairPriceItemBody = z.input<typeof repairPriceItemBody>;
/** PATCH /repair-price-items/{id} */
export const repairPriceItemPatch = repairPriceItemBody.omit({ propertyId: true }).partial().strict();
export type RepairPriceItemPatch = z.input<typeof repairPriceItemPatch>;
