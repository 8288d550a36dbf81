/**
 * The counts to the caterer (M13): every 15 minutes, each meal whose time is `events.cateringCountHours` away or
 * nearer and whose count was not sent gets its live headcount frozen (ordered_count, ordered_at — once, guarded)
 * and the event's 后勤保障组 is told ('event.catering_counts') to pass it on.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { guestFigures } from '../guests/guests.figures.ts';
import * as repo from './catering.repository.ts';
import { countHoursOf } from './catering.service.ts';
import { countDue, headcount } from './catering.rules.ts';

export const CATERING_COUNTS = 'events.catering_counts';

/** Freezes and announces every count due at `now`; returns how many meals were frozen. */
export async function sendDueCounts(db: Db, now: Date): Promise<number> {
  let sent = 0;
  const hours = new Map<string, number>();
  for (const { meal: m, eventName } of await repo.unorderedMeals(db, now, 96)) {
    if (!hours.has(m.propertyId)) hours.set(m.propertyId, await countHoursOf(db, m.propertyId));
    if (!countDue(m.startsAt, hours.get(m.propertyId)!, now)) continue;
    const f = await guestFigures(db, m.eventId);
    const h = headcount(f, m.day, m.kind);
    const count = h.registered + m.staffCount;
    const done = await db.transaction(async (tx) => {
      const row = await repo.freezeCount(tx, m.id, { count, dietary: h.dietary, at: now }, true);
      if (!row) return false;
      await audit(
        tx,
        { db, actor: null, locale: 'zh-CN', production: false, now: () => now },
        {
          action: 'event_meal.count_sent',
          entityType: 'event_meal',
          entityId: m.id,
          propertyId: m.propertyId,
          before: null,
          after: { orderedCount: count, dietary: h.dietary, by: 'job' },
        },
      );
      await notify(tx, {
        propertyId: m.propertyId,
        userIds: await repo.logisticsUserIds(tx, m.eventId),
        kind: 'event.catering_counts',
        message: { key: 'event.catering_counts', params: { event: eventName, day: m.day, meal: m.kind, count } },
        link: `/events/${m.eventId}?tab=catering`,
      });
      await publish(tx, { type: 'event', topic: 'event.catering', propertyId: m.propertyId, entity: { type: 'event', id: m.eventId } });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}

export function registerCateringJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(CATERING_COUNTS, 15 * 60_000), (db, now) => sendDueCounts(db, now));
}
