/**
 * The messages of the notifications a service notice sends (SPEC M4): issued to each department,
 * issued late, changed / on hold / resumed, cancelled. Pure: the service decides who hears of what;
 * the reader's side renders them (packages/contracts notifications/messages.*.ts).
 */
import type { Department, Importance, NoticeChange } from '@hy/contracts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import type { DepartmentDiff } from '../tasks/tasks.rules.ts';
import { meetingRef } from '../meeting/meeting.format.ts';

type Notice = { number: string; version: number; content: NoticeContent; noticeDeadline: Date | null; issuedLate: boolean };

/** The deadline a notice sent later than the conference building's 2 days ahead missed; null otherwise. */
const lateDeadline = (n: Notice) => (n.issuedLate && n.noticeDeadline ? n.noticeDeadline.toISOString() : null);

export const issuedText = (n: Notice, department: Department, tasks: { dueAt: Date }[]) => ({
  message: {
    key: 'meetings.notice_issued' as const,
    params: {
      meeting: meetingRef(n),
      department,
      taskCount: tasks.length,
      firstDueAt: tasks[0]!.dueAt.toISOString(),
      lateDeadline: lateDeadline(n),
    },
  },
});

export const lateText = (n: Notice) => ({
  message: { key: 'meetings.notice_late' as const, params: { meeting: meetingRef(n), lateDeadline: lateDeadline(n) } },
});

export const changedText = (n: Notice, state: 'changed' | 'resumed' | 'held', changes: NoticeChange[]) => ({
  message: { key: 'meetings.notice_changed' as const, params: { meeting: meetingRef(n), version: n.version, state, changes } },
});

export const HELD: NoticeChange = { field: 'held' };

export const cancelledText = (n: Notice, cancelledTasks: number) => ({
  message: { key: 'meetings.notice_cancelled' as const, params: { meeting: meetingRef(n), cancelledTasks } },
});

/** What changed on the notice itself (rendered in the reader's language). */
export function contentChanges(a: NoticeContent, b: NoticeContent): NoticeChange[] {
  const out: NoticeChange[] = [];
  if (a.startAt !== b.startAt || a.endAt !== b.endAt) out.push({ field: 'time', from: [a.startAt, a.endAt], to: [b.startAt, b.endAt] });
  if (a.venue.id !== b.venue.id) out.push({ field: 'venue', from: a.venue.name, to: b.venue.name });
  if (a.attendeeCount !== b.attendeeCount) out.push({ field: 'attendees', from: a.attendeeCount, to: b.attendeeCount });
  if (JSON.stringify(a.services) !== JSON.stringify(b.services)) out.push({ field: 'services' });
  if (a.importance !== b.importance) out.push({ field: 'importance', from: a.importance as Importance, to: b.importance as Importance });
  if (a.layout !== b.layout) out.push({ field: 'layout', from: a.layout ?? null, to: b.layout ?? null });
  if (a.meetingName !== b.meetingName) out.push({ field: 'name' });
  return out;
}

/** A department's task changes, one per task. */
export const diffChanges = (d: DepartmentDiff): NoticeChange[] => [
  ...d.added.map((x) => ({ field: 'task_added' as const, title: x.title, quantity: x.quantity, dueAt: x.dueAt })),
  ...d.removed.map((x) => ({ field: 'task_removed' as const, title: x.title })),
  ...d.moved.map((x) => ({ field: 'task_moved' as const, title: x.title, from: x.from, to: x.to })),
  ...d.quantityChanged.map((x) => ({ field: 'task_quantity' as const, title: x.title, from: x.from, to: x.to })),
];
