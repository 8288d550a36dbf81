/** Who may read a loan (live events follow it): the property's lending staff. */
import type { LiveReader } from '../../notifications/index.ts';
import { can } from '../../../lib/context.ts';
import * as repo from './lending.repository.ts';

export const loanReader: LiveReader = async (db, id) => {
  const v = await repo.findLoan(db, id);
  return v ? (actor) => can(actor, v.l.propertyId, 'frontdesk.lending') : null;
};
