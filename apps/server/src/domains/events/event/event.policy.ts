/**
 * Who may do what with an event (M13). Staff holding events.read see the property's events; the event's own team
 * (any member or leader of a group) works on it whatever their role; the owner (常务副总) and events.manage holders
 * manage it; events.approve holders approve its budget and summary; the host unit's organizer reads its own event.
 * The inner circle — the team, the owner, the supervisor, the approvers and the host's organizer — reads confidential
 * documents and guests' identity numbers.
 */
import type { EventPolicies } from '@hy/contracts';
import { can, type Actor } from '../../../lib/context.ts';
import type { EventRow } from './event.repository.ts';

export interface EventAccess extends EventPolicies {
  read: boolean;
}

export function eventAccess(
  actor: Actor,
  e: Pick<EventRow, 'propertyId' | 'organizationId' | 'ownerId' | 'supervisorId' | 'status'>,
  member: boolean,
): EventAccess {
  const pid = e.propertyId;
  const asOrganizer = can(actor, pid, 'events.own') && !!actor.organizationId && actor.organizationId === e.organizationId;
  const staffRead = can(actor, pid, 'events.read');
  const owner = actor.id === e.ownerId;
  const manage = owner || can(actor, pid, 'events.manage');
  const approve = can(actor, pid, 'events.approve');
  const work = manage || member;
  return {
    read: staffRead || member || owner || asOrganizer,
    manage,
    work,
    approve,
    inner: work || approve || actor.id === e.supervisorId || asOrganizer,
    asOrganizer,
  };
}
