/** Requests of the directory. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { ADMIT_RULES, DIRECTORY_KINDS, optText, pageQuery, optPhone, reqText, uuid } from '@hy/contracts';

const flag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

export const directoryQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  q: z.string().trim().max(64).optional(),
  kind: z.enum(DIRECTORY_KINDS).optional(),
  parentId: uuid.optional(),
  executive: flag,
  archived: flag,
});
export type DirectoryQuery = z.infer<typeof directoryQuery>;

const fields = {
  kind: z.enum(DIRECTORY_KINDS),
  parentId: uuid.nullish(),
  organizationId: uuid.nullish(),
  unitId: uuid.nullish(),
  location: optText(100),
  nameZh: reqText(60),
  nameEn: optText(120),
  title: optText(60),
  phone: optPhone,
  mobile: optPhone,
  emergencyContact: optText(40),
  emergencyPhone: optPhone,
  userId: uuid.nullish(),
  executive: z.boolean().default(false),
  admitRule: z.enum(ADMIT_RULES).default('normal'),
  note: optText(500),
};
export const directoryCreate = z.object({ propertyId: uuid, ...fields }).strict();
export const directoryPatch = z
  .object({ ...fields, executive: z.boolean(), admitRule: z.enum(ADMIT_RULES) })
  .partial()
  .strict();
export const directoryExportQuery = z.object({ propertyId: uuid, kind: z.enum(DIRECTORY_KINDS).optional() });

export type DirectoryCreate = z.infer<typeof directoryCreate>;
export type DirectoryPatch = z.infer<typeof directoryPatch>;
