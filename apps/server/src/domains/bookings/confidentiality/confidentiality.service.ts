/**
 * SPEC M12: the confidentiality rule with its one lookup — for one meeting, for many meetings of
 * one viewer (lists, boards, reports, feeds), and for many viewers of one meeting (the live stream).
 */
import type { Actor } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import * as repo from './confidentiality.repository.ts';
import { type MeetingRef, maySee, needsRelation } from './confidentiality.policy.ts';

export type BookedMeeting = MeetingRef & { bookingId: string };

/** May the actor see this meeting? One lookup only when the answer depends on an assignment. */
export async function canSee(db: DbOrTx, actor: Actor, m: BookedMeeting): Promise<boolean> {
  if (!needsRelation(actor, m)) return maySee(actor, m);
  return maySee(actor, m, (await repo.assignedAuthorisedUsers(db, m.bookingId, [actor.id])).has(actor.id));
}

/** The booking ids of `meetings` that the actor may see (one lookup for all). */
export async function visibleOf(db: DbOrTx, actor: Actor, meetings: BookedMeeting[]): Promise<Set<string>> {
  const ask = meetings.filter((m) => needsRelation(actor, m)).map((m) => m.bookingId);
  const assigned = ask.length ? await repo.assignedAuthorisedBookings(db, actor.id, [...new Set(ask)]) : new Set<string>();
  return new Set(meetings.filter((m) => maySee(actor, m, assigned.has(m.bookingId))).map((m) => m.bookingId));
}

/** Which of `actors` may see this meeting (one lookup for all): the live stream's audience. */
export async function audienceOf(db: DbOrTx, m: BookedMeeting, actors: Actor[]): Promise<(actor: Actor) => boolean> {
  const ask = actors.filter((a) => needsRelation(a, m)).map((a) => a.id);
  const assigned = ask.length ? await repo.assignedAuthorisedUsers(db, m.bookingId, [...new Set(ask)]) : new Set<string>();
  return (actor) => maySee(actor, m, assigned.has(actor.id));
}
