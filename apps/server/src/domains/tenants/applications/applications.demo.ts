/**
 * Demo history of the applications: about two months of move-ins, move-outs and fit-outs in every state —
 * filed by the tenant representative or by 陈静 of 市财政局 herself, decided by the customer-service
 * supervisor, started and finished at the desk; a fit-out with a violation and a postponement; a move-out
 * with its hand-over checklist (one defect) that failed and a move-in accepted with everything in order.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { HANDOVER_CHECK_ITEMS } from '@hy/contracts';
import { units } from '../../../db/schema/index.ts';
import { tenantsDemo } from '../files/files.demo.ts';

type Step = 'approve' | 'reject' | 'start' | 'finish' | 'accept' | 'fail' | 'violation' | 'postpone' | 'checklist' | 'checklist_defect';
const SCRIPTS: {
  ago: number;
  kind: 'move_in' | 'move_out' | 'fit_out';
  org: string;
  own?: boolean;
  text: string;
  days: number;
  deposit: number;
  steps: Step[];
}[] = [
  {
    ago: 58,
    kind: 'fit_out',
    org: '市教育局',
    text: '办公区地面更换为 PVC 地板，约 320 平方米',
    days: 20,
    deposit: 1000000,
    steps: ['approve', 'start', 'finish', 'accept'],
  },
  {
    ago: 55,
    kind: 'move_in',
    org: '市统计局',
    text: '统计局数据中心迁入主楼 5 层',
    days: 5,
    deposit: 0,
    steps: ['approve', 'start', 'checklist', 'finish', 'accept'],
  },
  {
    ago: 50,
    kind: 'fit_out',
    org: '市财政局',
    own: true,
    text: '12 层会议室隔断改造及吊顶更换，加装投影设备',
    days: 25,
    deposit: 500000,
    steps: ['approve', 'start', 'violation', 'postpone', 'finish', 'accept'],
  },
  {
    ago: 46,
    kind: 'fit_out',
    org: '中国建设银行行政中心支行',
    text: '营业厅柜台改造及增设自助服务区',
    days: 15,
    deposit: 2000000,
    steps: ['reject'],
  },
  {
    ago: 41,
    kind: 'move_out',
    org: '深圳市鹏城餐饮服务有限公司',
    text: '合同到期退租，腾退北楼 1 层备餐间',
    days: 7,
    deposit: 0,
    steps: ['approve', 'start', 'checklist_defect', 'finish', 'fail'],
  },
  {
    ago: 35,
    kind: 'fit_out',
    org: '市卫生健康委员会',
    text: '档案室加装密集柜及温湿度控制',
    days: 18,
    deposit: 300000,
    steps: ['approve', 'start', 'violation', 'finish', 'accept'],
  },
  {
    ago: 28,
    kind: 'fit_out',
    org: '市交通运输局',
    text: '指挥中心大屏安装及弱电改造',
    days: 30,
    deposit: 1500000,
    steps: ['approve', 'start', 'postpone'],
  },
  {
    ago: 21,
    kind: 'move_in',
    org: '市生态环境局',
    text: '监测科迁入主楼 7 层 0705 室',
    days: 3,
    deposit: 0,
    steps: ['approve', 'start', 'checklist', 'finish'],
  },
  {
    ago: 14,
    kind: 'fit_out',
    org: '市住房和建设局',
    text: '走廊墙面翻新及门牌更换',
    days: 10,
    deposit: 200000,
    steps: ['approve', 'start', 'finish'],
  },
  {
    ago: 9,
    kind: 'fit_out',
    org: '市市场监督管理局',
    text: '投诉受理大厅增设屏风及排队叫号系统',
    days: 12,
    deposit: 400000,
    steps: ['approve'],
  },
  { ago: 6, kind: 'move_out', org: '市政协办公厅', text: '西楼 3 层 0302 室退还，人员并入主楼', days: 4, deposit: 0, steps: ['reject'] },
  { ago: 3, kind: 'fit_out', org: '市发展和改革委员会', text: '16 层茶水间改造，更换橱柜及饮水设备', days: 8, deposit: 300000, steps: [] },
  { ago: 1, kind: 'fit_out', org: '市财政局', own: true, text: '13 层机房空调增容及新增 UPS 电源', days: 14, deposit: 800000, steps: [] },
];
const NOTES: Partial<Record<Step, string>> = {
  approve: '同意施工。施工时间为工作日 18:00 以后及周末，垃圾当日清运。',
  reject: '资料不全：请补充施工图纸及施工单位资质后重新申请。',
  accept: '现场验收合格，押金按规定退还。',
  fail: '收楼检查发现灯具损坏，修复后重新验收。',
};

export async function demoApplications(app: FastifyInstance) {
  const d = await tenantsDemo(app, 'tenant applications demo', 20261208);
  if (!d) return;
  const { api } = d;
  const unitRows = await app.database.db.select().from(units).where(eq(units.propertyId, d.propertyId));
  const limit = d.now.getTime() - 60_000;
  for (const s of SCRIPTS) {
    const org = d.orgs.find((o) => o.name === s.org);
    if (!org) continue;
    const day = d.today.subtract(s.ago, 'day');
    const start = day.add(3, 'day');
    api.at(day.hour(9).minute(20).toDate());
    const r = await api.call(s.own ? 'tenant' : 'tenant_rep', 'POST', '/tenant-applications', {
      propertyId: d.propertyId,
      ...(s.own ? {} : { organizationId: org.id }),
      kind: s.kind,
      unitId: unitRows.find((u) => u.organizationId === org.id)?.id ?? null,
      description: s.text,
      contractorName: s.kind === 'fit_out' ? '深圳市华艺装饰工程有限公司' : null,
      contractorPhone: s.kind === 'fit_out' ? '0755-83216688' : null,
      plannedStart: start.format('YYYY-MM-DD'),
      plannedEnd: start.add(s.days, 'day').format('YYYY-MM-DD'),
      depositFen: s.deposit,
    });
    if (!r.ok) continue;
    const id = r.data.id as string;
    let at = day.hour(15);
    for (const step of s.steps) {
      at =
        step === 'approve' || step === 'reject'
          ? at.add(1, 'day')
          : step === 'start'
            ? start.hour(9)
            : at.add(Math.max(1, Math.round(s.days / 3)), 'day');
      if (at.valueOf() > limit) break;
      api.at(at.toDate());
      if (step === 'violation')
        await api.call('tenant_rep', 'POST', `/tenant-applications/${id}/violations`, {
          onDate: at.format('YYYY-MM-DD'),
          text: '工作时间内进行电钻作业，噪音影响相邻单位办公，已当场制止并书面警告。',
        });
      else if (step === 'postpone')
        await api.call('tenant_rep', 'POST', `/tenant-applications/${id}/postponements`, {
          newEndDate: start.add(s.days + 7, 'day').format('YYYY-MM-DD'),
          reason: '定制材料到货延误，施工单位申请延期一周。',
        });
      else if (step === 'checklist' || step === 'checklist_defect')
        await api.call('tenant_rep', 'PUT', `/tenant-applications/${id}/checklist`, {
          items: HANDOVER_CHECK_ITEMS.map((item) => {
            const defect = step === 'checklist_defect' && item === 'lights';
            return {
              item,
              result: defect ? 'defect' : 'ok',
              note: defect
                ? '备餐间 2 盏灯管不亮'
                : item === 'keys'
                  ? '钥匙 4 把已交接'
                  : item === 'meters'
                    ? '电表 12863 度，水表 406 吨'
                    : null,
            };
          }),
        });
      else
        await api.call(
          step === 'start' || step === 'finish' ? 'tenant_rep' : 'cs_supervisor',
          'POST',
          `/tenant-applications/${id}/${step}`,
          {
            note: NOTES[step] ?? null,
          },
        );
    }
  }
  await api.finish();
}
