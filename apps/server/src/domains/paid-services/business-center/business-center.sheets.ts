/** The 发报统计本 and the 商务中心服务统计本 of a period as a workbook in the reader's language; audited. */
import { yuan } from '@hy/contracts';
import type { BcRegisterQuery, BcSlip } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { register } from './business-center.service.ts';

const ZONES = {
  local: ['市内', 'Local'],
  domestic: ['国内长途', 'Domestic'],
  hkmt: ['港澳台', 'HK/Macao/Taiwan'],
  international: ['国际', 'International'],
} as const;
const STATES = {
  open: ['办理中', 'In progress'],
  finished: ['待签字', 'To sign'],
  signed: ['已签字', 'Signed'],
  voided: ['已报废', 'Voided'],
} as const;
const PAY = { cash: ['现金', 'Cash'], account: ['记账', 'Account'] } as const;

export async function exportRegister(ctx: Ctx, q: BcRegisterQuery) {
  const r = await register(ctx, q);
  await audit(ctx.db, ctx, {
    action: 'bc_register.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { register: q.register, from: q.from, to: q.to, rows: r.data.length },
  });
  const en = ctx.locale === 'en-US';
  const h = (pair: readonly [string, string]) => (en ? pair[1] : pair[0]);
  const at = (d: string | null) => (d ? dayjs(d).tz(r.tz).format('YYYY-MM-DD HH:mm') : '');
  const fax = q.register === 'fax';
  const title = fax ? h(['发报统计本', 'Fax-out register']) : h(['商务中心服务统计本', 'Business center service register']);
  const what = (s: BcSlip) => {
    const d = s.details;
    if (d.kind === 'fax_out') return `${d.faxNumber} ${h(ZONES[d.zone])}`;
    if (d.kind === 'typing')
      return `${h(['打字', 'Typing'])} ${d.language === 'zh' ? h(['中文', 'Chinese']) : h(['英文', 'English'])}${d.format ? ` ${d.format}` : ''}`;
    return `${h(['复印', 'Copying'])} ${d.size} ${d.sides === 'single' ? h(['单面', 'single-sided']) : h(['双面', 'double-sided'])} × ${d.copies}`;
  };
  const buf = await workbook([
    {
      name: title,
      title: `${title} ${q.from} – ${q.to}`,
      columns: [
        { header: h(['时间', 'Time']), key: 'at', width: 17 },
        { header: h(['单号', 'Number']), key: 'number', width: 16 },
        { header: h(['客户', 'Customer']), key: 'customer', width: 24 },
        { header: h(['内容', 'Service']), key: 'what', width: 30 },
        { header: h(['页数', 'Pages']), key: 'pages', width: 8 },
        ...(fax
          ? [
              { header: h(['分钟', 'Minutes']), key: 'minutes', width: 8 },
              { header: h(['错页重发', 'Resent']), key: 'errorPages', width: 10 },
            ]
          : []),
        { header: h(['金额（元）', 'Amount (CNY)']), key: 'amount', width: 12 },
        { header: h(['付款', 'Payment']), key: 'payment', width: 8 },
        { header: h(['操作人', 'Operator']), key: 'operator', width: 10 },
        { header: h(['状态', 'State']), key: 'state', width: 10 },
      ],
      rows: r.data.map((s) => ({
        at: at(s.createdAt),
        number: s.number,
        customer: s.organizationName ? `${s.organizationName}（${s.customerName}）` : s.customerName,
        what: what(s),
        pages: s.details.kind === 'copying' ? s.details.pages * s.details.copies : s.details.pages,
        minutes: s.details.kind === 'fax_out' ? s.details.minutes : '',
        errorPages: s.details.kind === 'fax_out' ? s.details.errorPages : '',
        amount: yuan(s.amountFen),
        payment: s.payment ? h(PAY[s.payment]) : '',
        operator: s.operatorName ?? '',
        state: h(STATES[s.state]),
      })),
    },
    {
      name: h(['按日汇总', 'By day']),
      columns: [
        { header: h(['日期', 'Day']), key: 'day', width: 12 },
        { header: h(['单数', 'Slips']), key: 'slips', width: 8 },
        { header: h(['页数', 'Pages']), key: 'pages', width: 8 },
        { header: h(['金额（元）', 'Amount (CNY)']), key: 'amount', width: 12 },
      ],
      rows: r.days.map((d) => ({ day: d.day, slips: d.slips, pages: d.pages, amount: yuan(d.amountFen) })),
    },
  ]);
  return { filename: fax ? 'fax-register.xlsx' : 'service-register.xlsx', buf };
}
