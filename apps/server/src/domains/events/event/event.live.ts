/** Who may read an event, for the live stream: the event's read policy, membership looked up once per event. */
import type { LiveReader } from '../../notifications/index.ts';
import { eventAccess } from './event.policy.ts';
import { findEvent } from './event.repository.ts';
import { membersOf } from '../team/team.repository.ts';

export const eventReader: LiveReader = async (db, id) => {
  const e = await findEvent(db, id);
  if (!e) return null;
  const members = new Set((await membersOf(db, id)).map((m) => m.userId));
  return (a) => eventAccess(a, e, members.has(a.id)).read;
};
