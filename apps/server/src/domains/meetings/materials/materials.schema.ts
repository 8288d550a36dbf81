/** Zod request schemas of the warehouse and a meeting's materials (M7). Bodies are strict. */
import { z } from 'zod';
import { reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const fen = z.number().int().min(0).max(100_000_000_00);
const qty = z.number().int().min(1).max(100_000);
const unit = z.string().trim().min(1).max(16);
const code = z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/);
export const propertyQuery = z.object({ propertyId: id });
const count = z.number().int().min(0).max(100_000);
export const itemBody = z
  .object({
    propertyId: id,
    code,
    name: reqText(100),
    unit,
    stock: count.default(0),
    lossFen: fen.default(0),
    technical: z.boolean().default(false),
  })
  .strict();
export const restockBody = z.object({ qty }).strict();
export const checkoutBody = z.object({ itemId: id, qty }).strict();
export const returnMaterialBody = z
  .object({ itemId: id, returned: count.default(0), lost: count.default(0) })
  .strict()
  .refine((v) => v.returned + v.lost > 0, { path: ['returned'], message: '归还或损耗数量至少为1 / return or lose at least one' });
