/** Buildings and their floors (SPEC M1). */
import { z } from 'zod';
import { instant, page } from '../fields.ts';
import { placeRecordPolicies } from './records.ts';

export const floorRecord = z.object({ id: z.string(), level: z.number(), label: z.string() });
export type FloorRecord = z.infer<typeof floorRecord>;
export const floorPage = page(floorRecord);

export const buildingRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  code: z.string(),
  name: z.string(),
  floorsAbove: z.number(),
  floorsBelow: z.number(),
  sort: z.number(),
  createdAt: instant,
  updatedAt: instant,
  /** In the answer of one building (not in lists). */
  floors: z.array(floorRecord).optional(),
  policies: placeRecordPolicies,
});
export type BuildingRecord = z.infer<typeof buildingRecord>;
export const buildingPage = page(buildingRecord);
