/** Response and request schemas of a notice's three-level pre-meeting check (SPEC M5). */
import { z } from 'zod';
import { instant, nullableInstant, optText } from '../fields.ts';
import { CHECK_STATUSES } from '../meetings.ts';

export const noticeCheck = z.object({
  level: z.number(),
  label: z.string(),
  dueAt: instant,
  status: z.enum(CHECK_STATUSES),
  finding: z.string().nullable(),
  checkedBy: z.string().nullable(),
  checkedByName: z.string().nullable(),
  checkedAt: nullableInstant,
  missedAt: nullableInstant,
});
export type NoticeCheck = z.infer<typeof noticeCheck>;

/** POST /service-notices/{id}/checks/{level}: the result of one level of the check. */
export const noticeCheckBody = z.object({ result: z.enum(['ok', 'problem']), finding: optText(1000) }).strict();
export type NoticeCheckBody = z.input<typeof noticeCheckBody>;
