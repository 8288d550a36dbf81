/** X1 on the live stream: an executive-floor request reaches the desk and the department that works it. */
import type { LiveReader } from '../../notifications/index.ts';
import * as repo from './executive-floor.repository.ts';
import { mayRead } from './executive-floor.policy.ts';

export const executiveRequestReader: LiveReader = async (db, id) => {
  const v = await repo.findRequest(db, id);
  return v ? (actor) => mayRead(actor, v.r) : null;
};
