/** X1 on the live stream: a case's events reach exactly those who may read the case (cases.policy). */
import type { LiveReader } from '../../notifications/index.ts';
import * as repo from './case.repository.ts';
import { canReadCase } from './case.policy.ts';

export const caseReader: LiveReader = async (db, id) => {
  const c = await repo.findCase(db, id);
  return c ? (actor) => canReadCase(actor, c) : null;
};
