/**
 * Texts of the notifications a service notice sends (SPEC M4): issued to each department, issued
 * late, changed / on hold / resumed, cancelled. Pure: the service decides who hears of what.
 */
import { DEPARTMENT_LABELS, type Department } from '@hy/contracts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { meetingLine } from '../meeting/meeting.format.ts';

type Notice = { number: string; version: number; content: NoticeContent; noticeDeadline: Date | null; issuedLate: boolean };
type Fmt = (d: Date | string) => string;

/** The note on a notice sent later than the conference building's 2 days ahead; empty otherwise. */
export const lateNote = (n: Notice, f: Fmt) => (n.issuedLate ? `（晚于规定的提前2天发出，截止 ${f(n.noticeDeadline!)}）` : '');

export const issuedText = (n: Notice, d: Department, tasks: { dueAt: Date }[], f: Fmt) => ({
  title: `会议服务通知单 ${n.number}`,
  body: `${meetingLine(n, f)}：${DEPARTMENT_LABELS[d].zh}任务 ${tasks.length} 项，首项 ${f(tasks[0]!.dueAt)}${lateNote(n, f)}`,
});

export const lateText = (n: Notice, f: Fmt) => ({ title: `通知单发出过晚 ${n.number}`, body: `${meetingLine(n, f)}${lateNote(n, f)}` });

/** `what`: 已变更, 已恢复, 已暂停. */
export const changedText = (n: Notice, what: string, lines: string[], f: Fmt) => ({
  title: `会议服务通知单${what} ${n.number}（第${n.version}版）`,
  body: `${meetingLine(n, f)}\n${lines.join('\n')}`,
});

export const HELD_LINE = '预订已改回待审批，暂停准备，待机关事务局批准后恢复';

export const cancelledText = (n: Notice, cancelledTasks: number, f: Fmt) => ({
  title: `会议取消 ${n.number}`,
  body: `${meetingLine(n, f)}：已取消本部门未完成任务 ${cancelledTasks} 项`,
});

/** What changed on the notice itself, for people to read. */
export function contentChanges(a: NoticeContent, b: NoticeContent, f: (d: string) => string): string[] {
  const out: string[] = [];
  if (a.startAt !== b.startAt || a.endAt !== b.endAt) out.push(`时间：${f(a.startAt)}–${f(a.endAt)} → ${f(b.startAt)}–${f(b.endAt)}`);
  if (a.venue.id !== b.venue.id) out.push(`会场：${a.venue.name} → ${b.venue.name}`);
  if (a.attendeeCount !== b.attendeeCount) out.push(`人数：${a.attendeeCount} → ${b.attendeeCount}`);
  if (JSON.stringify(a.services) !== JSON.stringify(b.services)) out.push('服务要求已变更');
  if (a.importance !== b.importance) out.push(`重要程度：${a.cupTypeText} → ${b.cupTypeText}`);
  if (a.layout !== b.layout) out.push(`布局：${a.layout ?? '-'} → ${b.layout ?? '-'}`);
  if (a.meetingName !== b.meetingName) out.push('会议名称已变更');
  return out;
}
