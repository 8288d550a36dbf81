/**
 * The one door every events sub-feature opens an event through: loads it, checks what the actor may do (404 when it
 * may not read it — an event one may not see does not exist), and refuses writes on a closed or cancelled event.
 */
import { requireActor, type Actor, type Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { refused } from '../events.shared.ts';
import { eventAccess, type EventAccess } from './event.policy.ts';
import { findEvent, isMember, type EventRow } from './event.repository.ts';

export type EventNeed = 'read' | 'work' | 'manage' | 'approve' | 'inner';

export interface OpenEvent {
  actor: Actor;
  event: EventRow;
  access: EventAccess;
}

/** The event as the actor may use it; 404 when it may not read it, 403 when it reads but may not do `need`. */
export async function openEvent(ctx: Ctx, id: string, need: EventNeed = 'read', db: DbOrTx = ctx.db): Promise<OpenEvent> {
  const actor = requireActor(ctx);
  const event = await findEvent(db, id);
  if (!event) throw errors.notFound('event');
  const access = eventAccess(actor, event, await isMember(db, id, actor.id));
  if (!access.read) throw errors.notFound('event');
  if (need !== 'read' && !access[need]) throw errors.forbidden();
  return { actor, event, access };
}

/** As openEvent, and the event must still be open for changes (not closed, not cancelled). */
export async function openForChange(ctx: Ctx, id: string, need: Exclude<EventNeed, 'read'> = 'work', db: DbOrTx = ctx.db) {
  const o = await openEvent(ctx, id, need, db);
  if (o.event.status === 'closed' || o.event.status === 'cancelled') throw refused(ctx, 'event_closed');
  return o;
}

/** Policies as the UI receives them. */
export const policiesOf = (a: EventAccess) => ({
  manage: a.manage,
  work: a.work,
  approve: a.approve,
  inner: a.inner,
  asOrganizer: a.asOrganizer,
});
