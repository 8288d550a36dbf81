/**
 * Handovers not taken over in time (F5): every 5 minutes, a handover still not accepted
 * `frontDesk.handoverAckMinutes` (a property setting, default 30) after its shift change alerts the
 * property's customer-service supervisors — once (a guarded mark), whatever the number of runs or instances.
 * And 班班有交接: a shift that ended without any handover (an hour after the change, the writing time) alerts
 * them too, once per shift, at the desks that hand over (a handover in the last two weeks).
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { systemCtx } from '../../../lib/context.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import * as repo from './handover.repository.ts';
import { alertDue, lastClosedShift } from './handover.rules.ts';

export const HANDOVER_ALERT_SCAN = 'frontdesk.handover_unacknowledged';

/** One pass: alert each overdue handover once (bounded batch; one short transaction each). */
export async function alertUnacknowledged(db: Db, now: Date) {
  let n = 0;
  const minutes = new Map<string, number>();
  for (const h of await repo.unalerted(db, now)) {
    if (!minutes.has(h.propertyId)) minutes.set(h.propertyId, (await effectiveSettings(db, h.propertyId))['frontDesk.handoverAckMinutes']);
    if (!alertDue(h, minutes.get(h.propertyId)!, now)) continue;
    const pending = (await repo.talliesOf(db, [h.id])).get(h.id)!.pending;
    await db.transaction(async (tx) => {
      if (!(await repo.markAlerted(tx, h.id, now))) return;
      await notify(tx, {
        propertyId: h.propertyId,
        roles: ['cs_supervisor'],
        kind: 'frontdesk.handover.unacknowledged',
        severity: 'warning',
        message: {
          key: 'frontdesk.handover.unacknowledged',
          params: { shift: h.shift, writtenBy: h.writtenByName, pending, shiftEnd: h.shiftEnd.toISOString() },
        },
        link: '/front-desk/handover',
      });
      await audit(tx, systemCtx(tx, now), {
        action: 'handover.supervisor_alerted',
        entityType: 'shift_handover',
        entityId: h.id,
        propertyId: h.propertyId,
        meta: { pending },
      });
      await publish(tx, { type: 'event', topic: 'handover.alerted', propertyId: h.propertyId, entity: { type: 'handover', id: h.id } });
      n++;
    });
  }
  return n;
}

const DESK_ACTIVE_MS = 14 * 24 * 3600_000;

/** One pass: each desk that hands over, its last closed shift without a handover reported once. */
export async function alertMissing(db: Db, now: Date) {
  let n = 0;
  for (const propertyId of await repo.deskProperties(db, new Date(now.getTime() - DESK_ACTIVE_MS))) {
    const s = await effectiveSettings(db, propertyId);
    const w = lastClosedShift(now, await repo.timeZoneOf(db, propertyId), s['frontDesk.dayShiftStart'], s['frontDesk.eveningShiftStart']);
    if (await repo.findByShift(db, propertyId, w.start)) continue;
    await db.transaction(async (tx) => {
      if (!(await repo.markMissed(tx, { propertyId, shiftStart: w.start, shift: w.shift, alertedAt: now }))) return;
      await notify(tx, {
        propertyId,
        roles: ['cs_supervisor'],
        kind: 'frontdesk.handover.missing',
        severity: 'warning',
        message: {
          key: 'frontdesk.handover.missing',
          params: { shift: w.shift, shiftStart: w.start.toISOString(), shiftEnd: w.end.toISOString() },
        },
        link: '/front-desk/handover',
      });
      await audit(tx, systemCtx(tx, now), {
        action: 'handover.missing_alerted',
        entityType: 'property',
        entityId: propertyId,
        propertyId,
        meta: { shift: w.shift, shiftStart: w.start.toISOString() },
      });
      n++;
    });
  }
  return n;
}

export function registerHandoverJobs(runner: JobRunner, app: FastifyInstance) {
  every(
    runner,
    app,
    everySlot(HANDOVER_ALERT_SCAN, 5 * 60_000),
    async (db, now) => (await alertUnacknowledged(db, now)) + (await alertMissing(db, now)),
  );
}
