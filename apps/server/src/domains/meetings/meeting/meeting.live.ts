/**
 * X1, M12 on the live stream: a meeting's events (its notice, tasks, incidents, sign-ins) reach
 * exactly those who may read the meeting — staff reading meetings in the property and, for the
 * notice itself (live sign-in count), its own organizer — and of a confidential meeting only those
 * the confidentiality rule lets see it.
 */
import { can, type Actor } from '../../../lib/context.ts';
import type { Db } from '../../../db/client.ts';
import type { LiveReader } from '../../notifications/index.ts';
import { audienceOf } from '../../bookings/index.ts';
import * as repo from './meeting.repository.ts';
import * as during from '../during/during.repository.ts';
import * as tasks from '../tasks/tasks.repository.ts';
import { isOrganizerOf } from './meeting.policy.ts';

async function meetingAudience(db: Db, noticeId: string, candidates: Actor[], organizer: boolean) {
  const found = await repo.noticeWithOrganization(db, noticeId);
  if (!found) return null;
  const p = found.notice.propertyId;
  const base = (a: Actor) => can(a, p, 'meetings.read') || (organizer && isOrganizerOf(a, p, found.organizationId));
  const sees = await audienceOf(
    db,
    { propertyId: p, organizationId: found.organizationId, confidentiality: found.confidentiality, bookingId: found.notice.bookingId },
    candidates.filter(base),
  );
  return (a: Actor) => base(a) && sees(a);
}

export const noticeReader: LiveReader = (db, id, candidates) => meetingAudience(db, id, candidates, true);

/** Who may read a meeting's own records (not its organizer): its tasks, incidents, lost property. */
export const meetingRecordReader = (db: Db, noticeId: string, candidates: Actor[]) => meetingAudience(db, noticeId, candidates, false);

export const taskReader: LiveReader = async (db, id, candidates) => {
  const t = await tasks.findTask(db, id);
  return t ? meetingAudience(db, t.noticeId, candidates, false) : null;
};

export const incidentReader: LiveReader = async (db, id, candidates) => {
  const i = await during.findIncident(db, id);
  return i ? meetingAudience(db, i.noticeId, candidates, false) : null;
};
