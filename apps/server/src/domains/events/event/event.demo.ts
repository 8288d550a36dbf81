/**
 * Demo of large events (M13), the foundation of the story every events sub-feature continues: two conferences of
 * 市发展和改革委员会 that the company runs end to end — 《全市发展改革工作会议》 about three and a half weeks ago
 * (done, everything on record) and 《全市重大项目建设推进会》 in about ten days (being prepared). The 常务副总
 * 周立新 sets each up with the three groups and their people; the guests (speakers, leaders of the districts'
 * bureaus, guests from other cities) are put on the lists with their registration as they gave it.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { eventGuests, organizations, properties, users } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi, type DemoResult } from '../../../seed/demo-api.ts';
import { daysOf } from '../events.shared.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a demo step reads whatever the API answered
const body = (r: DemoResult): any => (r.ok ? r.data : null);

/** What the sub-features' demos continue from. */
export interface DemoEvent {
  id: string;
  propertyId: string;
  startsOn: string;
  endsOn: string;
  /** true for the conference already held */
  past: boolean;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = [
  '建华',
  '志强',
  '秀英',
  '丽娟',
  '国庆',
  '海燕',
  '振东',
  '晓明',
  '文博',
  '桂芳',
  '明辉',
  '永红',
  '立群',
  '春梅',
  '卫东',
  '红霞',
  '德胜',
  '雪梅',
  '建军',
  '玉兰',
  '志刚',
  '晓燕',
  '宏伟',
  '静怡',
  '俊峰',
  '淑珍',
  '光荣',
  '慧敏',
  '新民',
  '素芬',
];
const LOCAL_UNITS = [
  '福田区发展和改革局',
  '罗湖区发展和改革局',
  '南山区发展和改革局',
  '宝安区发展和改革局',
  '龙岗区发展和改革局',
  '龙华区发展和改革局',
  '坪山区发展和改革局',
  '光明区发展和改革局',
  '盐田区发展和改革局',
  '大鹏新区发展和财政局',
  '市财政局',
  '市统计局',
  '市住房和建设局',
  '市交通运输局',
];
const AWAY_UNITS: [string, 'train' | 'plane', string, string][] = [
  ['广州市发展和改革委员会', 'train', 'G6011', '深圳北站'],
  ['东莞市发展和改革局', 'train', 'C7015', '深圳北站'],
  ['惠州市发展和改革局', 'train', 'D7301', '深圳北站'],
  ['珠海市发展和改革局', 'train', 'C7603', '深圳北站'],
  ['汕头市发展和改革局', 'plane', 'CZ3912', '宝安国际机场'],
  ['湛江市发展和改革局', 'plane', 'CZ3315', '宝安国际机场'],
  ['省发展和改革委员会', 'train', 'G6005', '深圳北站'],
];
const TITLES = ['局长', '副局长', '处长', '副处长', '科长', '主任科员'];

/** The two conferences, set up as the 常务副总 does it; the guests put on their lists. */
export async function demoEventsCore(app: FastifyInstance, propertyCode = 'XZZX'): Promise<DemoEvent[]> {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return [];
  const pid = prop.id;
  const [org] = await db.select().from(organizations).where(eq(organizations.name, '市发展和改革委员会'));
  const people = new Map((await db.select({ id: users.id, username: users.username }).from(users)).map((u) => [u.username, u.id]));
  const api = demoApi(app, 'events demo');
  const today = dayjs(api.now()).tz('Asia/Shanghai').startOf('day');
  // A Thursday about 25 days ago and one about ten days ahead: two-day conferences, Thursday and Friday.
  const thursday = (from: dayjs.Dayjs) => from.add((4 - from.day() + 7) % 7, 'day');
  const pastStart = thursday(today.subtract(28, 'day'));
  const comingStart = thursday(today.add(8, 'day'));
  const out: DemoEvent[] = [];
  try {
    const plans = [
      {
        past: true,
        start: pastStart,
        name: '全市发展改革工作会议',
        content: '总结全年发展改革工作，部署明年重点任务；分组讨论重大项目、营商环境、价格与收费、区域协调发展等议题。',
        scope: '市发改委领导班子及各处室负责人，各区发展改革部门主要负责同志，省发改委及兄弟城市特邀嘉宾',
        expected: 90,
        guests: 84,
      },
      {
        past: false,
        start: comingStart,
        name: '全市重大项目建设推进会',
        content: '通报重大项目建设进展，协调解决用地、资金、审批等问题，分组对接项目建设单位，参观重点项目现场。',
        scope: '市发改委及市直有关部门负责同志，各区分管领导，重点项目建设单位负责人，省发改委及兄弟城市特邀嘉宾',
        expected: 120,
        guests: 96,
      },
    ];
    for (const p of plans) {
      api.at(
        p.start
          .subtract(p.past ? 30 : 20, 'day')
          .hour(9)
          .toDate(),
      );
      const created = body(
        await api.call('event_lead', 'POST', '/events', {
          propertyId: pid,
          name: `${p.start.format('YYYY')}年${p.name}`,
          hostUnit: '市发展和改革委员会',
          organizationId: org?.id ?? null,
          content: p.content,
          startsOn: p.start.format('YYYY-MM-DD'),
          endsOn: p.start.add(1, 'day').format('YYYY-MM-DD'),
          scope: p.scope,
          expectedCount: p.expected,
          confidentiality: 'internal',
          contactName: '张晓东',
          contactPhone: '0755-28301102',
          supervisorId: people.get('general_manager') ?? null,
        }),
      );
      if (!created) continue;
      const group = (code: string) => (created.groups as { id: string; code: string }[]).find((g) => g.code === code)!.id;
      const team: [string, string, string[]][] = [
        ['secretariat', 'cs_assistant', ['dispatcher', 'av_tech']],
        ['logistics', 'meeting_staff', ['affairs_admin', 'lobby_manager', 'cleaner']],
        ['transport', 'security', ['front_desk']],
      ];
      for (const [code, leader, members] of team)
        await api.call('event_lead', 'PATCH', `/events/${created.id}/groups/${group(code)}`, {
          leaderId: people.get(leader),
          memberIds: members.map((m) => people.get(m)).filter(Boolean),
        });
      api.at(
        p.start
          .subtract(p.past ? 25 : 12, 'day')
          .hour(10)
          .toDate(),
      );
      await api.call('cs_assistant', 'POST', `/events/${created.id}/briefs`, {
        fromGroupId: group('secretariat'),
        toGroupIds: [group('logistics'), group('transport')],
        title: '会议时间、地点、参会范围和人数已确定，请据此安排会场布置、用车和餐饮',
        body: `预计 ${p.expected} 人，其中外地嘉宾约 30 人需安排住宿和接站。`,
      });
      await insertGuests(db, pid, created.id, p.guests, p.start, p.past);
      // The groups tick their duties as they go: all of them for the conference held (the after-meeting ones on its
      // last day), the first steps for the one coming.
      const leaders: Record<string, string> = { secretariat: 'cs_assistant', logistics: 'meeting_staff', transport: 'security' };
      const now = body(await api.call('event_lead', 'GET', `/events/${created.id}`));
      for (const g of (now?.groups ?? []) as { id: string; code: string; duties: { id: string }[] }[]) {
        const upTo = p.past ? g.duties.length : g.code === 'secretariat' ? 5 : 1;
        for (const [k, d] of g.duties.slice(0, upTo).entries()) {
          const late = p.past && k >= g.duties.length - 2;
          api.at((late ? p.start.add(1, 'day').hour(17) : p.start.subtract(p.past ? 10 - (k % 8) : 9 - (k % 3), 'day').hour(15)).toDate());
          await api.call(leaders[g.code] as 'cs_assistant', 'POST', `/events/${created.id}/groups/${g.id}/duties/${d.id}`, { done: true });
        }
      }
      if (p.past) {
        api.at(p.start.add(1, 'day').hour(18).toDate());
        await api.call('event_lead', 'PATCH', `/events/${created.id}`, { status: 'ready', version: created.version });
        const e2 = body(await api.call('event_lead', 'GET', `/events/${created.id}`));
        if (e2) await api.call('event_lead', 'PATCH', `/events/${created.id}`, { status: 'running', version: e2.version });
      }
      out.push({ id: created.id, propertyId: pid, startsOn: created.startsOn, endsOn: created.endsOn, past: p.past });
    }
  } finally {
    await api.finish();
  }
  return out;
}

/** The guest list as the secretariat keyed it in: speakers, local leaders, guests from other cities with their travel. */
async function insertGuests(
  db: FastifyInstance['database']['db'],
  propertyId: string,
  eventId: string,
  n: number,
  start: dayjs.Dayjs,
  past: boolean,
) {
  const days = daysOf(start.format('YYYY-MM-DD'), start.add(1, 'day').format('YYYY-MM-DD'));
  const rows: (typeof eventGuests.$inferInsert)[] = [];
  for (let i = 0; i < n; i++) {
    const name = SURNAMES[(i * 7) % SURNAMES.length]! + GIVEN[(i * 11 + 3) % GIVEN.length]!;
    const away = i % 3 === 0 ? AWAY_UNITS[(i / 3) % AWAY_UNITS.length]! : null;
    const unit = away ? away[0] : LOCAL_UNITS[i % LOCAL_UNITS.length]!;
    // Registered: all of the past event's who came; of the coming one, two thirds so far, a few declined, the rest waiting.
    const rsvp = past ? (i % 17 === 5 ? 'declined' : 'registered') : i % 3 === 2 ? 'invited' : i % 11 === 4 ? 'declined' : 'registered';
    const registered = rsvp === 'registered';
    const arrival = away
      ? start
          .subtract(1, 'day')
          .hour(14 + (i % 5))
          .minute((i * 13) % 60)
      : null;
    rows.push({
      eventId,
      propertyId,
      kind: i < 4 ? 'speaker' : 'guest',
      name,
      organization: unit,
      title: TITLES[i % TITLES.length]!,
      gender: i % 4 === 1 ? 'f' : 'm',
      phone: `139${String(26000000 + i * 7919).slice(0, 8)}`,
      vip: i < 6,
      inviteToken: randomBytes(16).toString('base64url'),
      rsvp,
      invitedAt: start
        .subtract(past ? 24 : 14, 'day')
        .hour(10)
        .toDate(),
      registeredAt: registered
        ? start
            .subtract(past ? 20 - (i % 10) : 12 - (i % 8), 'day')
            .hour(9 + (i % 8))
            .toDate()
        : null,
      arrivalAt: registered && arrival ? arrival.toDate() : null,
      arrivalMode: registered ? (away ? away[1] : 'car') : null,
      arrivalRef: registered && away ? away[2] : null,
      arrivalStation: registered && away ? away[3] : null,
      departureAt: registered && away ? start.add(1, 'day').hour(17).minute(30).toDate() : null,
      departureMode: registered && away ? away[1] : null,
      departureStation: registered && away ? away[3] : null,
      dietary: i % 13 === 6 ? 'vegetarian' : i % 19 === 9 ? 'halal' : 'none',
      hotelWish: registered && away ? 'needed' : 'none',
      roomShare: i < 6 ? 'single' : 'any',
      companions: i === 0 || i === 9 ? [{ name: SURNAMES[(i + 40) % SURNAMES.length]! + '秘书', relation: '随行人员' }] : [],
      attendDays: registered ? days : [],
      meals: registered ? days.flatMap((d) => [`${d}:lunch`, ...(away || i % 2 === 0 ? [`${d}:dinner`] : [])]) : [],
    });
  }
  await db.insert(eventGuests).values(rows);
}
