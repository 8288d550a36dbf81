/** Organizations (SPEC M1): the units that book venues and own cases. */
import { z } from 'zod';
import { ORGANIZATION_KINDS } from '../places.ts';
import { instant, page } from '../fields.ts';
import { placeRecordPolicies } from './records.ts';

export const organizationRecord = z.object({
  id: z.string(),
  propertyId: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  policies: placeRecordPolicies,
});
export type OrganizationRecord = z.infer<typeof organizationRecord>;
export const organizationPage = page(organizationRecord);
