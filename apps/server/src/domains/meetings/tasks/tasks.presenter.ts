/** JSON shapes of task templates, tasks and department boards (SPEC M4). Fields chosen one by one. */
import type { NoticeStatus } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import { iso } from '../meeting/meeting.format.ts';
import type { TaskPhoto, TaskRow, TemplateRow } from './tasks.repository.ts';
import { inDepartment } from './tasks.policy.ts';

export const presentTemplate = (t: TemplateRow) => ({
  id: t.id,
  propertyId: t.propertyId,
  code: t.code,
  department: t.department,
  title: t.title,
  instructions: t.instructions,
  venueTypes: t.venueTypes,
  venueClasses: t.venueClasses,
  excludeVenueTypes: t.excludeVenueTypes,
  services: t.services,
  offsetMinutes: t.offsetMinutes,
  dayBeforeAt: t.dayBeforeAt,
  quantity: t.quantity,
  repeatMinutes: t.repeatMinutes,
  sort: t.sort,
  active: t.active,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
  timing: t.dayBeforeAt ? { kind: 'day_before' as const, at: t.dayBeforeAt } : { kind: 'offset' as const, minutes: t.offsetMinutes },
});

/** What a task's presentation looks up: people's names and the photos of each task. */
export interface TaskLookups {
  names: Map<string, string>;
  photos: Map<string, TaskPhoto[]>;
}

export const presentTask = (
  actor: Actor,
  t: TaskRow,
  { names, photos }: TaskLookups,
  now: Date,
  inDept = inDepartment(actor, t.propertyId, t.department),
) => ({
  id: t.id,
  noticeId: t.noticeId,
  department: t.department,
  key: t.key,
  title: t.title,
  instructions: t.instructions,
  dueAt: t.dueAt.toISOString(),
  quantity: t.quantity,
  unit: t.unit,
  status: t.status,
  doneBy: t.doneBy,
  doneByName: t.doneBy ? (names.get(t.doneBy) ?? null) : null,
  doneAt: iso(t.doneAt),
  note: t.note,
  photoUrl: t.photoUrl,
  photos: photos.get(t.id) ?? [],
  overdueAlertedAt: iso(t.overdueAlertedAt),
  overdue: t.status === 'open' && t.dueAt <= now,
  policies: { complete: t.status === 'open' && inDept },
});

/** A meeting on a department board: the few notice fields its cards show. */
export const presentBoardMeeting = (m: {
  number: string;
  status: NoticeStatus;
  name: string;
  confidentiality: string;
  venue: string;
  startAt: Date;
  endAt: Date;
  attendeeCount: number;
}) => ({
  number: m.number,
  status: m.status,
  name: m.name,
  confidentiality: m.confidentiality,
  venue: m.venue,
  startAt: m.startAt.toISOString(),
  endAt: m.endAt.toISOString(),
  attendeeCount: m.attendeeCount,
});
