/** Response schema of a notice's three-level pre-meeting check (SPEC M5). */
import { z } from 'zod';
import { instant, nullableInstant } from '../fields.ts';
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
