import { z } from 'zod';
import { VENUE_CLASSES, VENUE_TYPES, LAYOUTS, EQUIPMENT } from '@hy/contracts';
import { optText, reqText, hhmm } from '../../../lib/http.ts';
import { boolQuery, code, count, id, ids, leadTime, list } from '../resource/resource.schema.ts';

const layout = z
  .object({
    layout: z.enum(LAYOUTS),
    capacity: count(1, 100_000),
    setupMinutes: count(0, 1440).default(0),
    cleanupMinutes: count(0, 1440).default(0),
  })
  .strict();
const venueFields = {
  buildingId: id,
  floorId: id.nullish(),
  code,
  name: reqText(100),
  venueType: z.enum(VENUE_TYPES),
  venueClass: z.enum(VENUE_CLASSES),
  seats: count(1, 100_000),
  minAttendees: count(1, 100_000).nullish(),
  layouts: z.array(layout).max(LAYOUTS.length).default([]),
  defaultLayout: z.enum(LAYOUTS).nullish(),
  equipment: z
    .array(z.object({ code: z.enum(EQUIPMENT), qty: count(1, 10_000) }).strict())
    .max(EQUIPMENT.length)
    .default([]),
  leadTime: leadTime.nullish(),
  openFrom: hhmm.default('07:00'),
  openTo: hhmm.default('22:00'),
  bookable: z.boolean().default(true),
  restricted: z.boolean().default(false),
  description: optText(2000),
  linkedVenueIds: ids,
  managerUserIds: ids,
  allowedOrganizationIds: ids,
};
export const venueCreate = z.object({ propertyId: id, ...venueFields }).strict();
export const venuePatch = z.object(venueFields).partial().strict();

export const venueQuery = z.object({
  ...list,
  buildingId: id.optional(),
  venueClass: z.enum(VENUE_CLASSES).optional(),
  minSeats: z.coerce.number().int().min(0).optional(),
  equipment: z
    .string()
    .max(500)
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined,
    )
    .pipe(z.array(z.enum(EQUIPMENT)).optional()),
  bookable: boolQuery,
});

export type VenueCreate = z.infer<typeof venueCreate>;
export type VenuePatch = z.infer<typeof venuePatch>;
export type VenueQuery = z.infer<typeof venueQuery>;
