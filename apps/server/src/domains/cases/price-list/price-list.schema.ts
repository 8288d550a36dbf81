/** Request schemas of the repair price list: the cases contract's. */
import type { z } from 'zod';
import type { repairPriceItemBody, repairPriceItemPatch } from '@hy/contracts';

export { repairPriceListQuery as listQuery, repairPriceItemBody as itemBody, repairPriceItemPatch as itemPatch } from '@hy/contracts';
export type ItemInput = z.infer<typeof repairPriceItemBody>;
export type ItemPatch = z.infer<typeof repairPriceItemPatch>;
