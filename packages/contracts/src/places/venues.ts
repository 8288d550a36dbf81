/** Venues (SPEC M1): meeting rooms with class, capacity per layout, equipment, lead time, links and managers. */
import { z } from 'zod';
import { EQUIPMENT, LAYOUTS, LEAD_TIME_UNITS, VENUE_CLASSES, VENUE_TYPES } from '../places.ts';
import { instant, page } from '../fields.ts';
import { placeRecordPolicies } from './records.ts';

export const venueLayout = z.object({
  layout: z.enum(LAYOUTS),
  capacity: z.number(),
  setupMinutes: z.number().optional(),
  cleanupMinutes: z.number().optional(),
});
export type VenueLayoutLine = z.infer<typeof venueLayout>;
export const venueEquipment = z.object({ code: z.enum(EQUIPMENT), qty: z.number() });
export type VenueEquipmentLine = z.infer<typeof venueEquipment>;
export const leadTimeSetting = z.object({ value: z.number(), unit: z.enum(LEAD_TIME_UNITS) });

export const venueRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  buildingId: z.string(),
  floorId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  venueType: z.enum(VENUE_TYPES),
  venueClass: z.enum(VENUE_CLASSES),
  seats: z.number(),
  minAttendees: z.number().nullable(),
  layouts: z.array(venueLayout),
  defaultLayout: z.enum(LAYOUTS).nullable(),
  equipment: z.array(venueEquipment),
  leadTime: leadTimeSetting.nullable(),
  openFrom: z.string(),
  openTo: z.string(),
  bookable: z.boolean(),
  restricted: z.boolean(),
  description: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  buildingName: z.string(),
  floorLabel: z.string().nullable(),
  /** The venue's own lead time, or its class's from the property settings. */
  effectiveLeadTime: leadTimeSetting.extend({ source: z.enum(['venue', 'class']) }),
  linkedVenues: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  managers: z.array(z.object({ id: z.string(), displayName: z.string() })),
  allowedOrganizations: z.array(z.object({ id: z.string(), name: z.string() })),
  policies: placeRecordPolicies,
});
export type VenueRecord = z.infer<typeof venueRecord>;
export const venuePage = page(venueRecord);
