/** Zod query schema of the availability board. */
import { z } from 'zod';
import { VENUE_CLASSES } from '@hy/contracts';
import { id, localDate } from '../booking/booking.schema.ts';

const csv = z
  .string()
  .max(500)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
export const boardQuery = z.object({
  propertyId: id,
  date: localDate,
  days: z.enum(['1', '7']).default('1').transform(Number),
  buildingId: id.optional(),
  venueClass: z.enum(VENUE_CLASSES).optional(),
  minSeats: z.coerce.number().int().min(1).max(100_000).optional(),
  equipment: csv.optional(),
});
export type BoardQuery = z.infer<typeof boardQuery>;
