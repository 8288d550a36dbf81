/** Demo plans: eight areas with about forty checkpoints, created by 马红梅 (cs_supervisor) through the API two months ago. */
import type { FastifyInstance } from 'fastify';
import { eq, inArray } from 'drizzle-orm';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { properties, users } from '../../../db/schema/index.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { DEMO_PLANS } from './plans.demo.data.ts';

export const DEMO_PROPERTY = 'XZZX';

export async function demoPlans(app: FastifyInstance) {
  const [prop] = await app.database.db.select().from(properties).where(eq(properties.code, DEMO_PROPERTY));
  if (!prop) return;
  const api = demoApi(app, 'inspection plans demo');
  try {
    const start = dayjs(app.clock.now()).tz('Asia/Shanghai').startOf('day').subtract(62, 'day').hour(9);
    const people = await app.database.db
      .select({ id: users.id, username: users.username })
      .from(users)
      .where(inArray(users.username, ['tenant_rep', 'cs_supervisor']));
    const ids = Object.fromEntries(people.map((u) => [u.username, u.id])) as Record<'tenant_rep' | 'cs_supervisor', string | undefined>;
    for (const [n, p] of DEMO_PLANS.entries()) {
      api.at(start.add(n * 7, 'minute').toDate());
      const { by, ...plan } = p;
      await api.call('cs_supervisor', 'POST', '/inspection-plans', {
        ...plan,
        propertyId: prop.id,
        assigneeId: ids[by] ?? null,
        assigneeRole: by === 'tenant_rep' ? 'tenant_rep' : 'cs_supervisor',
        notes: plan.notes ?? null,
      });
    }
  } finally {
    await api.finish();
  }
}
