/**
 * Demo history of laundry and meals at the demo property: the laundry 洁雅洗衣服务有限公司 with its price list and
 * the caterer 禾丰餐饮管理有限公司; weekly menus for the last weeks and the next; three weeks of laundry requests
 * and meal orders from several companies (市财政局 orders in the portal and signs there), each signed and
 * charged on its day; one laundry collected late (the timer's alert raised), one meal sent back to be redone and
 * one delivered late; last month's evaluations, the Thursday opinions, the 2025 year-end reviews with the CS
 * manager's decision; today two requests on the board.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Role } from '@hy/contracts';
import { properties } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { isoWeekLabel } from '../meals/meals.rules.ts';
import { alertUncollected } from './laundry.jobs.ts';
import { companiesWithUnits } from './laundry.repository.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PRICES = [
  { item: '衬衫', washFen: 800, dryCleanFen: 1500, ironFen: 500 },
  { item: 'T恤', washFen: 600, dryCleanFen: 1200, ironFen: 400 },
  { item: '西装(套)', washFen: null, dryCleanFen: 4000, ironFen: 1500 },
  { item: '西裤', washFen: 1000, dryCleanFen: 1800, ironFen: 600 },
  { item: '裙子', washFen: 1000, dryCleanFen: 2000, ironFen: 600 },
  { item: '毛衣', washFen: 1500, dryCleanFen: 2500, ironFen: null },
  { item: '大衣', washFen: null, dryCleanFen: 5000, ironFen: 2000 },
  { item: '羽绒服', washFen: 3500, dryCleanFen: 5500, ironFen: null },
  { item: '床单', washFen: 1200, dryCleanFen: null, ironFen: 800 },
  { item: '被罩', washFen: 1800, dryCleanFen: null, ironFen: 1000 },
  { item: '窗帘(米)', washFen: 800, dryCleanFen: 1500, ironFen: null },
];
const DISHES: [string, number][] = [
  ['红烧鸡腿饭', 1800],
  ['番茄炒蛋盖饭', 1500],
  ['鱼香肉丝饭', 1700],
  ['宫保鸡丁饭', 1700],
  ['清蒸鲈鱼套餐', 2600],
  ['土豆牛腩饭', 2200],
  ['麻婆豆腐饭', 1500],
  ['香菇青菜面', 1300],
  ['梅菜扣肉饭', 2000],
  ['糖醋里脊饭', 1900],
];
const CONTACTS = ['王丽', '周建国', '孙伟', '刘芳', '黄晓燕', '吴涛'];

export async function demoLaundryMeals(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const pid = prop.id;
  const companies = (await companiesWithUnits(db, pid)).slice(0, 6);
  if (!companies.length) return;
  const api = demoApi(app, 'laundry and meals demo');
  const now = api.now();
  const tz = 'Asia/Shanghai';
  const today = dayjs(now).tz(tz).startOf('day');
  const start = today.subtract(21, 'day');
  const monday = (d: dayjs.Dayjs) => d.subtract((d.day() + 6) % 7, 'day');
  const call = async (role: Role, method: 'POST' | 'PUT' | 'GET', url: string, body?: object) => {
    const r = await api.call(role, method, url, body);
    return r.ok ? r.data : null;
  };
  const signAs = async (role: Role, url: string, signerName: string) => {
    const sig = await call(role, 'POST', '/signatures', { propertyId: pid, signerName, image: PNG });
    if (sig) await call(role, 'POST', url, { signerName, signatureId: sig.id });
  };
  const portalOrg = companies.find((c) => c.name === '市财政局');
  try {
    api.at(start.subtract(40, 'day').hour(10).toDate());
    const year = start.year();
    const laundry = await call('housekeeping_supervisor', 'POST', '/paid-services/suppliers', {
      propertyId: pid,
      kind: 'laundry',
      name: '洁雅洗衣服务有限公司',
      contactName: '周洁',
      phone: '0755-28301234',
      contractFrom: `${year}-01-01`,
      contractTo: `${year}-12-31`,
    });
    const caterer = await call('cs_supervisor', 'POST', '/paid-services/suppliers', {
      propertyId: pid,
      kind: 'meals',
      name: '禾丰餐饮管理有限公司',
      contactName: '林志强',
      phone: '0755-28305678',
      contractFrom: `${year}-01-01`,
      contractTo: `${year}-12-31`,
    });
    if (!laundry || !caterer) return;
    await call('housekeeping_supervisor', 'PUT', '/laundry/prices', { propertyId: pid, supplierId: laundry.id, items: PRICES });

    // Menus: agreed on the Friday before each week, from three weeks ago to next week.
    const weeks: string[] = [];
    for (let w = monday(start); !w.isAfter(monday(today).add(7, 'day')); w = w.add(7, 'day')) {
      api.at(w.subtract(3, 'day').hour(15).toDate());
      const k = weeks.length;
      // Weekdays three dishes; the weekend (duty staff) two.
      const dishes = [1, 2, 3, 4, 5, 6, 7].flatMap((day) =>
        (day > 5 ? [0, 1] : [0, 1, 2]).map((j) => {
          const [dish, priceFen] = DISHES[(k * 3 + day * 2 + j) % DISHES.length]!;
          return { day, dish, priceFen };
        }),
      );
      await call('cs_supervisor', 'POST', '/meals/menus', { propertyId: pid, weekStart: w.format('YYYY-MM-DD'), dishes });
      weeks.push(w.format('YYYY-MM-DD'));
    }
    const menus = ((await call('cs_supervisor', 'GET', `/meals/menus?propertyId=${pid}`))?.data ?? []) as {
      weekStart: string;
      dishes: { day: number; dish: string }[];
    }[];

    let n = 0;
    for (let d = start; d.isBefore(today); d = d.add(1, 'day')) {
      const wd = d.day();
      if (wd === 0 || wd === 6) continue;
      n++;
      // Meals: three or four companies order before 10:00; the sheet is phoned at 10:00; checked, delivered, signed.
      const menu = menus.find((m) => m.weekStart === monday(d).format('YYYY-MM-DD'));
      const todays = menu?.dishes.filter((x) => x.day === wd) ?? [];
      const ids: { id: string; portal: boolean; contact: string }[] = [];
      if (todays.length)
        for (let i = 0; i < 3 + (n % 2); i++) {
          const c = companies[(n + i) % companies.length]!;
          const portal = c.id === portalOrg?.id;
          const contact = portal ? '陈静' : CONTACTS[(n + i) % CONTACTS.length]!;
          api.at(
            d
              .hour(8)
              .minute(40 + i * 5)
              .toDate(),
          );
          const o = await call(portal ? 'tenant' : 'front_desk', 'POST', '/meals/orders', {
            propertyId: pid,
            ...(portal ? {} : { organizationId: c.id, unitId: c.unitId }),
            contactName: contact,
            lines: [
              { dish: todays[i % todays.length]!.dish, count: 1 + ((n + i) % 4) },
              ...(i % 2 ? [{ dish: todays[(i + 1) % todays.length]!.dish, count: 1 }] : []),
            ],
          });
          if (o) ids.push({ id: o.id, portal, contact });
        }
      api.at(d.hour(10).minute(1).toDate());
      await call('front_desk', 'POST', '/meals/orders/phoned', { propertyId: pid, day: d.format('YYYY-MM-DD') });
      for (const [i, o] of ids.entries()) {
        api.at(
          d
            .hour(11)
            .minute(5 + i)
            .toDate(),
        );
        if (n === 4 && i === 0) {
          await call('front_desk', 'POST', `/meals/orders/${o.id}/check`, {
            result: 'redo',
            note: '米饭偏凉，份量不足，已电话通知送餐单位重做',
          });
          api.at(d.hour(11).minute(25).toDate());
        }
        await call('front_desk', 'POST', `/meals/orders/${o.id}/check`, { result: 'pass' });
        api.at(
          d
            .hour(11)
            .minute(n === 7 && i === 1 ? 42 : 20 + i)
            .toDate(),
        );
        await call('front_desk', 'POST', `/meals/orders/${o.id}/deliver`);
        api.at(d.hour(11).minute(50).toDate());
        if (o.portal) await signAs('tenant', `/meals/orders/${o.id}/sign`, o.contact);
        else await signAs('front_desk', `/meals/orders/${o.id}/sign`, o.contact);
      }

      // Laundry: a request most days, phoned five minutes later, collected, returned the next day and signed.
      if (n % 3 === 2) continue;
      const c = companies[(n * 2) % companies.length]!;
      const portal = c.id === portalOrg?.id;
      api.at(d.hour(9).minute(20).toDate());
      const r = await call(portal ? 'tenant' : 'front_desk', 'POST', '/laundry/requests', {
        propertyId: pid,
        ...(portal ? {} : { organizationId: c.id, unitId: c.unitId }),
        contactName: portal ? '陈静' : CONTACTS[n % CONTACTS.length]!,
        contactPhone: `1380013${String(8000 + n).padStart(4, '0')}`,
        estimate: ['衬衫 4 件、西裤 2 条', '西装 1 套', '大衣 1 件、毛衣 2 件', '床单 2 条、被罩 2 个'][n % 4],
      });
      if (!r) continue;
      api.at(d.hour(9).minute(25).toDate());
      await call('front_desk', 'POST', `/laundry/requests/${r.id}/call`);
      const late = n === 5;
      if (late) await alertUncollected(db, d.hour(9).minute(56).toDate());
      api.at(
        d
          .hour(late ? 10 : 9)
          .minute(late ? 12 : 48)
          .toDate(),
      );
      await call('front_desk', 'POST', `/laundry/requests/${r.id}/collect`);
      const back = d.add(wd === 5 ? 3 : 1, 'day');
      if (!back.isBefore(today)) continue;
      api.at(back.hour(15).toDate());
      const p = PRICES[n % PRICES.length]!;
      const q = PRICES[(n + 3) % PRICES.length]!;
      await call('front_desk', 'POST', `/laundry/requests/${r.id}/return`, {
        lines: [
          { item: p.item, service: p.washFen ? 'wash' : 'dry_clean', qty: 1 + (n % 3), priceFen: p.washFen ?? p.dryCleanFen },
          { item: q.item, service: q.dryCleanFen ? 'dry_clean' : 'wash', qty: 1, priceFen: q.dryCleanFen ?? q.washFen },
        ],
      });
      if (n === 8) {
        api.at(back.hour(15).minute(20).toDate());
        await call('front_desk', 'POST', `/laundry/requests/${r.id}/rewash`, { note: '衬衫领口仍有污渍，用户要求重洗' });
        api.at(back.add(1, 'day').hour(15).toDate());
        await call('front_desk', 'POST', `/laundry/requests/${r.id}/return`, { lines: [] });
      }
      api.at(
        api.now().getTime() > back.hour(15).valueOf() ? dayjs(api.now()).add(10, 'minute').toDate() : back.hour(15).minute(10).toDate(),
      );
      await signAs(portal ? 'tenant' : 'front_desk', `/laundry/requests/${r.id}/sign`, portal ? '陈静' : CONTACTS[n % CONTACTS.length]!);
    }

    // Evaluations: last month's (3 days before the pay day), the Thursday opinions, last year's review and decision.
    const last = today.subtract(1, 'month');
    api.at(last.date(25).hour(16).toDate());
    await call('cs_supervisor', 'POST', '/paid-services/evaluations', {
      propertyId: pid,
      supplierId: laundry.id,
      kind: 'monthly',
      period: last.format('YYYY-MM'),
      opinions: '用户反映收衣基本及时，衬衫熨烫平整；有一次超过 30 分钟才到场。',
      improvements: '高峰时段增派一名收衣人员，确保 30 分钟内到场。',
    });
    await call('cs_supervisor', 'POST', '/paid-services/evaluations', {
      propertyId: pid,
      supplierId: caterer.id,
      kind: 'monthly',
      period: last.format('YYYY-MM'),
      opinions: '菜品口味较好，价格合理；个别天送餐略晚。',
      improvements: '11:30 前必须送达；每周增加一道清淡菜品。',
    });
    for (let th = monday(start).add(3, 'day'); th.isBefore(today); th = th.add(7, 'day')) {
      api.at(th.hour(15).toDate());
      await call('cs_supervisor', 'POST', '/paid-services/evaluations', {
        propertyId: pid,
        supplierId: caterer.id,
        kind: 'weekly',
        period: isoWeekLabel(th.format('YYYY-MM-DD')),
        opinions: ['米饭偏硬，汤品偏咸。', '用户满意本周菜品，希望增加水果。', '送餐准时，餐盒需加盖防洒。'][th.date() % 3],
        improvements: '已电话转告禾丰餐饮，下周改进。',
      });
    }
    api.at(dayjs.tz(`${year}-01-08 10:00`, tz).toDate());
    for (const [s, who] of [
      [laundry, 'housekeeping_supervisor'],
      [caterer, 'cs_supervisor'],
    ] as const) {
      const y = await call(who, 'POST', '/paid-services/evaluations', {
        propertyId: pid,
        supplierId: s.id,
        kind: 'yearly',
        period: String(year - 1),
        opinions: '全年服务总体满意，用户投诉 2 次，均已整改。',
        improvements: '下年度重点：缩短收取/送达时间，提高高峰期服务能力。',
        renew: true,
      });
      api.at(dayjs.tz(`${year}-01-12 10:00`, tz).toDate());
      if (y)
        await call('cs_supervisor', 'POST', `/paid-services/evaluations/${y.id}/decide`, {
          renew: true,
          decision: `同意续签 ${year} 年度服务协议`,
        });
    }

    // Today's meals: two orders (taken by the desk before the cut-off, else accepted late by the CS supervisor), one checked.
    api.at(now);
    const wdToday = today.day() === 0 ? 7 : today.day();
    const todayDishes =
      menus.find((m) => m.weekStart === monday(today).format('YYYY-MM-DD'))?.dishes.filter((x) => x.day === wdToday) ?? [];
    const open = !!(await call('front_desk', 'GET', `/meals/orders?propertyId=${pid}`))?.open;
    for (const [i, c] of companies.slice(2, 4).entries()) {
      if (!todayDishes.length) break;
      const body = {
        propertyId: pid,
        organizationId: c.id,
        unitId: c.unitId,
        contactName: CONTACTS[i + 2]!,
        lines: [{ dish: todayDishes[i % todayDishes.length]!.dish, count: 2 + i }],
      };
      const o = open
        ? await call('front_desk', 'POST', '/meals/orders', body)
        : await call('cs_supervisor', 'POST', '/meals/orders', { ...body, acceptLate: true });
      if (o && i === 0) await call('front_desk', 'POST', `/meals/orders/${o.id}/check`, { result: 'pass' });
    }

    // Today: one request just logged, one phoned ten minutes ago (its countdown runs on the board).
    for (const [i, c] of companies.slice(0, 2).entries()) {
      api.at(
        dayjs(now)
          .subtract(15 - i * 3, 'minute')
          .toDate(),
      );
      const r = await call('front_desk', 'POST', '/laundry/requests', {
        propertyId: pid,
        organizationId: c.id,
        unitId: c.unitId,
        contactName: CONTACTS[i]!,
        estimate: i ? '衬衫 2 件' : '西装 1 套、衬衫 3 件',
      });
      if (r && i === 0) {
        api.at(dayjs(now).subtract(10, 'minute').toDate());
        await call('front_desk', 'POST', `/laundry/requests/${r.id}/call`);
      }
    }
  } finally {
    await api.finish();
  }
}
