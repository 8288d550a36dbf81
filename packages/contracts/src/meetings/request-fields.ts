/** Field schemas the meetings requests share: money in fen, quantities and units, item codes, departments, a notice period. */
import { z } from 'zod';
import { requestInstant, uuid } from '../fields.ts';
import { DEPARTMENTS } from '../meetings.ts';

export const fen = z.number().int().min(0).max(100_000_000_00);
export const qty = z.number().int().min(1).max(100_000);
export const unit = z.string().trim().min(1).max(16);
/** The code of a priced item, a warehouse item or a task template. */
export const itemCode = z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/);
export const department = z.enum(DEPARTMENTS);
/** The meetings of a property in [from, to), at most `limit`. */
export const noticeRange = {
  propertyId: uuid,
  from: requestInstant.optional(),
  to: requestInstant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
};
