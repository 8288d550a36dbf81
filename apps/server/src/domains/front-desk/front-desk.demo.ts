/**
 * The front desk's demo: the directory, then a few weeks of visitors, mail and parcels, messages and
 * loans, through the API on a simulated clock (each sub-feature writes its own history), so the desk page
 * looks like a real Monday morning.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { DirectoryEntry } from '@hy/contracts';
import dayjs from '../../lib/dayjs-fast-tz.ts';
import { properties } from '../../db/schema/index.ts';
import { demoApi, type DemoApi } from '../../seed/demo-api.ts';
import { demoDirectory } from './directory/directory.demo.ts';
import { demoVisitors } from './visitors/visitors.demo.ts';
import { demoMail } from './mail/mail.demo.ts';
import { demoMessages } from './messages/messages.demo.ts';
import { demoLending } from './lending/lending.demo.ts';
import { demoExecutiveFloor } from './executive-floor/executive-floor.demo.ts';
import { demoHandover } from './handover/handover.demo.ts';
import type { Db } from '../../db/client.ts';

export interface FrontDeskDemo {
  api: DemoApi;
  /** For what the system does by itself (the jobs' rounds). */
  db: Db;
  propertyId: string;
  /** Deterministic random numbers in [0, 1). */
  rand: () => number;
  /** The real time the demo is made at: nothing happens after it. */
  now: Date;
  /** Today 00:00 in the property's zone (Asia/Shanghai). */
  today: dayjs.Dayjs;
  /** When the history starts (three weeks before today, 08:00). */
  start: Date;
  /** Directory entries by Chinese name (filled by the directory's demo). */
  directory: Map<string, DirectoryEntry>;
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadFrontDeskDemo(app: FastifyInstance, propertyCode = 'XZZX') {
  const [prop] = await app.database.db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const api = demoApi(app, 'front-desk demo');
  const now = app.clock.now();
  const today = dayjs(now).tz('Asia/Shanghai').startOf('day');
  const demo: FrontDeskDemo = {
    api,
    db: app.database.db,
    propertyId: prop.id,
    now,
    rand: rng(20261206),
    today,
    start: today.subtract(21, 'day').hour(8).toDate(),
    directory: new Map(),
  };
  try {
    await demoDirectory(demo);
    await demoVisitors(demo);
    await demoMail(demo);
    await demoMessages(demo);
    await demoLending(demo);
    await demoExecutiveFloor(demo);
    await demoHandover(demo);
  } finally {
    await api.finish();
  }
}
