/** Response and request schemas of service notices (SPEC M4, M5, M8, M12a): the notice, a list row, the printable 《会议服务通知单》. */
import { z } from 'zod';
import { BOOKING_SERVICES, CONFIDENTIALITY_LEVELS, IMPORTANCE_LEVELS, WATER_KINDS } from '../bookings.ts';
import { instant, list, nullableInstant, uuid } from '../fields.ts';
import { DEPARTMENTS, LIVE_STATUSES, NOTICE_STATUSES } from '../meetings.ts';
import { meetingTask } from './tasks.ts';
import { noticeCheck } from './checks.ts';
import { meetingIncident } from './during.ts';
import { noticeRange } from './request-fields.ts';

/** One service the booking asked for (banner text, water kind, quantities). */
export const noticeServiceItem = z.object({
  code: z.enum(BOOKING_SERVICES),
  qty: z.number().optional(),
  kind: z.enum(WATER_KINDS).optional(),
  text: z.string().optional(),
  notes: z.string().optional(),
});
/** What the notice copied from its booking when it was issued (or last brought up to date). */
export const noticeContent = z.object({
  bookingNumber: z.string(),
  meetingName: z.string(),
  startAt: instant,
  endAt: instant,
  venue: z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    class: z.string(),
    building: z.string().nullable(),
    buildingCode: z.string().nullable(),
  }),
  linkedVenues: z.array(z.string()),
  organizerUnit: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  attendeeCount: z.number(),
  layout: z.string().nullable(),
  services: z.array(noticeServiceItem),
  notes: z.string().nullable(),
  importance: z.enum(IMPORTANCE_LEVELS),
  cupType: z.enum(['own_cups', 'porcelain', 'paper']),
  cupTypeText: z.string(),
  servingOrder: z.array(z.string()),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
});
export type NoticeContent = z.infer<typeof noticeContent>;

/** A department of a notice: its tasks and readiness. */
export const noticeDepartment = z.object({
  department: z.enum(DEPARTMENTS),
  label: z.string(),
  total: z.number(),
  done: z.number(),
  openBeforeStart: z.number(),
  readyAt: nullableInstant,
  readyBy: z.string().nullable(),
  verifiedAt: nullableInstant,
  verifiedBy: z.string().nullable(),
  readyLate: z.boolean(),
  tasks: z.array(meetingTask),
});
export type NoticeDepartment = z.infer<typeof noticeDepartment>;

/** What the actor may do with a notice (the type is NoticePolicies). */
export const noticePolicies = z.object({
  issue: z.boolean(),
  verify: z.boolean(),
  start: z.boolean(),
  end: z.boolean(),
  reportIncident: z.boolean(),
  readiness: z.array(z.enum(DEPARTMENTS)),
  checks: z.array(z.number()),
});

/** A notice with its departments, tasks, checks, incidents and policies. */
export const noticeDetail = z.object({
  id: z.string(),
  propertyId: z.string(),
  bookingId: z.string(),
  number: z.string(),
  version: z.number(),
  status: z.enum(NOTICE_STATUSES),
  liveStatus: z.enum(LIVE_STATUSES),
  startAt: instant,
  endAt: instant,
  content: noticeContent,
  conferenceBuilding: z.boolean(),
  noticeDeadline: nullableInstant,
  readyDeadline: nullableInstant,
  issuedLate: z.boolean(),
  issuedBy: z.string().nullable(),
  issuedAt: instant,
  startedAt: nullableInstant,
  endedAt: nullableInstant,
  departments: z.array(noticeDepartment),
  checks: z.array(noticeCheck),
  incidents: z.array(meetingIncident),
  policies: noticePolicies,
});
export type Notice = z.infer<typeof noticeDetail>;
/** The same shape, under the name the contract gives every record's full view. */
export type NoticeDetail = Notice;

/** A row of the notice list. */
export const noticeRow = z.object({
  id: z.string(),
  number: z.string(),
  version: z.number(),
  status: z.enum(NOTICE_STATUSES),
  bookingId: z.string(),
  startAt: instant,
  endAt: instant,
  meetingName: z.string(),
  confidentiality: z.string(),
  venue: z.string(),
  attendeeCount: z.number(),
  issuedLate: z.boolean(),
  tasks: z.number(),
  done: z.number(),
  liveStatus: z.enum(LIVE_STATUSES),
});
export type NoticeRow = z.infer<typeof noticeRow>;
export const noticeList = list(noticeRow);
export type NoticeList = z.infer<typeof noticeList>;

/** The printable 《会议服务通知单》 (local times as text) with one task sheet per department. */
export const noticePrint = z.object({
  form: z.string(),
  number: z.string(),
  version: z.number(),
  status: z.enum(NOTICE_STATUSES),
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  servingOrder: z.array(z.string()),
  issuedBy: z.string().nullable(),
  issuedAt: z.string(),
  noticeDeadline: z.string().nullable(),
  readyDeadline: z.string().nullable(),
  issuedLate: z.boolean(),
  sheets: z.array(
    z.object({
      department: z.enum(DEPARTMENTS),
      label: z.string(),
      cupType: z.string().optional(),
      servingOrder: z.array(z.string()).optional(),
      rows: z.array(z.object({ due: z.string(), title: z.string(), quantity: z.string(), instructions: z.string(), done: z.string() })),
    }),
  ),
});
export type NoticePrint = z.infer<typeof noticePrint>;

/* Requests. Bodies are strict: unknown fields are refused. */

/** POST /service-notices: issue the notice of a confirmed booking. */
export const noticeCreateBody = z.object({ bookingId: uuid }).strict();
export type NoticeCreateBody = z.input<typeof noticeCreateBody>;
/** GET /service-notices: the notices whose meetings fall in [from, to). */
export const noticeListQuery = z.object(noticeRange);
export type NoticeListQuery = z.input<typeof noticeListQuery>;
