/**
 * Overdue loans (F3): every 15 minutes each loan past its due time is reminded once — the desk in the app,
 * the borrower (when the directory knows their account) by SMS as well.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import { findEntry } from '../directory/directory.repository.ts';
import * as repo from './lending.repository.ts';

export const OVERDUE_SCAN = 'frontdesk.loans_overdue';

/** One pass: remind each overdue loan once (bounded batch; short transactions). */
export async function remindOverdue(db: Db, now: Date) {
  let n = 0;
  for (const { l, itemNameZh } of await repo.overdueUnreminded(db, now)) {
    const entry = l.borrowerEntryId ? await findEntry(db, l.borrowerEntryId) : null;
    await db.transaction(async (tx) => {
      if (!(await repo.markReminded(tx, l.id, now))) return;
      const message = {
        key: 'frontdesk.loan_overdue' as const,
        params: { item: itemNameZh, quantity: l.quantity, borrower: l.borrowerName, dueAt: l.dueAt.toISOString() },
      };
      await notify(tx, {
        propertyId: l.propertyId,
        roles: ['front_desk'],
        kind: 'frontdesk.loan_overdue',
        severity: 'warning',
        message,
        link: '/front-desk/lending',
      });
      if (entry?.e.userId)
        await notify(tx, {
          propertyId: l.propertyId,
          userIds: [entry.e.userId],
          kind: 'frontdesk.loan_overdue',
          channels: ['sms'],
          message,
        });
      await audit(tx, systemCtx(tx, now), {
        action: 'loan.overdue_reminded',
        entityType: 'loan',
        entityId: l.id,
        propertyId: l.propertyId,
      });
      n++;
    });
  }
  return n;
}

export function registerLendingJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(OVERDUE_SCAN, 15 * 60_000), remindOverdue);
}
