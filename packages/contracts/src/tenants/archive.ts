/**
 * The tenants' archive (T1): the register 《年月档案存档记录表》 (file number, title and content, pages,
 * filing date, filed by, category), borrowing through the secretary (who borrowed, copy taken, original
 * returned and checked, entry cancelled), overdue loans, and the retention settings (monthly tidy, binder
 * kept two years).
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optText, reqText, uuid, realDay } from '../fields.ts';

export const ARCHIVE_CATEGORIES = ['contract', 'move_in', 'fit_out', 'move_out', 'correspondence', 'visit', 'other'] as const;
export type ArchiveCategoryCode = (typeof ARCHIVE_CATEGORIES)[number];

export const archiveEntryCreate = z
  .object({
    propertyId: uuid,
    organizationId: uuid.nullish(),
    /** Omitted: the next number of the month (DA-YYYYMM-NNN). */
    fileNo: z.string().trim().min(1).max(40).optional(),
    title: reqText(300),
    category: z.enum(ARCHIVE_CATEGORIES),
    pages: z.number().int().min(1).max(10_000),
    filedOn: realDay('date'),
  })
  .strict();
export type ArchiveEntryCreate = z.input<typeof archiveEntryCreate>;

export const archiveQuery = z.object({
  propertyId: uuid,
  /** 'YYYY-MM': the month's register. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional(),
  organizationId: uuid.optional(),
  out: z.enum(['true', 'false']).optional(),
});
export const loanCreate = z
  .object({
    borrowerName: reqText(50),
    borrowerDept: optText(50),
    purpose: optText(300),
    /** Omitted: today + the loan days setting. */
    dueOn: realDay('date').optional(),
  })
  .strict();
export const loanReturn = z.object({ copyTaken: z.boolean().default(false), note: optText(300) }).strict();
export const loansQuery = z.object({ propertyId: uuid, overdue: z.enum(['true', 'false']).optional() });

export const archiveLoan = z.object({
  id: z.string(),
  entryId: z.string(),
  fileNo: z.string(),
  title: z.string(),
  organizationName: z.string().nullable(),
  borrowerName: z.string(),
  borrowerDept: z.string().nullable(),
  purpose: z.string().nullable(),
  copyTaken: z.boolean(),
  lentByName: z.string(),
  lentAt: instant,
  dueOn: day,
  returnedAt: nullableInstant,
  checkedByName: z.string().nullable(),
  returnNote: z.string().nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
});
export type ArchiveLoan = z.infer<typeof archiveLoan>;

export const archiveEntry = z.object({
  id: z.string(),
  propertyId: z.string(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  fileNo: z.string(),
  title: z.string(),
  category: z.enum(ARCHIVE_CATEGORIES),
  pages: z.number().int(),
  filedOn: day,
  filedByName: z.string(),
  cancelledAt: nullableInstant,
  /** The loan now out, if any. */
  loan: archiveLoan.nullable(),
  /** In the binder past the retention years: to be bound and moved to an archive bag. */
  toBind: z.boolean(),
});
export type ArchiveEntry = z.infer<typeof archiveEntry>;
export const archiveList = z.object({
  data: z.array(archiveEntry),
  retention: z.object({ binderYears: z.number().int(), loanDays: z.number().int() }),
});
export const archiveLoanList = z.object({ data: z.array(archiveLoan) });

export const ARCHIVE_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  document_out: { status: 409, zh: '该档案已借出，尚未归还', en: 'The document is out on loan' },
  document_cancelled: { status: 409, zh: '该档案已注销', en: 'The document entry is cancelled' },
  loan_returned: { status: 409, zh: '该借阅已归还', en: 'The loan was returned already' },
  archive_file_no_taken: { status: 409, zh: '文件编号已存在', en: 'The file number exists already' },
  loan_due: { status: 422, zh: '归还日期不能早于今天', en: 'The due date cannot be in the past' },
};
