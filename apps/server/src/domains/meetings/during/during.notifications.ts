/** The messages of the notifications of incidents during a meeting (SPEC M8): an equipment failure to AV, a serious incident escalated. */
import type { NoticeContent } from '../../../db/schema/index.ts';
import { meetingRef } from '../meeting/meeting.format.ts';

export const equipmentFailureText = (n: { number: string }, description: string) => ({
  message: { key: 'meetings.incident' as const, params: { noticeNumber: n.number, description } },
});

export const escalatedText = (n: { number: string; content: NoticeContent }, description: string) => ({
  message: { key: 'meetings.incident_escalated' as const, params: { meeting: meetingRef(n), description } },
});
