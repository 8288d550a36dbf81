/** Who sees an event's document (pure): the event's access and the document's visibility and confidentiality. */
import type { DocumentVisibility } from '@hy/contracts';

export interface DocumentAccess {
  read: boolean;
  work: boolean;
  approve: boolean;
  inner: boolean;
  asOrganizer: boolean;
}

/**
 * Team documents and confidential ones: the inner circle without the host's organizer for team ones (the 会务组, the
 * owner, the supervisor, the approvers). Organizer, guests and public ones: whoever reads the event (the host's
 * organizer included); a confidential one still needs the inner circle.
 */
export function maySee(a: DocumentAccess, d: { visibility: DocumentVisibility; confidential: boolean }): boolean {
  if (!a.read) return false;
  const team = a.work || a.approve || (a.inner && !a.asOrganizer);
  if (d.visibility === 'team') return team;
  if (d.confidential && !a.inner) return false;
  return true;
}
