/**
 * The directory (通讯录, F2): departments of the property company, tenants (the units and companies in the
 * buildings) and their people, with Chinese and English names, unit, phones and emergency contact. Staff
 * read it (the desk finds a host or a recipient by name, unit, company or pinyin initials); phone numbers
 * never reach outside users.
 */
import { z } from 'zod';
import { instant, page } from '../fields.ts';

export const DIRECTORY_KINDS = ['department', 'tenant', 'person'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

/** Executive-floor admission: normal, or "do not admit without the office's word" (F6). */
export const ADMIT_RULES = ['normal', 'office_word'] as const;
export type AdmitRule = (typeof ADMIT_RULES)[number];

export const directoryEntry = z.object({
  id: z.string(),
  propertyId: z.string(),
  kind: z.enum(DIRECTORY_KINDS),
  /** A person's department or tenant. */
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  organizationId: z.string().nullable(),
  unitId: z.string().nullable(),
  /** Where to find them: building, floor, room ("主楼 18F 1801"). */
  location: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
  emergencyContact: z.string().nullable(),
  emergencyPhone: z.string().nullable(),
  /** The person's account, when they have one: in-app notifications and consent requests go there. */
  userId: z.string().nullable(),
  executive: z.boolean(),
  admitRule: z.enum(ADMIT_RULES),
  /** Pinyin initials of the Chinese name ("lmh" for 李明华). */
  initials: z.string(),
  /** The A–Z pigeonhole of mail, from the pinyin of the name (# when none). */
  pigeonhole: z.string(),
  note: z.string().nullable(),
  archived: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
  policies: z.object({ update: z.boolean() }),
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;
export const directoryPage = page(directoryEntry);

export const DIRECTORY_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  directory_parent_invalid: {
    status: 422,
    zh: '所属部门或单位不存在，或不能作为上级',
    en: 'The department or tenant does not exist or cannot hold people',
  },
};
