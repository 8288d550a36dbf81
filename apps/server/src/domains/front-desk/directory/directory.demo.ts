/**
 * The demo directory: the property company's departments, every tenant of the buildings with two or three
 * of their people (the contact first), the executives of the 18th–20th floors. Written through the API by
 * the front desk, so it is audited like any change.
 */
import { DEMO_ORGANIZATIONS } from '../../../seed/demo-data.ts';
import type { FrontDeskDemo } from '../front-desk.demo.ts';

const ORG_EN: Record<string, string> = {
  市人民政府办公厅: 'General Office of the Municipal Government',
  市发展和改革委员会: 'Development and Reform Commission',
  市财政局: 'Finance Bureau',
  市人力资源和社会保障局: 'Human Resources and Social Security Bureau',
  市机关事务管理局: 'Government Offices Administration',
  市教育局: 'Education Bureau',
  市卫生健康委员会: 'Health Commission',
  市住房和建设局: 'Housing and Construction Bureau',
  市交通运输局: 'Transport Bureau',
  市生态环境局: 'Ecology and Environment Bureau',
  市市场监督管理局: 'Market Supervision Administration',
  市统计局: 'Statistics Bureau',
  市人大常委会办公厅: "General Office of the People's Congress Standing Committee",
  市政协办公厅: 'General Office of the CPPCC Committee',
  中国建设银行行政中心支行: 'China Construction Bank, Administrative Center Sub-branch',
  深圳市鹏城餐饮服务有限公司: 'Pengcheng Catering Services Co., Ltd.',
};

/** The property company's own departments (ext. = the desk's short numbers). */
const DEPARTMENTS = [
  {
    nameZh: '客户服务中心',
    nameEn: 'Customer Service Center',
    phone: '0755-28300000',
    location: '主楼 1F 服务中心',
    head: ['林小雨', '服务中心调度员'],
  },
  { nameZh: '工程部', nameEn: 'Engineering', phone: '0755-28300100', location: '主楼 B1 工程部值班室', head: ['郑海涛', '值班工程师'] },
  { nameZh: '秩序维护部', nameEn: 'Security', phone: '0755-28300110', location: '主楼 1F 消防控制室', head: ['孙国强', '当班队长'] },
  { nameZh: '环境服务部', nameEn: 'Cleaning and Environment', phone: '0755-28300120', location: '北楼 B1', head: ['周桂兰', '保洁领班'] },
  { nameZh: '会务服务部', nameEn: 'Meeting Services', phone: '0755-28300130', location: '会议大厦 1F', head: ['黄丽娟', '会务组长'] },
  { nameZh: '收发室', nameEn: 'Mail Room', phone: '0755-28300140', location: '主楼 1F 总台旁', head: ['杨晓峰', '收发员'] },
];

const GIVEN = [
  '建华',
  '丽萍',
  '志强',
  '海燕',
  '国平',
  '晓梅',
  '文博',
  '雪芳',
  '振宇',
  '秀英',
  '立新',
  '佳慧',
  '永刚',
  '春燕',
  '宏伟',
  '玉兰',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const TITLES = ['办公室主任', '综合科科长', '办公室副主任', '文秘', '机要员', '后勤科科员'];

/** The executives of the government office floors: the office's word is needed before a visitor goes up. */
const EXECUTIVES = [
  { nameZh: '王立群', title: '市长', floor: 20, room: '2001', officeWord: true },
  { nameZh: '陈国栋', title: '常务副市长', floor: 19, room: '1901', officeWord: true },
  { nameZh: '刘芳华', title: '副市长', floor: 19, room: '1905', officeWord: false },
  { nameZh: '赵文涛', title: '秘书长', floor: 18, room: '1801', officeWord: false },
];

export async function demoDirectory(demo: FrontDeskDemo) {
  const { api, propertyId, rand } = demo;
  demo.directory.clear();
  api.at(demo.start);
  const post = async (body: object) => {
    const r = await api.call('front_desk', 'POST', '/front-desk/directory', { propertyId, ...body });
    if (r.ok) demo.directory.set(r.data.nameZh, r.data);
    return r.ok ? (r.data as { id: string }) : null;
  };
  for (const d of DEPARTMENTS) {
    const dep = await post({ kind: 'department', nameZh: d.nameZh, nameEn: d.nameEn, phone: d.phone, location: d.location });
    if (dep)
      await post({
        kind: 'person',
        parentId: dep.id,
        nameZh: d.head[0],
        title: d.head[1],
        phone: d.phone,
        mobile: `138${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      });
  }
  const orgs = await api.call('front_desk', 'GET', `/organizations?propertyId=${propertyId}&limit=200`);
  const units = await api.call('front_desk', 'GET', `/units?propertyId=${propertyId}&limit=200`);
  const orgId = new Map<string, string>((orgs.ok ? orgs.data.data : []).map((o: { name: string; id: string }) => [o.name, o.id]));
  const unitOf = new Map<string, { id: string; code: string; buildingName: string; floorLabel: string | null }>();
  for (const u of units.ok ? units.data.data : []) if (u.organizationId && !unitOf.has(u.organizationId)) unitOf.set(u.organizationId, u);
  let n = 0;
  for (const o of DEMO_ORGANIZATIONS) {
    const oid = orgId.get(o.name) ?? null;
    const unit = oid ? unitOf.get(oid) : undefined;
    const location = unit ? `${unit.buildingName} ${unit.floorLabel ?? ''} ${unit.code}`.replace(/\s+/g, ' ') : null;
    const tenant = await post({
      kind: 'tenant',
      nameZh: o.name,
      nameEn: ORG_EN[o.name] ?? null,
      organizationId: oid,
      unitId: unit?.id ?? null,
      location,
      phone: o.contactPhone,
      emergencyContact: o.contactName,
      emergencyPhone: `139${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
    });
    if (!tenant) continue;
    const people = [o.contactName, ...[0, 1].map(() => SURNAMES[n++ % SURNAMES.length]! + GIVEN[(n * 7) % GIVEN.length]!)];
    for (const [i, name] of people.entries())
      await post({
        kind: 'person',
        parentId: tenant.id,
        nameZh: name,
        title: TITLES[(n + i) % TITLES.length],
        location,
        phone: o.contactPhone.replace(/\d$/, String(i + 1)),
        mobile: `13${5 + (i % 4)}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      });
  }
  const office = [...demo.directory.values()].find((e) => e.nameZh === '市人民政府办公厅');
  for (const x of EXECUTIVES)
    await post({
      kind: 'person',
      parentId: office?.id ?? null,
      nameZh: x.nameZh,
      title: x.title,
      location: `主楼 ${x.floor}F ${x.room}`,
      phone: `0755-2830${x.room}`,
      executive: true,
      admitRule: x.officeWord ? 'office_word' : 'normal',
      note: x.officeWord ? '来访须经办公厅秘书确认后方可上楼' : null,
    });
}
