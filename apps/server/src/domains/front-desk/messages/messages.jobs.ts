/**
 * End of shift (F2): shortly before each shift change the desk roles of every property with undelivered
 * messages get the count and the oldest one's time (the list itself is the message book's "open" view).
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every } from '../../../jobs/every.ts';
import { notify } from '../../notifications/index.ts';
import * as repo from './messages.repository.ts';
import { nextShiftWarning } from './messages.rules.ts';

export const UNDELIVERED_SCAN = 'frontdesk.messages_undelivered';

export function registerMessagesJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, { kind: UNDELIVERED_SCAN, next: (now) => nextShiftWarning(now, 'Asia/Shanghai') }, async (db) => {
    for (const p of await repo.undeliveredByProperty(db))
      await db.transaction((tx) =>
        notify(tx, {
          propertyId: p.propertyId,
          roles: ['front_desk', 'cs_supervisor'],
          kind: 'frontdesk.messages_undelivered',
          severity: 'warning',
          message: { key: 'frontdesk.messages_undelivered', params: { count: p.count, oldestAt: p.oldestAt.toISOString() } },
          link: '/front-desk/messages?state=open',
        }),
      );
  });
}
