/** Who may read a finding (its live events and its files follow it): holders of inspections.read in its property. */
import type { LiveReader } from '../../notifications/index.ts';
import { can } from '../../../lib/context.ts';
import * as repo from './findings.repository.ts';

export const findingReader: LiveReader = async (db, id) => {
  const f = await repo.findFinding(db, id);
  return f ? (actor) => can(actor, f.propertyId, 'inspections.read') : null;
};
