/**
 * Strangers on the floors (T6): any staff member reports a person loitering on a guest floor — where, when, a
 * description, a photo; security is told at once and follows up on its view.
 */
import { z } from 'zod';
import { instant, nullableInstant, optText, reqText, requestDate, uuid } from '../fields.ts';

export const strangerReport = z.object({
  id: z.string(),
  propertyId: z.string(),
  building: z.string(),
  floor: z.string(),
  place: z.string().nullable(),
  seenAt: instant,
  description: z.string(),
  photoIds: z.array(z.string()),
  reportedByName: z.string(),
  createdAt: instant,
  followUp: z.string().nullable(),
  closedAt: nullableInstant,
  closedByName: z.string().nullable(),
  policies: z.object({ close: z.boolean() }),
});
export type StrangerReport = z.infer<typeof strangerReport>;
export const strangerReportList = z.object({ data: z.array(strangerReport) });
export const strangerCreate = z
  .object({
    propertyId: uuid,
    building: reqText(40),
    floor: reqText(20),
    place: optText(100),
    seenAt: requestDate,
    description: reqText(500),
    photoIds: z.array(uuid).max(4).default([]),
  })
  .strict();
export type StrangerCreate = z.input<typeof strangerCreate>;
export const strangerClose = z.object({ followUp: reqText(500) }).strict();
export type StrangerClose = z.input<typeof strangerClose>;

export const STRANGERS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  stranger_seen_in_future: { status: 422, zh: '发现时间不能晚于现在', en: 'The time seen cannot be in the future' },
  stranger_closed: { status: 409, zh: '该报告已处理', en: 'The report was dealt with already' },
};
