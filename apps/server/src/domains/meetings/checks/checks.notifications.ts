/** The messages of the three-level check's notifications (SPEC M5): a problem found, a level missed. */
import type { NoticeContent } from '../../../db/schema/index.ts';
import { meetingRef } from '../meeting/meeting.format.ts';

export const problemText = (n: { number: string }, level: number, finding: string | null) => ({
  message: { key: 'meetings.check_problem' as const, params: { noticeNumber: n.number, level, finding } },
});

export const missedText = (n: { number: string; content: NoticeContent }, level: number, dueAt: Date) => ({
  message: { key: 'meetings.check_missed' as const, params: { meeting: meetingRef(n), level, dueAt: dueAt.toISOString() } },
});
