/**
 * The desk queue (总台工作台, F1–F5): one answer with every list the front desk works from — visitors
 * waiting for the host's consent, visitors in the building, parcels waiting for pickup, messages not yet
 * delivered, loans overdue — each section a total and its most urgent rows, present only when the
 * caller may read that list (a section they may not read is null).
 */
import { z } from 'zod';
import { PERMISSIONS, type Permission } from '../roles.ts';
import { instant, nullableInstant } from '../fields.ts';
import { MAIL_KINDS } from './mail.ts';
import { shiftHandoverSummary } from './handover.ts';

/** How many rows each section carries (the card shows them; the header links to the full list). */
export const QUEUE_TOP = 8;

/** The permission that lets a caller read each section. */
export const QUEUE_SECTION_PERMISSIONS = {
  consent: 'frontdesk.visitors',
  inside: 'frontdesk.visitors',
  parcels: 'frontdesk.mail',
  messages: 'frontdesk.messages',
  loans: 'frontdesk.lending',
} as const satisfies Record<string, Permission>;
export type QueueSectionKey = keyof typeof QUEUE_SECTION_PERMISSIONS;
export const QUEUE_SECTIONS = Object.keys(QUEUE_SECTION_PERMISSIONS) as QueueSectionKey[];

/** Roles that see at least one section (the page's menu entry). */
export const QUEUE_ROLES = [...new Set(Object.values(QUEUE_SECTION_PERMISSIONS).flatMap((p) => PERMISSIONS[p]))];

const section = <T extends z.ZodTypeAny>(item: T) => z.object({ total: z.number().int(), items: z.array(item) }).nullable();

export const queueConsentItem = z.object({
  id: z.string(),
  number: z.string(),
  status: z.enum(['awaiting_consent', 'held']),
  visitorName: z.string(),
  partySize: z.number().int(),
  company: z.string().nullable(),
  hostName: z.string(),
  hostUnit: z.string().nullable(),
  createdAt: instant,
  consentDeadline: nullableInstant,
  /** the deadline passed: phone the host */
  overdue: z.boolean(),
});
export const queueInsideItem = z.object({
  id: z.string(),
  number: z.string(),
  visitorName: z.string(),
  partySize: z.number().int(),
  company: z.string().nullable(),
  hostName: z.string(),
  badgeNo: z.string().nullable(),
  checkedInAt: instant,
  policies: z.object({ checkOut: z.boolean() }),
});
export const queueParcelItem = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(MAIL_KINDS),
  pieces: z.number().int(),
  carrier: z.string().nullable(),
  recipientName: z.string(),
  recipientUnit: z.string().nullable(),
  pigeonhole: z.string(),
  important: z.boolean(),
  confidential: z.boolean(),
  receivedAt: instant,
});
export const queueMessageItem = z.object({
  id: z.string(),
  recipientName: z.string(),
  callerName: z.string(),
  content: z.string(),
  urgent: z.boolean(),
  status: z.enum(['logged', 'notified']),
  takenAt: instant,
});
export const queueLoanItem = z.object({
  id: z.string(),
  itemNameZh: z.string(),
  itemNameEn: z.string().nullable(),
  quantity: z.number().int(),
  borrowerName: z.string(),
  borrowerCompany: z.string().nullable(),
  dueAt: instant,
});

export const deskQueue = z.object({
  propertyId: z.string(),
  at: instant,
  consent: section(queueConsentItem),
  inside: section(queueInsideItem),
  parcels: section(queueParcelItem),
  messages: section(queueMessageItem),
  loans: section(queueLoanItem),
  /**
   * The current shift handover (交接班, F5): the latest one submitted and not yet accepted, without its items
   * (the handover page has them); null when there is none or the reader may not read handovers.
   */
  handover: shiftHandoverSummary.nullable(),
});
export type DeskQueue = z.infer<typeof deskQueue>;
export type QueueConsentItem = z.infer<typeof queueConsentItem>;
export type QueueInsideItem = z.infer<typeof queueInsideItem>;
export type QueueParcelItem = z.infer<typeof queueParcelItem>;
export type QueueMessageItem = z.infer<typeof queueMessageItem>;
export type QueueLoanItem = z.infer<typeof queueLoanItem>;
