/**
 * Demo history of paid repairs (S6): the 维修价目表 kept by 事务管理员, and six months of paid repairs quoted from it
 * on site by the engineer, consented (陈静 on the portal, other companies by phone to 客服助理), completed and
 * signed — each posting its charge to its month's 工程费统计表; some got their 缴费通知书, one was paid on the spot.
 * Open now: one quote waiting for the tenant's consent, one declined.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Role } from '@hy/contracts';
import { properties } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { unitsWithCompany } from './charges.repository.ts';

export const DEMO_PRICE_LIST: [string, 'labour' | 'material', string, number][] = [
  ['人工费 维修', 'labour', '次', 5000],
  ['人工费 疏通下水道', 'labour', '次', 12000],
  ['人工费 夜间加急', 'labour', '次', 8000],
  ['更换水龙头', 'material', '个', 4500],
  ['角阀', 'material', '个', 3500],
  ['LED灯管', 'material', '支', 2800],
  ['更换门锁', 'material', '把', 18000],
  ['门锁锁芯', 'material', '个', 6500],
  ['五孔插座', 'material', '个', 2500],
  ['空气开关 16A', 'material', '个', 4800],
  ['软管 60cm', 'material', '根', 1500],
  ['网线水晶头', 'material', '个', 200],
];

/** What a paid repair uses: content, the case text, and the price-list lines (name × qty). */
const JOBS: { content: string; report: string; lines: [string, number][] }[] = [
  {
    content: '更换办公室洗手间水龙头',
    report: '洗手间水龙头关不紧，一直滴水',
    lines: [
      ['人工费 维修', 1],
      ['更换水龙头', 1],
    ],
  },
  {
    content: '更换茶水间角阀及软管',
    report: '茶水间水池下角阀漏水',
    lines: [
      ['人工费 维修', 1],
      ['角阀', 2],
      ['软管 60cm', 2],
    ],
  },
  {
    content: '更换办公室 LED 灯管',
    report: '办公室灯管不亮，共三支',
    lines: [
      ['人工费 维修', 1],
      ['LED灯管', 3],
    ],
  },
  { content: '疏通卫生间下水道', report: '卫生间下水道堵塞，积水', lines: [['人工费 疏通下水道', 1]] },
  {
    content: '更换办公室门锁',
    report: '办公室门锁坏了，钥匙拧不动',
    lines: [
      ['人工费 维修', 1],
      ['更换门锁', 1],
    ],
  },
  {
    content: '更换会议室插座',
    report: '会议室墙面插座烧坏',
    lines: [
      ['人工费 维修', 1],
      ['五孔插座', 2],
    ],
  },
];

export async function demoPaidRepairs(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const pid = prop.id;
  const callers = await unitsWithCompany(db, pid);
  if (!callers.length) return;
  const api = demoApi(app, 'paid repairs demo');
  const today = dayjs(api.now()).tz('Asia/Shanghai').startOf('day');
  try {
    api.at(today.subtract(190, 'day').hour(9).toDate());
    const price = new Map<string, string>();
    for (const [k, [name, kind, unit, priceFen]] of DEMO_PRICE_LIST.entries()) {
      const r = await api.call('affairs_admin', 'POST', '/repair-price-items', { propertyId: pid, name, kind, unit, priceFen, sort: k });
      if (r.ok) price.set(name, r.data.id as string);
    }
    const me = await api.call('engineer', 'GET', '/auth/me');
    const engineerId = me.ok ? (me.data.id as string) : undefined;

    /** One paid repair up to `stage`; returns the work order's id. */
    const repair = async (
      at: dayjs.Dayjs,
      job: (typeof JOBS)[number],
      o: {
        tenant: boolean;
        caller: (typeof callers)[number];
        stage: 'quoted' | 'declined' | 'done';
        notice?: boolean;
        spot?: boolean;
        close?: boolean;
      },
    ) => {
      api.at(at.toDate());
      const body = { propertyId: pid, kind: 'repair', content: job.report, category: 'equipment', subcategory: 'other' };
      const c = o.tenant
        ? await api.call('tenant', 'POST', '/cases', { ...body, channel: 'tenant_portal', location: '办公室' })
        : await api.call('front_desk', 'POST', '/cases', {
            ...body,
            channel: 'phone',
            unitId: o.caller.id,
            organizationId: o.caller.organizationId,
            contactName: '王丽',
            contactPhone: '0755-28301234',
            location: `${o.caller.name ?? o.caller.code} 办公室`,
          });
      if (!c.ok) return null;
      api.at(at.add(10, 'minute').toDate());
      const d = await api.call('dispatcher', 'POST', `/cases/${c.data.id}/work-orders`, {
        content: job.content,
        paid: true,
        assigneeId: engineerId,
      });
      if (!d.ok) return null;
      const wo = (d.data.workOrders as { id: string }[]).at(-1)!.id;
      const step = async (min: number, role: Role, path: string, b?: object) => {
        api.at(at.add(min, 'minute').toDate());
        return api.call(role, 'POST', `/work-orders/${wo}/${path}`, b);
      };
      await step(20, 'engineer', 'accept');
      await step(45, 'engineer', 'arrive');
      await step(55, 'engineer', 'quote', {
        items: job.lines.filter(([n]) => price.has(n)).map(([n, qty]) => ({ priceItemId: price.get(n), qty })),
      });
      if (o.stage === 'quoted') return wo;
      const accepted = o.stage !== 'declined';
      if (o.tenant) await step(75, 'tenant', 'consent', { name: '陈静', method: 'portal', accepted });
      else
        await step(80, 'cs_assistant', 'consent', {
          name: '王丽（电话）',
          method: 'recorded',
          accepted,
          at: at.add(70, 'minute').toISOString(),
        });
      if (!accepted) return wo;
      await step(150, 'engineer', 'complete', { workDone: `${job.content}，已试用正常`, materials: [] });
      await step(160, o.tenant ? 'tenant' : 'engineer', 'sign', {
        name: o.tenant ? '陈静' : '王丽',
        method: o.tenant ? 'portal' : 'paper',
      });
      if (o.notice || o.spot) await step(200, 'cs_assistant', 'payment-notice');
      if (o.spot) await step(210, 'cs_assistant', 'paid', { receiptNo: `SJ-${at.format('YYMMDD')}-01` });
      if (!o.close) return wo;
      // The next day: the work order returned, the callback made, the case closed.
      await step(24 * 60, 'front_desk', 'return');
      api.at(at.add(25, 'hour').toDate());
      await api.call('front_desk', 'POST', `/cases/${c.data.id}/callbacks`, {
        satisfied: true,
        courtesyRating: 5,
        attitudeRating: 5,
        comment: '维修及时，收费清楚',
      });
      await api.call('front_desk', 'POST', `/cases/${c.data.id}/close`, { result: 'resolved', note: '有偿维修已完工签字，回访满意' });
      return wo;
    };

    // Six months back: three paid repairs a month, on working days.
    let n = 0;
    for (let m = 6; m >= 1; m--) {
      for (const day of [4, 12, 20]) {
        let at = today.subtract(m, 'month').date(day).hour(9).minute(30);
        while (at.day() === 0 || at.day() === 6) at = at.add(1, 'day');
        const tenant = n % 3 === 0;
        await repair(at, JOBS[n % JOBS.length]!, {
          tenant,
          caller: callers[(n * 5) % callers.length]!,
          stage: 'done',
          notice: n % 2 === 0,
          spot: n === 7,
          close: true,
        });
        n++;
      }
    }
    // This month: one done, one waiting for the tenant's consent now, one quoted and declined.
    const recent = (days: number) => {
      let at = today.subtract(days, 'day').hour(10);
      while (at.day() === 0 || at.day() === 6) at = at.subtract(1, 'day');
      return at;
    };
    await repair(recent(4), JOBS[2]!, { tenant: false, caller: callers[3 % callers.length]!, stage: 'declined' });
    await repair(recent(2), JOBS[5]!, { tenant: false, caller: callers[7 % callers.length]!, stage: 'done' });
    await repair(dayjs(api.now()).subtract(2, 'hour'), JOBS[0]!, { tenant: true, caller: callers[0]!, stage: 'quoted' });
  } finally {
    await api.finish();
  }
}
