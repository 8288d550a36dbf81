/**
 * Demo history of visitors: three weeks of working days at the desk (appointments and walk-ins, consent by
 * the app or by phone, ID numbers with their check digit, slips, sign-outs), a short watch list, and this
 * morning as a real Monday looks: some visitors already in, one waiting for the host, appointments to come.
 * Written through the API on the simulated clock; nothing is made after the real now.
 */
import type { DirectoryEntry } from '@hy/contracts';
import type { FrontDeskDemo } from '../front-desk.demo.ts';

const VISITORS = [
  '张伟',
  '王芳',
  '李娜',
  '刘洋',
  '陈磊',
  '杨静',
  '赵强',
  '黄敏',
  '周杰',
  '吴霞',
  '徐涛',
  '孙丽',
  '胡斌',
  '朱红',
  '高翔',
  '林峰',
  '何勇',
  '郭琳',
  '马超',
  '罗婷',
];
const COMPANIES = [
  '深圳市建筑设计研究院',
  '中国电信深圳分公司',
  '华润置地',
  '平安银行',
  '顺丰速运',
  '深圳市审计局',
  '南方日报社',
  null,
  null,
  '腾讯科技（深圳）有限公司',
];
const PURPOSES = ['汇报工作', '送文件', '洽谈项目', '会议', '业务咨询', '设备维护', '面试', '送审材料'];
const PLATES = ['粤B·3K8Q2', '粤B·7D21M', '粤B·A59X0', null, null, null];
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A resident ID of a Shenzhen area with a real birth date and its GB 11643 check character. */
function residentId(rand: () => number) {
  const y = 1965 + Math.floor(rand() * 35);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  const body = `440304${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(Math.floor(rand() * 999)).padStart(3, '0')}`;
  return body + '10X98765432'[W.reduce((a, w, i) => a + w * Number(body[i]), 0) % 11];
}

export async function demoVisitors(demo: FrontDeskDemo) {
  const { api, propertyId, rand } = demo;
  const real = new Date();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const people = [...demo.directory.values()].filter((e) => e.kind === 'person');
  const hosts = people.filter((e) => !e.executive);
  const execs = people.filter((e) => e.executive);
  if (!hosts.length) return;

  // The tenant portal's 陈静 (市财政局) is the directory's 陈静: her consent requests reach her phone.
  api.at(demo.start);
  const me = await api.call('tenant', 'GET', '/auth/me');
  const chen = people.find((e) => e.nameZh === '陈静' && e.parentName === '市财政局');
  if (me.ok && chen) await api.call('front_desk', 'PATCH', `/front-desk/directory/${chen.id}`, { userId: me.data.user?.id ?? me.data.id });

  await api.call('security', 'POST', '/front-desk/watch-list', {
    propertyId,
    kind: 'name',
    value: '韩某军',
    reason: '曾多次在大堂滋扰，须主管决定',
  });
  await api.call('security', 'POST', '/front-desk/watch-list', { propertyId, kind: 'keyword', value: '推销', reason: '大楼内禁止推销' });

  let n = 0;
  const visit = async (at: Date, host: DirectoryEntry, opts: { leave?: number; appointment?: boolean; waiting?: boolean }) => {
    if (at > real) return;
    api.at(at);
    const name = VISITORS[n++ % VISITORS.length]!;
    const appointment = opts.appointment ?? rand() < 0.45;
    const r = await api.call(appointment && host.userId ? 'tenant' : 'front_desk', 'POST', '/front-desk/visits', {
      propertyId,
      kind: appointment ? 'appointment' : 'walk_in',
      ...(appointment && host.userId ? {} : { hostEntryId: host.id }),
      visitorName: name,
      visitorPhone: `13${6 + (n % 3)}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      company: pick(COMPANIES),
      purpose: pick(PURPOSES),
      partySize: rand() < 0.8 ? 1 : 2 + Math.floor(rand() * 3),
      carPlate: pick(PLATES),
    });
    if (!r.ok || opts.waiting) return;
    const id = r.data.id as string;
    const t1 = new Date(at.getTime() + (2 + Math.floor(rand() * 4)) * 60_000);
    if (t1 > real) return;
    api.at(t1);
    if (!appointment || host.admitRule === 'office_word') {
      const byHost = host.userId && host.admitRule !== 'office_word';
      const answer = rand() < 0.08 ? 'decline' : rand() < 0.2 ? 'come_down' : 'accept';
      const c = byHost
        ? await api.call('tenant', 'POST', `/front-desk/visits/${id}/consent`, { answer, channel: 'app' })
        : await api.call('front_desk', 'POST', `/front-desk/visits/${id}/consent`, {
            answer,
            channel: 'phone',
            consenterName: host.admitRule === 'office_word' ? '办公厅 李秘书' : host.nameZh,
          });
      if (!c.ok || answer === 'decline') return;
    }
    const inside = await api.call('front_desk', 'POST', `/front-desk/visits/${id}/check-in`, {
      idType: rand() < 0.93 ? 'resident_id' : 'passport',
      idNumber: residentId(rand),
      badgeNo: `V-${String(1 + Math.floor(rand() * 60)).padStart(2, '0')}`,
    });
    if (!inside.ok || opts.leave === undefined) return;
    const t2 = new Date(t1.getTime() + opts.leave * 60_000);
    if (t2 > real) return;
    api.at(t2);
    if (rand() < 0.85)
      await api.call('front_desk', 'POST', '/front-desk/visits/check-out', { propertyId, slipToken: inside.data.slipToken });
    else if (host.userId) await api.call('tenant', 'POST', `/front-desk/visits/${id}/check-out`, {});
    else await api.call('front_desk', 'POST', `/front-desk/visits/${id}/check-out`, {});
  };

  for (let d = 21; d >= 1; d--) {
    const day = demo.today.subtract(d, 'day');
    if (day.day() === 0 || day.day() === 6) continue;
    const count = 6 + Math.floor(rand() * 7);
    for (let i = 0; i < count; i++) {
      const at = day
        .hour(8)
        .minute(30)
        .add(Math.floor(rand() * 480), 'minute')
        .toDate();
      const host =
        rand() < 0.15 && chen ? { ...chen, userId: me.ok ? 'x' : null } : rand() < 0.06 && execs.length ? pick(execs) : pick(hosts);
      await visit(at, host as DirectoryEntry, { leave: 20 + Math.floor(rand() * 150) });
    }
  }
  // This morning: visitors already in, one waiting for 陈静's answer, appointments still to come.
  const morning = demo.today.hour(8).minute(40);
  for (let i = 0; i < 5; i++) await visit(morning.add(i * 17, 'minute').toDate(), pick(hosts), { leave: i < 2 ? 25 : undefined });
  if (chen) await visit(morning.add(95, 'minute').toDate(), { ...chen, userId: 'x' }, { appointment: false, waiting: true });
  api.at(morning.subtract(50, 'minute').toDate() < real ? morning.subtract(50, 'minute').toDate() : demo.start);
  for (const [h, m] of [
    [10, 30],
    [14, 0],
    [15, 30],
  ] as const)
    await api.call('front_desk', 'POST', '/front-desk/visits', {
      propertyId,
      kind: 'appointment',
      hostEntryId: pick(hosts).id,
      visitorName: VISITORS[n++ % VISITORS.length],
      company: pick(COMPANIES),
      purpose: pick(PURPOSES),
      expectedAt: demo.today.hour(h).minute(m).toISOString(),
    });
}
