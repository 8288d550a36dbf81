/** Zod request schemas of service notices (M4). Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { DEPARTMENTS } from '@hy/contracts';

const id = z.string().uuid();
const instant = z.string().datetime({ offset: true });
export const department = z.enum(DEPARTMENTS);
export const noticeCreate = z.object({ bookingId: id }).strict();
export const range = {
  propertyId: id,
  from: instant.optional(),
  to: instant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
};
export const noticeQuery = z.object(range);
export const sheetParams = z.object({ id, department });
