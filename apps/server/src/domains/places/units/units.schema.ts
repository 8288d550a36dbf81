import { z } from 'zod';
import { optText } from '../../../lib/http.ts';
import { code, count, id, list, optPhone } from '../resource/resource.schema.ts';

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

export const unitQuery = z.object({ ...list, buildingId: id.optional(), organizationId: id.optional() });

export type UnitCreate = z.infer<typeof unitCreate>;
export type UnitPatch = z.infer<typeof unitPatch>;
export type UnitQuery = z.infer<typeof unitQuery>;
