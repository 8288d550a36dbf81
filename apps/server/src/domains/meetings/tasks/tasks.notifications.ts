/** The messages of the notifications about a meeting's tasks (SPEC M4, M5): overdue tasks, a department ready. */
import type { Department } from '@hy/contracts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { meetingRef } from '../meeting/meeting.format.ts';

export const overdueText = (
  n: { number: string; content: NoticeContent },
  department: Department,
  tasks: { title: string; dueAt: Date }[],
) => ({
  message: {
    key: 'meetings.task_overdue' as const,
    params: { meeting: meetingRef(n), department, tasks: tasks.map((t) => ({ title: t.title, dueAt: t.dueAt.toISOString() })) },
  },
});

export const readyText = (n: { number: string }, department: Department) => ({
  message: { key: 'meetings.department_ready' as const, params: { noticeNumber: n.number, department } },
});
