/**
 * The mail room's durable jobs (F4): 'frontdesk.mail_reminders' every 30 minutes reminds the recipients of
 * items still waiting (important and 机要 every two hours, the rest daily) until pickup;
 * 'frontdesk.mail_unknown_report' at 16:30 (Asia/Shanghai) tells the mail clerk and the supervisor how many
 * items have no known recipient.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot, type Recurring } from '../../../jobs/every.ts';
import { notify } from '../../notifications/index.ts';
import * as repo from './mail.repository.ts';
import { reminderDue } from './mail.rules.ts';
import { tellRecipient } from './mail.intake.service.ts';
import { TZ } from './mail.access.ts';

export const MAIL_REMINDERS = everySlot('frontdesk.mail_reminders', 30 * 60_000);
/** Every day at 16:30 in the property's zone (before the mail room closes at 17:00). */
export const MAIL_UNKNOWN_REPORT: Recurring = {
  kind: 'frontdesk.mail_unknown_report',
  next: (now) => {
    const today = dayjs(now).tz(TZ).startOf('day').add(16.5, 'hour');
    return (today.toDate() > now ? today : today.add(1, 'day')).toDate();
  },
};

/** One pass of reminders: a bounded batch, one short transaction per item. */
export async function runMailReminders(db: Db, now: Date, batch = 200) {
  let sent = 0;
  for (const m of await repo.waitingItems(db, batch)) {
    if (!reminderDue({ ...m, lastNoticeAt: m.remindedAt ?? m.notifiedAt }, now)) continue;
    await db.transaction(async (tx) => {
      await tellRecipient(
        tx,
        m,
        {
          key: 'mail.reminder',
          params: { number: m.number, kind: m.kind, pigeonhole: m.pigeonhole, receivedAt: m.receivedAt.toISOString() },
        },
        'mail.reminder',
      );
      await repo.markReminded(tx, m.id, now);
    });
    sent++;
  }
  return { sent };
}

/** The daily unknown-recipient report to the mail clerk and the supervisor (nothing when the list is empty). */
export async function runUnknownReport(db: Db, now: Date) {
  const day = dayjs(now).tz(TZ).format('YYYY-MM-DD');
  for (const { propertyId, n } of await repo.unknownCounts(db)) {
    await db.transaction((tx) =>
      notify(tx, {
        propertyId,
        roles: ['mail_clerk', 'cs_supervisor'],
        kind: 'mail.unknown_daily',
        severity: 'warning',
        message: { key: 'mail.unknown_daily', params: { day, count: n } },
        link: '/front-desk/mail?tab=unknown',
      }),
    );
  }
}

export function registerMailJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, MAIL_REMINDERS, (db, now) => runMailReminders(db, now));
  every(runner, app, MAIL_UNKNOWN_REPORT, (db, now) => runUnknownReport(db, now));
}
