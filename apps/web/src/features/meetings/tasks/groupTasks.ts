/** 我的任务's order: tasks grouped per meeting; meetings with overdue tasks first, then those running now, then by their next task; finished ones last. */
import type { BoardMeeting, BoardTask } from '../api';

export type MeetingState = 'overdue' | 'now' | 'next' | 'done';

export interface MeetingGroup {
  id: string;
  meeting: BoardMeeting;
  open: BoardTask[];
  done: BoardTask[];
  overdue: number;
  state: MeetingState;
  /** The due time of the first open task (or of the first task when all are done). */
  next: string;
}

const RANK: Record<MeetingState, number> = { overdue: 0, now: 1, next: 2, done: 3 };

export const isOverdue = (x: BoardTask, now: number) => x.status === 'open' && (x.overdue || Date.parse(x.dueAt) <= now);

/** An open task's slot as the cockpit's tiles count it: overdue, due within two hours, or later. */
export type TaskSlot = 'overdue' | 'now' | 'next';
export const TASK_SLOTS: readonly TaskSlot[] = ['overdue', 'now', 'next'];
const SOON_MS = 2 * 60 * 60_000;
export const slotOf = (x: BoardTask, now: number): TaskSlot =>
  isOverdue(x, now) ? 'overdue' : Date.parse(x.dueAt) < now + SOON_MS ? 'now' : 'next';

export function groupTasks(tasks: BoardTask[], now: number): MeetingGroup[] {
  const byMeeting = new Map<string, BoardTask[]>();
  for (const x of tasks) byMeeting.set(x.noticeId, [...(byMeeting.get(x.noticeId) ?? []), x]);
  return [...byMeeting.entries()]
    .map(([id, list]) => {
      const open = list.filter((x) => x.status === 'open').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      const done = list.filter((x) => x.status === 'done');
      const meeting = list[0]!.meeting;
      const overdue = open.filter((x) => isOverdue(x, now)).length;
      const running = Date.parse(meeting.startAt) <= now && now < Date.parse(meeting.endAt);
      const state: MeetingState = !open.length ? 'done' : overdue ? 'overdue' : running ? 'now' : 'next';
      return { id, meeting, open, done, overdue, state, next: open[0]?.dueAt ?? list[0]!.dueAt };
    })
    .sort((a, b) => RANK[a.state] - RANK[b.state] || a.next.localeCompare(b.next) || a.meeting.startAt.localeCompare(b.meeting.startAt));
}
