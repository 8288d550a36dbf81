/**
 * Tenant files (T1): one file per tenant company (an organization of the property) — its units, key
 * leaders, staff count, contacts with Chinese and English names, the emergency contact, the move-in date —
 * the tenant list the departments receive, and the occupancy table 《用户入住情况表》.
 */
import { z } from 'zod';
import { day, optPhone, optText, reqText, uuid, realDay } from '../fields.ts';

export const TENANT_STATUSES = ['moving_in', 'occupied', 'moving_out', 'vacated'] as const;
export type TenantStatusCode = (typeof TENANT_STATUSES)[number];

const email = z
  .string()
  .trim()
  .email('email')
  .max(200)
  .nullish()
  .or(z.literal(''))
  .transform((v) => v || null);

export const tenantLeader = z.object({ name: reqText(50), title: reqText(50), phone: optPhone });
export const tenantContact = z.object({
  nameZh: reqText(50),
  nameEn: optText(80),
  title: optText(50),
  phone: optPhone,
  email,
});

/** PUT /tenant-files/:organizationId — the whole file (creates it on first save). */
export const tenantFileSave = z
  .object({
    nameEn: optText(200),
    status: z.enum(TENANT_STATUSES).default('occupied'),
    areaSqm: z.number().positive().max(1_000_000).nullish(),
    staffCount: z.number().int().min(0).max(100_000).nullish(),
    moveInDate: realDay('date').nullish(),
    leaders: z.array(tenantLeader).max(20).default([]),
    contacts: z.array(tenantContact).max(30).default([]),
    emergencyName: optText(50),
    emergencyPhone: optPhone,
    notes: optText(2000),
    /** The version read (optimistic lock); omitted on first save. */
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type TenantFileSave = z.input<typeof tenantFileSave>;

export const tenantFilesQuery = z.object({
  propertyId: uuid,
  q: z.string().trim().max(100).optional(),
  status: z.enum(TENANT_STATUSES).optional(),
});

const leaderOut = z.object({ name: z.string(), title: z.string(), phone: z.string().nullable() });
const contactOut = z.object({
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
const unitOut = z.object({ id: z.string(), code: z.string(), building: z.string(), floor: z.string().nullable() });

/** One tenant company in the list (also the rows of the occupancy table). */
export const tenantSummary = z.object({
  organizationId: z.string(),
  propertyId: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  nameEn: z.string().nullable(),
  /** false: no file saved yet (the organization exists, its file is empty). */
  hasFile: z.boolean(),
  status: z.enum(TENANT_STATUSES),
  units: z.array(unitOut),
  areaSqm: z.number().nullable(),
  staffCount: z.number().int().nullable(),
  moveInDate: day.nullable(),
  contact: contactOut.nullable(),
  emergencyName: z.string().nullable(),
  emergencyPhone: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type TenantSummary = z.infer<typeof tenantSummary>;

export const tenantFile = tenantSummary.extend({
  leaders: z.array(leaderOut),
  contacts: z.array(contactOut),
  notes: z.string().nullable(),
  version: z.number().int(),
  policies: z.object({ edit: z.boolean(), applications: z.boolean(), visits: z.boolean() }),
});
export type TenantFile = z.infer<typeof tenantFile>;
export const tenantFileList = z.object({ data: z.array(tenantSummary), policies: z.object({ edit: z.boolean() }) });
export type TenantFileList = z.infer<typeof tenantFileList>;

export const FILES_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  tenant_file_stale: {
    status: 409,
    zh: '档案已被他人修改，请刷新后再保存',
    en: 'The file was changed by someone else; reload and save again',
  },
};
