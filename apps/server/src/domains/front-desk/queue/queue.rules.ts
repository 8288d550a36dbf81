/** Which sections of the desk queue a reader gets: one permission per section (pure). */
import { QUEUE_SECTIONS, QUEUE_SECTION_PERMISSIONS, type Permission, type QueueSectionKey } from '@hy/contracts';

export function sectionsFor(may: (p: Permission) => boolean): Record<QueueSectionKey, boolean> {
  return Object.fromEntries(QUEUE_SECTIONS.map((k) => [k, may(QUEUE_SECTION_PERMISSIONS[k])])) as Record<QueueSectionKey, boolean>;
}

/** The visit's consent deadline has passed (the desk phones the host). */
export const pastDeadline = (deadline: Date | null, now: Date) => !!deadline && deadline.getTime() < now.getTime();
