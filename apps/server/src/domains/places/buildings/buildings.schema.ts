import { z } from 'zod';
import { reqText } from '../../../lib/http.ts';
import { code, count, id, listQuery } from '../resource/resource.schema.ts';

const buildingFields = {
  code,
  name: reqText(100),
  floorsAbove: count(0, 200).default(1),
  floorsBelow: count(0, 20).default(0),
  sort: count(-1000, 1000).default(0),
};
export const buildingCreate = z.object({ propertyId: id, ...buildingFields }).strict();
export const buildingPatch = z.object(buildingFields).partial().strict();

export const buildingQuery = listQuery;

export type BuildingCreate = z.infer<typeof buildingCreate>;
export type BuildingPatch = z.infer<typeof buildingPatch>;
