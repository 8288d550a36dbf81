/** Units (SPEC M1): rooms or households of a building, with their building, floor and organization named. */
import { z } from 'zod';
import { instant, page } from '../fields.ts';
import { placeRecordPolicies } from './records.ts';

export const unitRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  buildingId: z.string(),
  floorId: z.string().nullable(),
  code: z.string(),
  name: z.string().nullable(),
  households: z.number(),
  organizationId: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  buildingName: z.string(),
  floorLabel: z.string().nullable(),
  organizationName: z.string().nullable(),
  policies: placeRecordPolicies,
});
export type UnitRecord = z.infer<typeof unitRecord>;
export const unitPage = page(unitRecord);
