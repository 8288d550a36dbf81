/**
 * Demo history of the business center: three weeks of 服务收费单 at the demo property's desk — faxes to 北京,
 * 上海 and 香港, typing of 会议纪要, copying of 材料 for 市财政局, 市发改委 and others, paid in cash or charged to the
 * company's month (the charges posted on their days); faxes received (most collected, one with nobody found
 * filed after 3 days, one 待查 now); a slip handed to the next shift; one suspicious document reported.
 */
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import type { BcSlipDetailsInput, Role } from '@hy/contracts';
import { properties } from '../../../db/schema/index.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { demoApi } from '../../../seed/demo-api.ts';
import { companiesWithUnits } from './business-center.repository.ts';
import { fileFaxes } from './business-center.faxes.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const FAXES: [string, 'local' | 'domestic' | 'hkmt' | 'international'][] = [
  ['010-6855 1234', 'domestic'],
  ['021-6321 8890', 'domestic'],
  ['852-2523 6677', 'hkmt'],
  ['0755-8321 5566', 'local'],
];
const PEOPLE = ['王丽', '周建国', '孙伟', '刘芳', '黄晓燕', '吴涛', '李明华', '张晓东'];
const WALKINS = ['访客 陈先生', '访客 林女士', '会议代表 郑先生'];

export async function demoBusinessCenter(app: FastifyInstance, propertyCode = 'XZZX') {
  const db = app.database.db;
  const [prop] = await db.select().from(properties).where(eq(properties.code, propertyCode));
  if (!prop) return;
  const pid = prop.id;
  const all = await companiesWithUnits(db, pid);
  const byName = (n: string) => all.find((o) => o.name === n);
  const orgs = [byName('市财政局'), byName('市发展和改革委员会'), byName('市统计局'), byName('市教育局'), ...all.slice(0, 4)].filter(
    (o, i, a): o is NonNullable<typeof o> => !!o && a.indexOf(o) === i,
  );
  if (!orgs.length) return;
  const api = demoApi(app, 'business center demo');
  const now = api.now();
  const today = dayjs(now).tz('Asia/Shanghai').startOf('day');
  let seed = 20261214;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const desk: Role = 'front_desk';
  const slip = async (at: dayjs.Dayjs, org: (typeof orgs)[number] | null, details: BcSlipDetailsInput, pay: 'cash' | 'account' | null) => {
    api.at(at.toDate());
    const person = pick(PEOPLE);
    const r = await api.call(desk, 'POST', '/business-center/slips', {
      propertyId: pid,
      organizationId: org?.id ?? null,
      customerName: org ? person : pick(WALKINS),
      details,
    });
    if (!r.ok) return null;
    const id = r.data.id as string;
    if (!pay) return id;
    api.at(at.add(20 + Math.floor(rand() * 40), 'minute').toDate());
    await api.call(desk, 'POST', `/business-center/slips/${id}/finish`, {});
    api.at(at.add(70, 'minute').toDate());
    const sig = await api.call(desk, 'POST', '/signatures', { propertyId: pid, signerName: org ? person : '客户', image: PNG });
    if (sig.ok)
      await api.call(desk, 'POST', `/business-center/slips/${id}/sign`, {
        signerName: sig.data.signerName ?? person,
        signatureId: sig.data.id,
        payment: pay,
      });
    return id;
  };
  try {
    for (let d = 21; d >= 1; d--) {
      const day = today.subtract(d, 'day');
      if (day.day() === 0 || day.day() === 6) continue;
      const n = 2 + Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        const at = day.hour(9 + i * 2).minute(Math.floor(rand() * 50));
        const org = rand() < 0.8 ? pick(orgs) : null;
        const pay = org && rand() < 0.7 ? 'account' : 'cash';
        const k = rand();
        const details: BcSlipDetailsInput =
          k < 0.45
            ? (() => {
                const [faxNumber, zone] = pick(FAXES);
                const pages = 1 + Math.floor(rand() * 5);
                return {
                  kind: 'fax_out',
                  faxNumber,
                  zone,
                  pages,
                  minutes: zone === 'hkmt' ? 1 + Math.floor(pages / 2) : 0,
                  errorPages: rand() < 0.2 ? 1 : 0,
                  stamped: true,
                };
              })()
            : k < 0.7
              ? {
                  kind: 'typing',
                  pages: 2 + Math.floor(rand() * 6),
                  language: rand() < 0.85 ? 'zh' : 'en',
                  format: '会议纪要 A4 仿宋三号',
                  fileName: `会议纪要-${day.format('MMDD')}.docx`,
                  keepUntil: day.add(30, 'day').format('YYYY-MM-DD'),
                }
              : {
                  kind: 'copying',
                  pages: 5 + Math.floor(rand() * 30),
                  size: rand() < 0.8 ? 'A4' : 'A3',
                  sides: rand() < 0.5 ? 'single' : 'double',
                  copies: 1 + Math.floor(rand() * 10),
                };
        await slip(at, org, details, pay);
      }
    }
    // Today: an unfinished typing job handed to the next shift, a slip waiting for its signature.
    const first = orgs[0]!;
    const open = await slip(
      today.hour(8).minute(40),
      first,
      { kind: 'typing', pages: 12, language: 'zh', format: '会议纪要 A4 仿宋三号', fileName: '年度工作会议纪要.docx' },
      null,
    );
    if (open) {
      api.at(today.hour(9).minute(0).toDate());
      await api.call(desk, 'POST', `/business-center/slips/${open}/handover`, {
        stoppedAtPage: 7,
        format: 'A4 仿宋三号，标题二号小标宋',
        fileName: '年度工作会议纪要.docx',
        proofAt: '今天 15:00',
        note: '第 7 页起未录入，客户 15:00 来校对',
      });
    }
    await slip(today.hour(9).minute(10), orgs[1] ?? first, { kind: 'copying', pages: 24, size: 'A4', sides: 'double', copies: 15 }, null);

    // Faxes received: collected ones, one nobody was found for (filed after 3 days), one 待查 now.
    for (let d = 12; d >= 1; d -= 2) {
      const at = today.subtract(d, 'day').hour(10).minute(15);
      api.at(at.toDate());
      const org = pick(orgs);
      const r = await api.call(desk, 'POST', '/business-center/faxes', {
        propertyId: pid,
        recipientName: pick(PEOPLE),
        unitText: org.units[0] ?? null,
        organizationId: org.id,
        pages: 1 + Math.floor(rand() * 4),
        sender: pick(['省财政厅', '国家统计局', '上海市发改委', '香港贸发局']),
      });
      if (!r.ok) continue;
      api.at(at.add(10, 'minute').toDate());
      await api.call(desk, 'POST', `/business-center/faxes/${r.data.id}/phoned`, { whom: r.data.recipientName });
      api.at(at.add(2, 'hour').toDate());
      const sig = await api.call(desk, 'POST', '/signatures', { propertyId: pid, signerName: r.data.recipientName, image: PNG });
      if (sig.ok)
        await api.call(desk, 'POST', `/business-center/faxes/${r.data.id}/collect`, {
          signerName: r.data.recipientName,
          signatureId: sig.data.id,
        });
    }
    const lost = today.subtract(6, 'day').hour(16).minute(20);
    api.at(lost.toDate());
    await api.call(desk, 'POST', '/business-center/faxes', {
      propertyId: pid,
      recipientName: '马先生',
      pages: 2,
      sender: '广州某贸易公司',
      situation: 'normal',
    });
    const lostNobody = await api.call(desk, 'POST', '/business-center/faxes', { propertyId: pid, pages: 3, sender: '无抬头传真' });
    if (lostNobody.ok) await fileFaxes(db, lost.add(3, 'day').add(1, 'hour').toDate());
    api.at(today.hour(8).minute(50).toDate());
    await api.call(desk, 'POST', '/business-center/faxes', { propertyId: pid, pages: 1, sender: '北京某会务公司' });
    await api.call(desk, 'POST', '/business-center/faxes', {
      propertyId: pid,
      recipientName: '张处长',
      pages: 2,
      sender: '省政府办公厅',
      situation: 'not_arrived',
    });

    // A suspicious document reported to security.
    api.at(today.subtract(3, 'day').hour(14).minute(5).toDate());
    await api.call(desk, 'POST', '/business-center/reports', {
      propertyId: pid,
      kind: 'copy',
      description: '一名未登记人员要求复印大量盖有公章的空白介绍信，已婉拒并记录其体貌特征。',
    });
  } finally {
    await api.finish();
  }
}
