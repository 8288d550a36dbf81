/** Who may read a handover (live events follow it): holders of frontdesk.handover in its property. */
import type { LiveReader } from '../../notifications/index.ts';
import { can } from '../../../lib/context.ts';
import * as repo from './handover.repository.ts';

export const handoverReader: LiveReader = async (db, id) => {
  const h = await repo.findHandover(db, id);
  return h ? (actor) => can(actor, h.propertyId, 'frontdesk.handover') : null;
};
