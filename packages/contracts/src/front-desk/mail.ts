/**
 * Mail and parcels (邮件收发, F4): incoming items logged one by one, the recipient notified, handed over only
 * against the recipient's or a named proxy's signature; damaged packaging refused; warehouse goods and special
 * equipment signed for in person; unknown recipients listed; outgoing mail handed to the courier with both
 * signatures; newspapers checked against the subscriptions; accuracy ≥ 99% a month.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, page } from '../fields.ts';
import { fileRef } from '../files/files.ts';

export const MAIL_KINDS = ['registered_letter', 'parcel', 'remittance', 'express', 'newspaper', 'confidential'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export const MAIL_KIND_LABELS: Record<MailKind, { zh: string; en: string }> = {
  registered_letter: { zh: '挂号信函', en: 'Registered letter' },
  parcel: { zh: '包裹', en: 'Parcel' },
  remittance: { zh: '汇款单', en: 'Remittance slip' },
  express: { zh: '特快专递', en: 'Express item' },
  newspaper: { zh: '报刊杂志', en: 'Newspaper / magazine' },
  confidential: { zh: '机要文件', en: 'Confidential document' },
};
/** What the paper letter register (专用信件登记薄) holds: registered letters and 机要 documents. */
export const REGISTER_LETTER_KINDS = ['registered_letter', 'confidential'] as const satisfies readonly MailKind[];
export const MAIL_DIRECTIONS = ['in', 'out'] as const;
export type MailDirection = (typeof MAIL_DIRECTIONS)[number];
/** waiting: logged (and notified), on its pigeonhole; sent: outgoing, handed to the courier. */
export const MAIL_STATUSES = ['waiting', 'picked_up', 'refused_damaged', 'unknown', 'returned', 'lost', 'sent'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const MAIL_CONDITIONS = ['ok', 'damaged'] as const;
export type MailCondition = (typeof MAIL_CONDITIONS)[number];
export const MAIL_HANDLINGS = ['none', 'warehouse', 'special_equipment'] as const;
export type MailHandling = (typeof MAIL_HANDLINGS)[number];
export const MAIL_SIGNERS = ['recipient', 'proxy'] as const;
export type MailSigner = (typeof MAIL_SIGNERS)[number];
/** screen: drawn on a phone or tablet; paper: a recorded paper signature; portal: the tenant signs in the portal. */
export const MAIL_SIGN_METHODS = ['screen', 'paper', 'portal'] as const;
export type MailSignMethod = (typeof MAIL_SIGN_METHODS)[number];
/** misdelivery: handed to the wrong person; lost; damaged: damaged while in the desk's keeping (after receipt). */
export const MAIL_INCIDENT_KINDS = ['misdelivery', 'lost', 'damaged'] as const;
export type MailIncidentKind = (typeof MAIL_INCIDENT_KINDS)[number];
/** The accuracy target of the mail room (items handled correctly ÷ items handled). */
export const MAIL_ACCURACY_TARGET = 0.99;

export const mailItem = z.object({
  id: z.string(),
  propertyId: z.string(),
  number: z.string(),
  direction: z.enum(MAIL_DIRECTIONS),
  kind: z.enum(MAIL_KINDS),
  carrier: z.string().nullable(),
  trackingNo: z.string().nullable(),
  pieces: z.number().int(),
  recipientEntryId: z.string().nullable(),
  /** The recipient (incoming) or the sender (outgoing) as written or found in the directory. */
  recipientName: z.string(),
  recipientUnit: z.string().nullable(),
  pigeonhole: z.string(),
  condition: z.enum(MAIL_CONDITIONS),
  handling: z.enum(MAIL_HANDLINGS),
  important: z.boolean(),
  confidential: z.boolean(),
  status: z.enum(MAIL_STATUSES),
  note: z.string().nullable(),
  destination: z.string().nullable(),
  labelPhoto: fileRef.nullable(),
  receivedAt: instant,
  loggedByName: z.string(),
  notifiedAt: nullableInstant,
  remindCount: z.number().int(),
  pickup: z
    .object({
      signer: z.enum(MAIL_SIGNERS),
      name: z.string(),
      method: z.enum(MAIL_SIGN_METHODS),
      signature: fileRef.nullable(),
      at: instant,
      clerkName: z.string().nullable(),
      courierReceiptNo: z.string().nullable(),
    })
    .nullable(),
  closedNote: z.string().nullable(),
  version: z.number().int(),
  policies: z.object({ handOver: z.boolean(), proxyAllowed: z.boolean(), close: z.boolean() }),
});
export type MailItem = z.infer<typeof mailItem>;
export const mailItemPage = page(mailItem);

/** How often an issue comes: every day, weekly on a weekday (issueDay 1–7, Monday 1), monthly on a day (1–31). */
export const MAIL_FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type MailFrequency = (typeof MAIL_FREQUENCIES)[number];

export const mailSubscription = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  carrier: z.string().nullable(),
  recipientEntryId: z.string().nullable(),
  recipientName: z.string(),
  /** Copies per issue. */
  perDay: z.number().int(),
  frequency: z.enum(MAIL_FREQUENCIES),
  issueDay: z.number().int().nullable(),
  active: z.boolean(),
  stoppedAt: nullableInstant,
  /** An issue is due on the day asked for (the daily check's day; today otherwise). */
  due: z.boolean(),
  policies: z.object({ edit: z.boolean(), stop: z.boolean() }),
});
export type MailSubscription = z.infer<typeof mailSubscription>;

export const newspaperCheck = z.object({
  id: z.string(),
  day,
  subscriptionId: z.string(),
  title: z.string(),
  carrier: z.string().nullable(),
  expected: z.number().int(),
  received: z.number().int(),
  discrepancy: z.number().int(),
  note: z.string().nullable(),
  checkedByName: z.string(),
  at: instant,
});
export type NewspaperCheck = z.infer<typeof newspaperCheck>;

/** A month of newspaper checks: the discrepancies, and per carrier how many copies were short or extra. */
export const newspaperMonth = z.object({
  month: z.string(),
  checks: z.number().int(),
  discrepancies: z.number().int(),
  short: z.number().int(),
  extra: z.number().int(),
  byCarrier: z.array(
    z.object({
      carrier: z.string(),
      checks: z.number().int(),
      discrepancies: z.number().int(),
      short: z.number().int(),
      extra: z.number().int(),
    }),
  ),
  list: z.array(newspaperCheck),
});
export type NewspaperMonth = z.infer<typeof newspaperMonth>;

export const mailIncident = z.object({
  id: z.string(),
  kind: z.enum(MAIL_INCIDENT_KINDS),
  itemId: z.string(),
  itemNumber: z.string(),
  note: z.string(),
  at: instant,
  byName: z.string(),
});
export type MailIncident = z.infer<typeof mailIncident>;

export const mailAccuracy = z.object({
  month: z.string(),
  handled: z.number().int(),
  incidents: z.number().int(),
  correct: z.number().int(),
  /** correct ÷ handled, null when nothing was handled. */
  rate: z.number().nullable(),
  target: z.number(),
  met: z.boolean(),
  list: z.array(mailIncident),
});
export type MailAccuracy = z.infer<typeof mailAccuracy>;

/** The accuracy of the last months (oldest first) against the 99% line. */
export const mailAccuracyTrend = z.object({
  target: z.number(),
  months: z.array(
    z.object({
      month: z.string(),
      handled: z.number().int(),
      incidents: z.number().int(),
      correct: z.number().int(),
      rate: z.number().nullable(),
      met: z.boolean(),
    }),
  ),
});
export type MailAccuracyTrend = z.infer<typeof mailAccuracyTrend>;

export const mailRegisterPrint = z.object({ from: day, to: day, scope: z.enum(['letters', 'all']), data: z.array(mailItem) });
export type MailRegisterPrint = z.infer<typeof mailRegisterPrint>;

const code = (status: number, zh: string, en: string) => ({ status, zh, en });
export const MAIL_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  mail_damaged_refused: code(422, '包装破损的邮件不得签收，请联系收件人', 'A damaged item is never signed for: contact the recipient'),
  mail_proxy_not_allowed: code(
    422,
    '仓库货品及专业设备须由收件人本人签收',
    'Warehouse goods and special equipment are signed for by the recipient in person',
  ),
  mail_not_waiting: code(409, '该邮件已交接或已处理', 'This item has been handed over or closed already'),
  mail_signature_required: code(422, '交接须有收件人或代收人签字', 'A hand-over needs the recipient’s or a proxy’s signature'),
  mail_subscription_stopped: code(409, '该报刊订阅已停订', 'This subscription has been stopped'),
  mail_issue_day_invalid: code(422, '出版日与出版频率不符', 'The issue day does not fit the frequency'),
  mail_recipient_required: code(
    422,
    '请从通讯录选择收件人，或登记为无法投递',
    'Pick the recipient from the directory, or log it as unknown',
  ),
};
