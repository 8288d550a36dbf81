/**
 * Demo history of the fee tables (runs before the payments demo): fee items and unit areas, parking spaces and
 * phone lines, then for each of the six latest months whose draw day has passed (at the real date): the water
 * readings and phone fees typed before the draw day, the month drawn on its draw day by 客服助理, signed by
 * 马红梅 (客服主管), 罗建平 (总经理) and 钱雅琴 (财务经理) on the following days. One month has a correction
 * after the first signature (the signature voided, signed again). The current month stays undrawn before its
 * draw day.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Role } from '@hy/contracts';
import { organizations, properties } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoApi } from '../../../seed/demo-api.ts';
import { effectiveSettings } from '../../places/index.ts';
import { demoItems } from '../items/items.demo.ts';
import { demoReadings } from '../meters/meters.demo.ts';
import { demoParkingAndPhones, demoPhoneUsage } from '../parking/parking.demo.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SIGNERS: [Role, string][] = [
  ['cs_supervisor', '马红梅'],
  ['general_manager', '罗建平'],
  ['finance_manager', '钱雅琴'],
];

async function sign(api: DemoApi, pid: string, monthId: string, role: Role, name: string) {
  const sig = await api.call(role, 'POST', '/signatures', { propertyId: pid, signerName: name, image: PNG });
  if (sig.ok) await api.call(role, 'POST', `/billing/months/${monthId}/sign`, { signatureFileId: sig.data.id });
}

export async function demoBillingSetup(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const pid = prop.id;
  const drawDay = (await effectiveSettings(db, pid))['billing.drawDay'];
  const orgs = (await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.propertyId, pid))).map((o) => o.id);
  const api = demoApi(app, 'billing months demo');
  const tz = prop.timeZone;
  const today = dayjs(api.now()).tz(tz);
  // The six latest months whose draw day has come.
  let last = today.startOf('month');
  if (today.date() < drawDay) last = last.subtract(1, 'month');
  const months = [5, 4, 3, 2, 1, 0].map((k) => last.subtract(k, 'month').format('YYYY-MM'));
  const local = (d: string, hh: number) => dayjs.tz(`${d} ${String(hh).padStart(2, '0')}:00`, tz).toDate();
  try {
    api.at(local(`${months[0]}-01`, 9));
    await demoItems(api, pid);
    const lines = await demoParkingAndPhones(api, pid, orgs, months[0]!);
    for (const [k, month] of months.entries()) {
      const drawOn = `${month}-${String(drawDay).padStart(2, '0')}`;
      const readOn = dayjs(drawOn).subtract(3, 'day').format('YYYY-MM-DD');
      api.at(local(readOn, 10));
      await demoReadings(api, pid, month, readOn, k);
      await demoPhoneUsage(api, lines, month, k);
      api.at(local(drawOn, 9));
      const m = await api.call('cs_assistant', 'POST', '/billing/months', { propertyId: pid, month });
      if (!m.ok) continue;
      const id = m.data.id as string;
      for (const [i, [role, name]] of SIGNERS.entries()) {
        const when = dayjs(drawOn)
          .add(i + 1, 'day')
          .format('YYYY-MM-DD');
        if (dayjs.tz(`${when} 10:00`, tz).isAfter(today)) break;
        api.at(local(when, 10));
        await sign(api, pid, id, role, name);
        if (k === 3 && i === 0) {
          // A correction after the first signature: the line changes, the signature is voided, 马红梅 signs again.
          const cur = await api.call('cs_assistant', 'GET', `/billing/months/${id}`);
          const water = cur.ok
            ? (cur.data.lines as { id: string; sheet: string; amountFen: number }[]).find((l) => l.sheet === 'water')
            : undefined;
          if (water) {
            api.at(local(when, 14));
            await api.call('cs_assistant', 'PATCH', `/billing/months/${id}/lines/${water.id}`, {
              amountFen: Math.max(0, water.amountFen - 5_200),
              reason: '水表读数复核，多计 10 吨',
            });
            api.at(local(when, 16));
            await sign(api, pid, id, role, name);
          }
        }
      }
    }
  } finally {
    await api.finish();
  }
}
