/**
 * End-of-day sign-out reminder: at 18:00 (Asia/Shanghai, the demo property's zone) every visitor still
 * signed in since before then is reported once to the desk and security (visits.reminded_at).
 * End-of-day no-shows: at 23:30 every appointment still expected whose time has passed is marked no_show
 * (audited, published live); the desk may mark one earlier by hand.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every } from '../../../jobs/every.ts';
import { notify, publish } from '../../notifications/index.ts';
import { audit } from '../../audit/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import * as repo from './visitors.repository.ts';

const REMINDER_HOUR = 18;
const ZONE = 'Asia/Shanghai';

/** The next end-of-day reminder after `now`. */
export const nextReminder = (now: Date) => {
  const d = dayjs(now).tz(ZONE).startOf('day').add(REMINDER_HOUR, 'hour');
  return (d.toDate() > now ? d : d.add(1, 'day')).toDate();
};

/** One reminder per property for the visitors not signed out; returns how many were reported. */
export async function remindOverdueSignOuts(db: Db, now: Date) {
  const rows = await repo.overdueSignOuts(db, now);
  const byProperty = new Map<string, typeof rows>();
  for (const r of rows) byProperty.set(r.v.propertyId, [...(byProperty.get(r.v.propertyId) ?? []), r]);
  for (const [propertyId, list] of byProperty)
    await db.transaction(async (tx) => {
      await repo.markReminded(
        tx,
        list.map((r) => r.v.id),
        now,
      );
      await notify(tx, {
        propertyId,
        roles: ['front_desk', 'security'],
        kind: 'visitor.sign_out_overdue',
        severity: 'warning',
        message: { key: 'visitor.sign_out_overdue', params: { count: list.length, names: list.map((r) => r.v.visitorName) } },
        link: '/front-desk/visitors?tab=inside',
      });
    });
  return rows.length;
}

const NO_SHOW_AT = { hour: 23, minute: 30 };

/** The next end-of-day no-show run after `now`. */
export const nextNoShowRun = (now: Date) => {
  const d = dayjs(now).tz(ZONE).startOf('day').add(NO_SHOW_AT.hour, 'hour').add(NO_SHOW_AT.minute, 'minute');
  return (d.toDate() > now ? d : d.add(1, 'day')).toDate();
};

/** Marks every appointment whose time has passed without the visitor coming as no_show (of one property: tests); returns how many. */
export async function markNoShows(db: Db, now: Date, propertyId?: string) {
  const due = await repo.noShowsDue(db, now, propertyId);
  if (!due.length) return 0;
  return db.transaction(async (tx) => {
    const marked = await repo.markNoShows(
      tx,
      due.map((v) => v.id),
      now,
    );
    for (const v of marked) {
      await audit(tx, systemCtx(tx, now), {
        action: 'visit.no_show',
        entityType: 'visit',
        entityId: v.id,
        propertyId: v.propertyId,
        before: { status: due.find((d) => d.id === v.id)?.status },
        after: { status: v.status, noShowAt: v.noShowAt },
        meta: { by: 'end_of_day' },
      });
      await publish(tx, {
        type: 'event',
        topic: 'visit.changed',
        propertyId: v.propertyId,
        entity: { type: 'visit', id: v.id },
        data: { status: v.status },
      });
    }
    return marked.length;
  });
}

export function registerVisitorsJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, { kind: 'front_desk.visitor_sign_out_reminder', next: nextReminder }, (db, now) => remindOverdueSignOuts(db, now));
  every(runner, app, { kind: 'front_desk.visitor_no_show', next: nextNoShowRun }, (db, now) => markNoShows(db, now));
}
