/** Who may read a mail item, and so its label photo and signature, and its live events. */
import type { LiveReader } from '../../notifications/index.ts';
import * as repo from './mail.repository.ts';
import { mayRead } from './mail.policy.ts';

export const mailItemReader: LiveReader = async (db, id) => {
  const m = await repo.findItem(db, id);
  return m ? (actor) => mayRead(actor, m) : null;
};
