/** Texts of the three-level check's notifications (SPEC M5): a problem found, a level missed. */
import { CHECK_LEVELS } from '@hy/contracts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { meetingLine } from '../meeting/meeting.format.ts';

export const problemText = (n: { number: string }, level: number, finding: string | null) => ({
  title: `第${level}级检查发现问题 ${n.number}`,
  body: finding ?? '',
});

export const missedText = (n: { number: string; content: NoticeContent }, level: number, dueAt: Date, f: (d: Date | string) => string) => ({
  title: `第${level}级会前检查未按时确认 ${n.number}`,
  body: `${meetingLine(n, f)}：${CHECK_LEVELS[level - 1]!.zh}应于 ${f(dueAt)} 前完成，请跟进`,
});
