/** Requests of the message book and the call log. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { optText, pageQuery, optPhone, reqText, requestDate, uuid } from '@hy/contracts';

export const messageCreate = z
  .object({
    propertyId: uuid,
    recipientEntryId: uuid,
    callerName: reqText(40),
    callerPhone: optPhone,
    callerCompany: optText(80),
    content: reqText(1000),
    urgent: z.boolean().default(false),
  })
  .strict();
export type MessageCreate = z.infer<typeof messageCreate>;

export const messageQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  /** open: logged or notified, not yet delivered (the desk's first look); delivered; all. */
  state: z.enum(['open', 'delivered', 'all']).default('all'),
  q: z.string().trim().max(64).optional(),
  from: requestDate.optional(),
  to: requestDate.optional(),
});
export type MessageQuery = z.infer<typeof messageQuery>;
export const myMessagesQuery = z.object({ ...pageQuery });

export const messageDeliver = z.object({ how: z.enum(['phone', 'in_person']) }).strict();
export type MessageDeliver = z.infer<typeof messageDeliver>;

export const callCreate = z
  .object({
    propertyId: uuid,
    callerName: reqText(40),
    callerPhone: optPhone,
    topic: reqText(200),
    departmentEntryId: uuid.nullish(),
    note: optText(1000),
    durationMin: z.number().int().min(0).max(600).nullish(),
  })
  .strict();
export type CallCreate = z.infer<typeof callCreate>;

export const callQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  q: z.string().trim().max(64).optional(),
  from: requestDate.optional(),
  to: requestDate.optional(),
});
export type CallQuery = z.infer<typeof callQuery>;

export const bookExportQuery = z.object({ propertyId: uuid, from: requestDate.optional(), to: requestDate.optional() });
export type BookExportQuery = z.infer<typeof bookExportQuery>;
