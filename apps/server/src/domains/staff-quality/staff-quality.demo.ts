/**
 * The staff-quality demo's shared context: the property, the simulated-clock API, today in Shanghai and a
 * deterministic random source; each sub-feature writes its own two months of history through the API.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import dayjs from '../../lib/dayjs-fast-tz.ts';
import { properties } from '../../db/schema/index.ts';
import { demoApi, type DemoApi } from '../../seed/demo-api.ts';

export interface QualityDemo {
  api: DemoApi;
  propertyId: string;
  rand: () => number;
  /** The real time the demo is made at: nothing happens after it. */
  now: Date;
  /** Today 00:00 in Asia/Shanghai. */
  today: dayjs.Dayjs;
  /** Staff by display name (id). */
  staff: Map<string, string>;
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function withQualityDemo(app: FastifyInstance, run: (demo: QualityDemo) => Promise<void>, propertyCode = 'XZZX') {
  const [prop] = await app.database.db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const api = demoApi(app, 'staff-quality demo');
  const now = app.clock.now();
  const demo: QualityDemo = {
    api,
    propertyId: prop.id,
    rand: rng(20261207),
    now,
    today: dayjs(now).tz('Asia/Shanghai').startOf('day'),
    staff: new Map(),
  };
  try {
    const r = await api.call('cs_supervisor', 'GET', `/quality/staff?propertyId=${prop.id}`);
    if (r.ok) for (const s of r.data.data as { id: string; displayName: string }[]) demo.staff.set(s.displayName, s.id);
    await run(demo);
  } finally {
    await api.finish();
  }
}
