/**
 * The daily release watch: blocks with unused room nights whose release date falls within
 * `events.roomReleaseWarnDays` days are told once (per block) to the 文秘信息组's leader and members and the owner.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { notify } from '../../notifications/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { localDay, timeZoneOf } from '../events.shared.ts';
import * as repo from './hotels.repository.ts';

export const RELEASE_JOB = 'events.hotels.release';

export async function releaseWatch(db: Db, now: Date) {
  // The widest window any property may set (30 days); each property's own is applied below.
  const rows = await repo.releaseCandidates(
    db,
    dayjs(now).subtract(1, 'day').format('YYYY-MM-DD'),
    dayjs(now).add(31, 'day').format('YYYY-MM-DD'),
  );
  const byProperty = new Map<string, { tz: string; warn: number }>();
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const pid = r.event.propertyId;
    if (!byProperty.has(pid))
      byProperty.set(pid, { tz: await timeZoneOf(db, pid), warn: (await effectiveSettings(db, pid))['events.roomReleaseWarnDays'] });
    const { tz, warn } = byProperty.get(pid)!;
    const days = dayjs.utc(r.b.releaseOn).diff(dayjs.utc(localDay(now, tz)), 'day');
    if (days < 0 || days > warn) continue;
    const k = `${r.b.hotelId}|${r.b.releaseOn}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  let sent = 0;
  for (const list of groups.values()) {
    const { event: e, hotel, b } = list[0]!;
    await db.transaction(async (tx) => {
      const team = await repo.secretariatOf(tx, e.id);
      await notify(tx, {
        propertyId: e.propertyId,
        userIds: [...new Set([...team, e.ownerId])],
        kind: 'event',
        severity: 'warning',
        link: `/events/${e.id}?tab=hotels`,
        message: {
          key: 'event.block_release',
          params: { event: e.name, hotel, nights: list.reduce((s, r) => s + r.b.rooms - r.b.used, 0), releaseOn: b.releaseOn },
        },
      });
      await repo.markNotified(
        tx,
        list.map((r) => r.b.id),
        now,
      );
    });
    sent++;
  }
  return sent;
}

export function registerHotelsJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, everySlot(RELEASE_JOB, 86_400_000), releaseWatch);
}
