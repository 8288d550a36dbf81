/** Response and request schemas of warehouse items and a meeting's materials (SPEC M7). */
import { z } from 'zod';
import { instant, list, reqText, uuid } from '../fields.ts';
import { fen, itemCode, qty, unit } from './request-fields.ts';

export const warehouseItem = z.object({
  id: z.string(),
  propertyId: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  stock: z.number(),
  lossFen: z.number(),
  technical: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
  lossPrice: z.string(),
});
export type WarehouseItem = z.infer<typeof warehouseItem>;
export const warehouseItemList = list(warehouseItem);
export type WarehouseItemList = z.infer<typeof warehouseItemList>;

/** What a meeting drew of one item, returned and lost. */
export const materialRow = z.object({
  itemId: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  technical: z.boolean(),
  checkedOut: z.number(),
  returned: z.number(),
  lost: z.number(),
  outstanding: z.number(),
  lossFen: z.number(),
});
export type MaterialRow = z.infer<typeof materialRow>;
export const materialList = list(materialRow);
export type MaterialList = z.infer<typeof materialList>;

/** POST …/materials/checkout: the meeting's counts of the item and the stock left. */
export const materialCheckout = z.object({
  itemId: z.string(),
  checkedOut: z.number(),
  returned: z.number(),
  lost: z.number(),
  stock: z.number(),
});
export type MaterialCheckout = z.infer<typeof materialCheckout>;
/** POST …/materials/return: the counts, what is still out, and the stock. */
export const materialReturn = materialCheckout.extend({ outstanding: z.number() });
export type MaterialReturn = z.infer<typeof materialReturn>;

/* Requests: the warehouse and a meeting's materials. Bodies are strict. */

const count = z.number().int().min(0).max(100_000);
/** POST /warehouse-items */
export const warehouseItemBody = z
  .object({
    propertyId: uuid,
    code: itemCode,
    name: reqText(100),
    unit,
    stock: count.default(0),
    lossFen: fen.default(0),
    technical: z.boolean().default(false),
  })
  .strict();
export type WarehouseItemBody = z.input<typeof warehouseItemBody>;
/** POST /warehouse-items/{id}/restock */
export const warehouseRestockBody = z.object({ qty }).strict();
export type WarehouseRestockBody = z.input<typeof warehouseRestockBody>;
/** POST /service-notices/{id}/materials/checkout */
export const materialCheckoutBody = z.object({ itemId: uuid, qty }).strict();
export type MaterialCheckoutBody = z.input<typeof materialCheckoutBody>;
/** POST /service-notices/{id}/materials/return: items back, the rest counted lost. */
export const materialReturnBody = z
  .object({ itemId: uuid, returned: count.default(0), lost: count.default(0) })
  .strict()
  .refine((v) => v.returned + v.lost > 0, { path: ['returned'], message: '归还或损耗数量至少为1 / return or lose at least one' });
export type MaterialReturnBody = z.input<typeof materialReturnBody>;
