/**
 * Demo history of the tenant files: every company of the demo property gets its file — English name, key
 * leaders, staff count, contacts with Chinese and English names, the emergency contact, the move-in date —
 * saved by the tenant representative (宋文博) a few weeks ago, a few of them corrected since.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { organizations, properties } from '../../../db/schema/index.ts';
import { demoApi, type DemoApi } from '../../../seed/demo-api.ts';

export interface TenantsDemo {
  api: DemoApi;
  propertyId: string;
  orgs: { id: string; name: string }[];
  today: dayjs.Dayjs;
  now: Date;
  rand: () => number;
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo property, its companies, the simulated clock (null: no demo property). */
export async function tenantsDemo(app: FastifyInstance, label: string, seed: number): Promise<TenantsDemo | null> {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, 'XZZX'));
  if (!prop) return null;
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.propertyId, prop.id));
  const now = app.clock.now();
  return {
    api: demoApi(app, label),
    propertyId: prop.id,
    orgs,
    now,
    today: dayjs(now).tz('Asia/Shanghai').startOf('day'),
    rand: rng(seed),
  };
}

const EN: Record<string, string> = {
  市人民政府办公厅: 'General Office of the Municipal People’s Government',
  市发展和改革委员会: 'Municipal Development and Reform Commission',
  市财政局: 'Municipal Finance Bureau',
  市人力资源和社会保障局: 'Municipal Human Resources and Social Security Bureau',
  市机关事务管理局: 'Municipal Government Offices Administration',
  市教育局: 'Municipal Education Bureau',
  市卫生健康委员会: 'Municipal Health Commission',
  市住房和建设局: 'Municipal Housing and Construction Bureau',
  市交通运输局: 'Municipal Transport Bureau',
  市生态环境局: 'Municipal Ecology and Environment Bureau',
  市市场监督管理局: 'Municipal Administration for Market Regulation',
  市统计局: 'Municipal Statistics Bureau',
  市人大常委会办公厅: 'General Office of the Municipal People’s Congress Standing Committee',
  市政协办公厅: 'General Office of the Municipal CPPCC',
  中国建设银行行政中心支行: 'China Construction Bank, Civic Centre Sub-branch',
  深圳市鹏城餐饮服务有限公司: 'Shenzhen Pengcheng Catering Services Co., Ltd.',
};
/** [Chinese name, English name] pairs: pinyin for most, an English given name for some. */
const PEOPLE: [string, string][] = [
  ['王建国', 'Wang Jianguo'],
  ['李秀兰', 'Li Xiulan'],
  ['张志强', 'Zhang Zhiqiang'],
  ['刘海燕', 'Helen Liu'],
  ['陈国栋', 'Chen Guodong'],
  ['杨丽萍', 'Yang Liping'],
  ['赵文斌', 'Zhao Wenbin'],
  ['黄晓梅', 'Grace Huang'],
  ['周立新', 'Zhou Lixin'],
  ['吴雅琴', 'Wu Yaqin'],
  ['徐振华', 'Xu Zhenhua'],
  ['孙婷', 'Tina Sun'],
  ['胡建军', 'Hu Jianjun'],
  ['朱晓燕', 'Zhu Xiaoyan'],
  ['高明', 'Gao Ming'],
  ['林佳慧', 'Jessica Lin'],
  ['何志刚', 'He Zhigang'],
  ['郭丽娟', 'Guo Lijuan'],
  ['马俊峰', 'Ma Junfeng'],
  ['罗敏', 'Luo Min'],
  ['梁家豪', 'Kevin Liang'],
  ['宋雨桐', 'Song Yutong'],
  ['郑凯文', 'Kevin Zheng'],
  ['谢晓东', 'Xie Xiaodong'],
  ['韩冰', 'Han Bing'],
  ['唐思远', 'Tang Siyuan'],
  ['冯丽', 'Feng Li'],
  ['曹永刚', 'Cao Yonggang'],
  ['邓佳琪', 'Angela Deng'],
  ['彭浩然', 'Peng Haoran'],
  ['蒋美玲', 'Jiang Meiling'],
  ['袁立群', 'Yuan Liqun'],
];
const HEAD = { government: ['局长', '副局长', '办公室主任'], company: ['总经理', '副总经理', '行政经理'] };
const CONTACT_TITLES = ['办公室主任', '综合科科长', '行政专员', '办公室文员'];

export async function demoFiles(app: FastifyInstance) {
  const d = await tenantsDemo(app, 'tenant files demo', 20261207);
  if (!d) return;
  const { api, rand } = d;
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const phone = () => `13${Math.floor(rand() * 9) + 1}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
  let p = 0;
  const person = () => PEOPLE[p++ % PEOPLE.length]!;
  for (const [i, org] of d.orgs.entries()) {
    const company = /公司|银行/.test(org.name);
    const titles = company ? HEAD.company : HEAD.government;
    const [l1, l2, c1, c2, em] = [person(), person(), person(), person(), person()];
    const slug = `${l1[1].split(' ').pop()!.toLowerCase()}`;
    api.at(
      d.today
        .subtract(40 - i, 'day')
        .hour(10)
        .minute(15)
        .toDate(),
    );
    const body = {
      nameEn: EN[org.name] ?? null,
      status: 'occupied',
      areaSqm: Math.round(300 + rand() * 1500),
      staffCount: Math.round(12 + rand() * 80),
      moveInDate: d.today
        .subtract(1 + Math.floor(rand() * 6), 'year')
        .subtract(Math.floor(rand() * 300), 'day')
        .format('YYYY-MM-DD'),
      leaders: [
        { name: l1[0], title: titles[0]!, phone: `0755-2830${String(1000 + i * 101).slice(0, 4)}` },
        { name: l2[0], title: titles[1]!, phone: null },
      ],
      contacts: [
        {
          nameZh: c1[0],
          nameEn: c1[1],
          title: pick(CONTACT_TITLES),
          phone: phone(),
          email: `${slug}${i}@${company ? 'example.com' : 'example.gov.cn'}`,
        },
        { nameZh: c2[0], nameEn: c2[1], title: pick(CONTACT_TITLES), phone: phone(), email: null },
      ],
      emergencyName: em[0],
      emergencyPhone: phone(),
      notes: i % 5 === 0 ? '每周一上午例会，期间请勿安排入户维修。' : null,
    };
    const r = await api.call('tenant_rep', 'PUT', `/tenant-files/${org.id}`, body);
    // A few files corrected later (staff count after a reorganisation).
    if (r.ok && i % 4 === 1) {
      api.at(
        d.today
          .subtract(10 - (i % 7), 'day')
          .hour(15)
          .toDate(),
      );
      await api.call('tenant_rep', 'PUT', `/tenant-files/${org.id}`, { ...body, staffCount: body.staffCount + 3, version: r.data.version });
    }
  }
  await api.finish();
}
