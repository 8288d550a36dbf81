/**
 * The month's automatic draw (T4): every hour, each property whose draw day (setting billing.drawDay) has come
 * in its own time zone gets the current month drawn up once — the unique (property, month) makes a second run,
 * a second instance or a manual draw the same day a no-op.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { systemCtx } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { effectiveSettings } from '../../places/index.ts';
import { listItems } from '../items/items.repository.ts';
import * as repo from './months.repository.ts';
import { drawDue } from './months.rules.ts';
import { drawMonthOf } from './months.service.ts';

export const MONTH_DRAW_SCAN = 'billing.month_draw';

/** One pass: draws each property's month due and not drawn yet; returns how many were drawn. */
export async function drawDueMonths(db: Db, now: Date) {
  let n = 0;
  for (const p of await repo.allProperties(db)) {
    const today = dayjs(now).tz(p.timeZone).format('YYYY-MM-DD');
    const month = today.slice(0, 7);
    if (!drawDue(month, (await effectiveSettings(db, p.id))['billing.drawDay'], today)) continue;
    if (await repo.monthOf(db, p.id, month)) continue;
    if (!(await listItems(db, p.id)).some((i) => i.active)) continue; // a property without fee items bills nothing
    try {
      await drawMonthOf(systemCtx(db, now), p.id, month);
      n++;
    } catch (e) {
      if ((e as { code?: string }).code !== 'billing_month_exists') throw e;
    }
  }
  return n;
}

export function registerMonthsJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(MONTH_DRAW_SCAN, 60 * 60_000), drawDueMonths);
}
