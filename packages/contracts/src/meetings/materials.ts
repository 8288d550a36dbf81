/** Response schemas of warehouse items and a meeting's materials (SPEC M7). */
import { z } from 'zod';
import { instant, list } from '../fields.ts';

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
