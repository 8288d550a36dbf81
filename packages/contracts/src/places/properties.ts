/** Properties (SPEC M1): the estates the company serves, with work hours and settings. */
import { z } from 'zod';
import { instant, page } from '../fields.ts';
import { placeRecordPolicies } from './records.ts';

export const propertyRecord = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  timeZone: z.string(),
  workStart: z.string(),
  workEnd: z.string(),
  settings: z.record(z.unknown()),
  createdAt: instant,
  updatedAt: instant,
  policies: placeRecordPolicies,
});
export type PropertyRecord = z.infer<typeof propertyRecord>;
export const propertyPage = page(propertyRecord);
