/** Zod request schemas of the places domain. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { VENUE_CLASSES, VENUE_TYPES, LAYOUTS, EQUIPMENT, LEAD_TIME_UNITS, ORGANIZATION_KINDS } from '@hy/contracts';
import { pageQuery, optText, reqText, hhmm, phone } from '../../../lib/http.ts';
import { isIanaTimeZone } from './venues.rules.ts';

const id = z.string().uuid();
const ids = z
  .array(id)
  .max(100)
  .default([])
  .transform((a) => [...new Set(a)]);
const code = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . -');
const count = (min: number, max: number) => z.number().int().min(min).max(max);
const optPhone = phone
  .nullish()
  .or(z.literal(''))
  .transform((v) => v || null);
/** ?flag=true|false (z.coerce.boolean would read 'false' as true). */
const boolQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const leadTime = z.object({ value: count(0, 10_000), unit: z.enum(LEAD_TIME_UNITS) }).strict();
const timeZone = z.string().max(64).refine(isIanaTimeZone, 'IANA time zone, e.g. Asia/Shanghai');

const propertyFields = {
  name: reqText(100),
  address: optText(200),
  timeZone,
  workStart: hhmm,
  workEnd: hhmm,
  settings: z
    .object({ leadTimes: z.object({ A: leadTime, B: leadTime, C: leadTime }).partial().strict() })
    .partial()
    .strict(),
};
export const propertyCreate = z
  .object({
    code,
    ...propertyFields,
    timeZone: timeZone.default('Asia/Shanghai'),
    workStart: hhmm.default('08:30'),
    workEnd: hhmm.default('17:30'),
    settings: propertyFields.settings.default({}),
  })
  .strict();
export const propertyPatch = z.object(propertyFields).partial().strict();

const buildingFields = {
  code,
  name: reqText(100),
  floorsAbove: count(0, 200).default(1),
  floorsBelow: count(0, 20).default(0),
  sort: count(-1000, 1000).default(0),
};
export const buildingCreate = z.object({ propertyId: id, ...buildingFields }).strict();
export const buildingPatch = z.object(buildingFields).partial().strict();

const organizationFields = {
  name: reqText(100),
  shortName: optText(50),
  kind: z.enum(ORGANIZATION_KINDS).default('government'),
  contactName: optText(50),
  contactPhone: optPhone,
};
export const organizationCreate = z.object({ propertyId: id, ...organizationFields }).strict();
export const organizationPatch = z.object(organizationFields).partial().strict();

const unitFields = {
  buildingId: id,
  floorId: id.nullish(),
  code,
  name: optText(100),
  households: count(0, 10_000).default(1),
  organizationId: id.nullish(),
  phone: optPhone,
};
export const unitCreate = z.object({ propertyId: id, ...unitFields }).strict();
export const unitPatch = z.object(unitFields).partial().strict();

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

const list = { ...pageQuery, propertyId: id.optional(), q: z.string().trim().max(64).optional() };
export const propertyQuery = z.object(pageQuery);
export const buildingQuery = z.object(list);
export const organizationQuery = z.object({ ...list, kind: z.enum(ORGANIZATION_KINDS).optional() });
export const unitQuery = z.object({ ...list, buildingId: id.optional(), organizationId: id.optional() });
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

export type PropertyCreate = z.infer<typeof propertyCreate>;
export type PropertyPatch = z.infer<typeof propertyPatch>;
export type BuildingCreate = z.infer<typeof buildingCreate>;
export type BuildingPatch = z.infer<typeof buildingPatch>;
export type OrganizationCreate = z.infer<typeof organizationCreate>;
export type OrganizationPatch = z.infer<typeof organizationPatch>;
export type UnitCreate = z.infer<typeof unitCreate>;
export type UnitPatch = z.infer<typeof unitPatch>;
export type VenueCreate = z.infer<typeof venueCreate>;
export type VenuePatch = z.infer<typeof venuePatch>;
export type ListQuery = z.infer<typeof buildingQuery>;
export type OrganizationQuery = z.infer<typeof organizationQuery>;
export type UnitQuery = z.infer<typeof unitQuery>;
export type VenueQuery = z.infer<typeof venueQuery>;
