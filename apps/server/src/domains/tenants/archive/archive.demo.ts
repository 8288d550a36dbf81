/**
 * Demo history of the archive: about forty documents filed by the secretary (客服部文员) over two months —
 * contracts, move-in and fit-out papers, letters, visit records — a few lent to other departments and
 * returned (copies taken), one still out within its due day and one overdue, and one entry cancelled.
 */
import type { FastifyInstance } from 'fastify';
import { tenantsDemo } from '../files/files.demo.ts';

const DOCS: [string, string, number][] = [
  ['contract', '物业服务合同（续签）', 18],
  ['move_in', '用户入驻登记表及钥匙签收单', 3],
  ['fit_out', '二次装修申请表、施工图纸及施工单位资质', 14],
  ['correspondence', '关于调整空调供应时间的函', 2],
  ['visit', '用户走访记录表', 2],
  ['move_out', '退租申请及收楼检查记录', 5],
  ['other', '用户紧急联系人更新表', 1],
  ['correspondence', '关于停车位调整的复函', 2],
];
const BORROWERS = [
  ['李娜', '工程部'],
  ['王芳', '财务部'],
  ['刘洋', '秩序维护部'],
  ['赵磊', '工程部'],
];

export async function demoArchive(app: FastifyInstance) {
  const d = await tenantsDemo(app, 'tenant archive demo', 20261209);
  if (!d) return;
  const { api, rand } = d;
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) {
    const org = d.orgs[i % d.orgs.length]!;
    const [category, title, pages] = DOCS[(i * 3) % DOCS.length]!;
    const day = d.today.subtract(60 - Math.floor(i * 1.5), 'day');
    api.at(day.hour(14).minute(30).toDate());
    const r = await api.call('cs_assistant', 'POST', '/tenant-archive', {
      propertyId: d.propertyId,
      organizationId: org.id,
      title: `${org.name}${title}`,
      category,
      pages: pages + Math.floor(rand() * 3),
      filedOn: day.format('YYYY-MM-DD'),
    });
    if (r.ok) ids.push(r.data.id);
  }
  // Loans: returned ones, one out (due later), one overdue.
  const lend = async (id: string | undefined, ago: number, backAfter: number | null, dueDays?: number) => {
    if (!id) return;
    const [name, dept] = BORROWERS[Math.floor(rand() * BORROWERS.length)]!;
    const day = d.today.subtract(ago, 'day').hour(10);
    api.at(day.toDate());
    const r = await api.call('cs_assistant', 'POST', `/tenant-archive/${id}/loans`, {
      borrowerName: name,
      borrowerDept: dept,
      purpose: '核对资料',
      ...(dueDays ? { dueOn: day.add(dueDays, 'day').format('YYYY-MM-DD') } : {}),
    });
    if (!r.ok || backAfter === null) return;
    api.at(day.add(backAfter, 'day').hour(16).toDate());
    await api.call('cs_assistant', 'POST', `/tenant-archive-loans/${r.data.loan.id}/return`, { copyTaken: true, note: '原件页数核对无误' });
  };
  await lend(ids[2], 50, 2);
  await lend(ids[7], 38, 1);
  await lend(ids[12], 25, 3);
  await lend(ids[20], 16, 4);
  await lend(ids[30], 12, null, 3);
  await lend(ids[36], 2, null);
  if (ids[5]) {
    api.at(d.today.subtract(20, 'day').hour(11).toDate());
    await api.call('cs_assistant', 'POST', `/tenant-archive/${ids[5]}/cancel`);
  }
  await api.finish();
}
