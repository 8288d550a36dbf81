/** Requests of lending. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { LOAN_CONDITIONS, optText, pageQuery, optPhone, reqText, requestDate, uuid } from '@hy/contracts';

const itemFields = {
  nameZh: reqText(40),
  nameEn: optText(60),
  total: z.number().int().min(0).max(10_000),
  loanHours: z.number().int().min(1).max(720).default(24),
  note: optText(300),
};
export const itemCreate = z.object({ propertyId: uuid, ...itemFields }).strict();
export type ItemCreate = z.infer<typeof itemCreate>;
export const itemPatch = z
  .object({ ...itemFields, loanHours: z.number().int().min(1).max(720), active: z.boolean() })
  .partial()
  .strict();
export type ItemPatch = z.infer<typeof itemPatch>;
export const itemQuery = z.object({ propertyId: uuid, all: z.enum(['true', 'false']).optional() });

export const loanCreate = z
  .object({
    propertyId: uuid,
    itemId: uuid,
    quantity: z.number().int().min(1).max(50).default(1),
    borrowerName: reqText(40),
    borrowerPhone: optPhone,
    borrowerEntryId: uuid.nullish(),
    borrowerCompany: optText(80),
    /** Default: now + the item's loan period. */
    dueAt: requestDate.optional(),
    note: optText(300),
  })
  .strict();
export type LoanCreate = z.infer<typeof loanCreate>;

export const loanReturn = z.object({ condition: z.enum(LOAN_CONDITIONS), note: optText(300) }).strict();
export type LoanReturn = z.infer<typeof loanReturn>;

export const loanQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  state: z.enum(['open', 'overdue', 'returned', 'all']).default('all'),
  itemId: uuid.optional(),
  q: z.string().trim().max(64).optional(),
  from: requestDate.optional(),
  to: requestDate.optional(),
});
export type LoanQuery = z.infer<typeof loanQuery>;
export const registerExportQuery = z.object({ propertyId: uuid, from: requestDate.optional(), to: requestDate.optional() });
export type RegisterExportQuery = z.infer<typeof registerExportQuery>;
