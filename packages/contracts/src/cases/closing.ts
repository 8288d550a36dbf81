/** Closing (S8, 销项): the quarterly close of unresolvable cases. */
import { z } from 'zod';

export const unresolvableCloseResult = z.object({
  propertyId: z.string(),
  quarter: z.string(),
  closed: z.array(z.object({ id: z.string(), number: z.string() })),
});
export type UnresolvableCloseResult = z.infer<typeof unresolvableCloseResult>;
