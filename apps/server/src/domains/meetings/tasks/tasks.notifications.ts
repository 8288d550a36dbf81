/** Texts of the notifications about a meeting's tasks (SPEC M4, M5): overdue tasks, a department ready. */
import { DEPARTMENT_LABELS, type Department } from '@hy/contracts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { meetingLine } from '../meeting/meeting.format.ts';

export const overdueText = (
  n: { number: string; content: NoticeContent },
  d: Department,
  tasks: { title: string; dueAt: Date }[],
  f: (d: Date | string) => string,
) => ({
  title: `会议任务逾期 ${n.number}（${DEPARTMENT_LABELS[d].zh}）`,
  body: `${meetingLine(n, f)}\n${tasks.map((t) => `${t.title}（应于 ${f(t.dueAt)} 完成）`).join('\n')}`,
});

export const readyText = (n: { number: string }, d: Department) => ({
  title: `${DEPARTMENT_LABELS[d].zh}准备就绪 ${n.number}`,
  body: '请检查核实 / please verify',
});
