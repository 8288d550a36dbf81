/**
 * Demo history of tenant visits: two months of visits to the demo property's tenant companies by 宋文博
 * (tenant_rep) and 马红梅 (cs_supervisor) — each arranged two days ahead, recorded with whom they met, the
 * opinions and the satisfaction; a few issues opened as cases (most dealt with and the tenant told, one still
 * open); three visits planned for the coming days; the 中秋 and 国庆 2026 greetings done and the coming 元旦 plan.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Role } from '@hy/contracts';
import { properties } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { tenantCompanies } from './visits.repository.ts';

const TOPICS = [
  '近期物业服务意见征询',
  '冬季供暖及空调运行情况',
  '年底消防安全检查安排',
  '大厦近期管理新举措介绍',
  '办公区保洁质量回访',
  '停车位及访客登记办理',
  '会议室预订使用情况',
  '元旦期间值班及安全提示',
];
const OPINIONS: [string, 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied'][] = [
  ['对物业服务总体满意，前台接待热情，报修响应及时。', 'very_satisfied'],
  ['总体满意，希望保洁在上午上班前完成楼层卫生间清洁。', 'satisfied'],
  ['空调晚间加班时制冷不足，希望延长供冷时间。', 'neutral'],
  ['访客登记流程顺畅，建议增加一台访客自助登记机。', 'satisfied'],
  ['电梯高峰期等候时间较长，希望错峰调度。', 'neutral'],
  ['对近期维修质量满意，维修人员态度好。', 'very_satisfied'],
  ['停车场夜间照明偏暗，请检查。', 'satisfied'],
];
/** Issues raised, with the kind of case each becomes. */
const ISSUES: [string, 'repair' | 'complaint'][] = [
  ['12 楼男卫生间感应水龙头出水不畅', 'repair'],
  ['会议室投影仪画面偏色', 'repair'],
  ['走廊保洁不及时，下午垃圾桶已满', 'complaint'],
  ['地下车库 B2 区两盏灯不亮', 'repair'],
  ['晚间加班空调不够凉', 'complaint'],
];
const MET = ['行政处 王丽', '办公室主任 周建国', '综合科 孙伟', '行政主管 刘芳', '办公室 黄晓燕', '后勤科 吴涛'];

export async function demoVisits(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const pid = prop.id;
  const orgs = (await tenantCompanies(db, pid)).slice(0, 12);
  if (!orgs.length) return;
  const api = demoApi(app, 'tenant visits demo');
  const now = api.now();
  const today = dayjs(now).tz('Asia/Shanghai').startOf('day');
  let seed = 20261207;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  try {
    const staff = await api.call('tenant_rep', 'GET', `/tenant-visits/staff?propertyId=${pid}`);
    const ma = staff.ok ? (staff.data.data as { id: string; name: string }[]).find((s) => s.name === '马红梅') : undefined;
    const contact = (o: { name: string }) => {
      const n = o.name.length;
      return { contactName: ['李明华', '张晓东', '陈静', '刘洋', '赵敏', '周建国'][n % 6]!, contactPhone: `0755-2830${1000 + n * 37}` };
    };
    const plan = async (role: Role, org: (typeof orgs)[number], at: dayjs.Dayjs, with2: boolean) => {
      api.at(at.subtract(2, 'day').hour(16).toDate());
      const r = await api.call(role, 'POST', '/tenant-visits', {
        propertyId: pid,
        organizationId: org.id,
        plannedAt: at.toISOString(),
        place: `${org.units[0] ?? ''} 会议室`,
        ...contact(org),
        topics: [pick(TOPICS), pick(TOPICS)].filter((x, i, a) => a.indexOf(x) === i),
        visitorIds: with2 && ma && role === 'tenant_rep' ? [ma.id] : [],
      });
      return r.ok ? (r.data as { id: string }) : null;
    };
    let issueNo = 0;
    const opened: { caseId: string; tell: boolean }[] = [];
    // Two months of visits, about two a week, each company in turn (some twice).
    for (let k = 0, d = 60; d >= 2; d -= 4, k++) {
      const at = today
        .subtract(d, 'day')
        .hour(rand() < 0.5 ? 10 : 14)
        .minute(30);
      if (at.day() === 0 || at.day() === 6) continue;
      const role: Role = k % 3 === 2 ? 'cs_supervisor' : 'tenant_rep';
      const v = await plan(role, orgs[k % orgs.length]!, at, k % 2 === 0);
      if (!v) continue;
      if (k % 9 === 5) {
        api.at(at.subtract(1, 'day').hour(9).toDate());
        await api.call(role, 'POST', `/tenant-visits/${v.id}/cancel`, { reason: '对方临时外出开会，改期再约' });
        continue;
      }
      const [opinions, satisfaction] = pick(OPINIONS);
      const issues = k % 3 === 0 && issueNo < ISSUES.length ? [ISSUES[issueNo++]!] : [];
      api.at(at.add(50, 'minute').toDate());
      const r = await api.call(role, 'POST', `/tenant-visits/${v.id}/record`, {
        visitedAt: at.toISOString(),
        metNames: pick(MET),
        opinions,
        satisfaction,
        issues: issues.map((i) => i[0]),
      });
      if (!r.ok) continue;
      for (const [n, issue] of (r.data.issues as { id: string }[]).entries()) {
        api.at(at.add(2, 'hour').toDate());
        const c = await api.call(role, 'POST', `/tenant-visits/${v.id}/issues/${issue.id}/case`, { kind: issues[n]![1] });
        const caseId = c.ok ? (c.data.issues[n].caseId as string) : null;
        // The last issue raised stays open; the others are dealt with and the tenant told.
        if (caseId) opened.push({ caseId, tell: issueNo < ISSUES.length || d > 20 });
      }
    }
    // Dealt with and told: resolved, then the callback to the tenant (a few days later).
    for (const [n, o] of opened.entries()) {
      if (!o.tell || n === opened.length - 1) continue;
      const c = await api.call('cs_supervisor', 'GET', `/cases/${o.caseId}`);
      if (!c.ok) continue;
      const t0 = dayjs(c.data.createdAt as string);
      api.at(t0.add(1, 'day').toDate());
      await api.call('cs_supervisor', 'POST', `/cases/${o.caseId}/resolve`, { note: '已安排处理完毕，现场复查正常' });
      api.at(t0.add(2, 'day').toDate());
      await api.call('cs_supervisor', 'POST', `/cases/${o.caseId}/callbacks`, {
        satisfied: true,
        courtesyRating: 5,
        attitudeRating: 5,
        comment: '已电话告知用户处理结果，用户表示满意',
      });
    }
    // The coming days: three visits planned.
    for (let i = 0; i < 3; i++) {
      const at = today
        .add(1 + i, 'day')
        .hour(10 + i * 2)
        .minute(0);
      api.at(new Date(Math.min(now.getTime(), at.subtract(2, 'day').hour(16).valueOf())));
      await api.call('tenant_rep', 'POST', '/tenant-visits', {
        propertyId: pid,
        organizationId: orgs[(i * 5 + 3) % orgs.length]!.id,
        plannedAt: at.toISOString(),
        ...contact(orgs[(i * 5 + 3) % orgs.length]!),
        topics: ['元旦期间值班及安全提示', '年度物业服务满意度征询'],
        visitorIds: i === 0 && ma ? [ma.id] : [],
      });
    }
    // Greetings: 中秋 and 国庆 2026 done, the coming 元旦 2027 planned (a few lines done already).
    const year = today.year();
    for (const [occasion, when, gift] of [
      ['mid_autumn', `${year}-09-20`, '月饼礼盒'],
      ['national_day', `${year}-09-28`, '国庆贺卡'],
    ] as const) {
      api.at(dayjs.tz(`${when} 09:00`, 'Asia/Shanghai').toDate());
      const p = await api.call('tenant_rep', 'POST', '/tenant-greetings', {
        propertyId: pid,
        occasion,
        year,
        giftKind: occasion === 'mid_autumn' ? 'gift' : 'card',
        gift,
        giverName: '宋文博',
      });
      if (!p.ok) continue;
      for (const [n, item] of (p.data.items as { id: string }[]).entries()) {
        api.at(
          dayjs
            .tz(`${when} 10:00`, 'Asia/Shanghai')
            .add(n * 15, 'minute')
            .add(1, 'day')
            .toDate(),
        );
        await api.call(n % 2 ? 'cs_supervisor' : 'tenant_rep', 'POST', `/tenant-greetings/${p.data.id}/items/${item.id}/done`);
      }
    }
    api.at(today.subtract(3, 'day').hour(11).toDate());
    const ny = await api.call('tenant_rep', 'POST', '/tenant-greetings', {
      propertyId: pid,
      occasion: 'new_year',
      year: year + 1,
      note: '元旦前送达贺卡，重点单位由客服部经理登门拜访',
      giftKind: 'card',
      gift: '新年贺卡',
      giverName: '宋文博',
    });
    if (ny.ok) {
      const items = ny.data.items as { id: string }[];
      for (const [n, item] of items.slice(0, 3).entries()) {
        api.at(today.subtract(2, 'day').hour(10).toDate());
        await api.call('tenant_rep', 'PATCH', `/tenant-greetings/${ny.data.id}/items/${item.id}`, {
          giftKind: 'visit',
          gift: '台历及新年贺卡',
          giverName: n === 0 ? '马红梅' : '宋文博',
        });
      }
    }
  } finally {
    await api.finish();
  }
}
