import { z } from 'zod';
import { ORGANIZATION_KINDS } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';
import { id, list, optPhone } from '../resource/resource.schema.ts';

const organizationFields = {
  name: reqText(100),
  shortName: optText(50),
  kind: z.enum(ORGANIZATION_KINDS).default('government'),
  contactName: optText(50),
  contactPhone: optPhone,
};
export const organizationCreate = z.object({ propertyId: id, ...organizationFields }).strict();
export const organizationPatch = z.object(organizationFields).partial().strict();

export const organizationQuery = z.object({ ...list, kind: z.enum(ORGANIZATION_KINDS).optional() });

export type OrganizationCreate = z.infer<typeof organizationCreate>;
export type OrganizationPatch = z.infer<typeof organizationPatch>;
export type OrganizationQuery = z.infer<typeof organizationQuery>;
