/** Who may read a message (live events and files follow it): the property's desk, or the recipient. */
import type { LiveReader } from '../../notifications/index.ts';
import { can } from '../../../lib/context.ts';
import * as repo from './messages.repository.ts';
import { isRecipient } from './messages.rules.ts';

export const messageReader: LiveReader = async (db, id) => {
  const m = await repo.findMessage(db, id);
  return m
    ? (actor) => can(actor, m.propertyId, 'frontdesk.messages') || (!!actor.roles[m.propertyId]?.length && isRecipient(actor, m))
    : null;
};
