/** Requests of the mail room. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import {
  MAIL_CONDITIONS,
  MAIL_DIRECTIONS,
  MAIL_FREQUENCIES,
  MAIL_HANDLINGS,
  MAIL_INCIDENT_KINDS,
  MAIL_KINDS,
  MAIL_SIGNERS,
  MAIL_SIGN_METHODS,
  MAIL_STATUSES,
  optText,
  pageQuery,
  reqText,
  uuid,
} from '@hy/contracts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const mailQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  status: z
    .string()
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.enum(MAIL_STATUSES)))
    .optional(),
  direction: z.enum(MAIL_DIRECTIONS).optional(),
  q: z.string().trim().max(64).optional(),
  pigeonhole: z
    .string()
    .regex(/^[A-Z#]$/)
    .optional(),
  from: day.optional(),
  to: day.optional(),
});
export type MailQuery = z.infer<typeof mailQuery>;

export const registerQuery = z.object({ propertyId: uuid, from: day, to: day, direction: z.enum(MAIL_DIRECTIONS).optional() });
export type RegisterQuery = z.infer<typeof registerQuery>;
export const registerPrintQuery = z.object({ propertyId: uuid, from: day, to: day, scope: z.enum(['letters', 'all']).default('letters') });
export type RegisterPrintQuery = z.infer<typeof registerPrintQuery>;

export const mailCreate = z
  .object({
    propertyId: uuid,
    direction: z.enum(MAIL_DIRECTIONS).default('in'),
    kind: z.enum(MAIL_KINDS),
    carrier: optText(40),
    trackingNo: optText(60),
    pieces: z.number().int().min(1).max(999).default(1),
    /** From the directory; none: the recipient (or, outgoing, the sender) as written, an unknown item. */
    recipientEntryId: uuid.nullish(),
    recipientName: optText(60),
    condition: z.enum(MAIL_CONDITIONS).default('ok'),
    handling: z.enum(MAIL_HANDLINGS).default('none'),
    important: z.boolean().default(false),
    confidential: z.boolean().default(false),
    note: optText(300),
    destination: optText(120),
    labelPhotoId: uuid.nullish(),
  })
  .strict();
export type MailCreate = z.infer<typeof mailCreate>;

export const handOverBody = z
  .object({
    /** The version the clerk saw: a hand-over of a changed item is a conflict. */
    version: z.number().int().optional(),
    signer: z.enum(MAIL_SIGNERS),
    name: reqText(40),
    method: z.enum(MAIL_SIGN_METHODS),
    signatureId: uuid.nullish(),
    /** Outgoing: the courier's receipt number. */
    courierReceiptNo: optText(60),
  })
  .strict();
export type HandOverBody = z.infer<typeof handOverBody>;

export const closeBody = z.object({ to: z.enum(['returned', 'lost']), note: reqText(300) }).strict();
export const resolveBody = z.object({ recipientEntryId: uuid }).strict();
export const incidentBody = z.object({ kind: z.enum(MAIL_INCIDENT_KINDS), note: reqText(300) }).strict();
export const accuracyQuery = z.object({ propertyId: uuid, month: z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM') });
export const trendQuery = z.object({
  propertyId: uuid,
  to: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'YYYY-MM')
    .optional(),
});
const subscriptionFields = {
  title: reqText(60),
  publisher: optText(60),
  carrier: optText(40),
  /** The recipient from the directory; the name is then taken from it. */
  recipientEntryId: uuid.nullish(),
  recipientName: optText(60),
  /** Copies per issue. */
  perDay: z.number().int().min(0).max(999),
  frequency: z.enum(MAIL_FREQUENCIES).default('daily'),
  issueDay: z.number().int().min(1).max(31).nullish(),
};
export const subscriptionBody = z.object({ propertyId: uuid, ...subscriptionFields }).strict();
export type SubscriptionBody = z.infer<typeof subscriptionBody>;
export const subscriptionPatch = z
  .object({ ...subscriptionFields, frequency: z.enum(MAIL_FREQUENCIES), active: z.boolean().optional() })
  .partial()
  .strict();
export type SubscriptionPatch = z.infer<typeof subscriptionPatch>;
export const subscriptionsQuery = z.object({
  propertyId: uuid,
  /** The day the `due` flags are for (default today). */
  day: day.optional(),
  /** Stopped subscriptions too. */
  all: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const monthQuery = z.object({ propertyId: uuid, month: z.string().regex(/^\d{4}-\d{2}$/, 'YYYY-MM') });
export const checksQuery = z.object({ propertyId: uuid, from: day, to: day });
export const checkBody = z
  .object({
    propertyId: uuid,
    subscriptionId: uuid,
    day,
    received: z.number().int().min(0).max(999),
    carrier: optText(40),
    note: optText(300),
  })
  .strict();
export type CheckBody = z.infer<typeof checkBody>;
