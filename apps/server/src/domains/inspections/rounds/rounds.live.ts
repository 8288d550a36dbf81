/** Who may read a round (live events and its photos follow it): holders of inspections.read in its property. */
import type { LiveReader } from '../../notifications/index.ts';
import { can } from '../../../lib/context.ts';
import * as repo from './rounds.repository.ts';

export const roundReader: LiveReader = async (db, id) => {
  const r = await repo.findRound(db, id);
  return r ? (actor) => can(actor, r.propertyId, 'inspections.read') : null;
};
