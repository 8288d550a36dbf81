/** The lending register (借用登记簿) as a workbook in the reader's language; audited. */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './lending.repository.ts';
import type { RegisterExportQuery } from './lending.schema.ts';

const CONDITION = {
  'zh-CN': { ok: '完好', damaged: '损坏', lost: '遗失' },
  'en-US': { ok: 'Fine', damaged: 'Damaged', lost: 'Lost' },
} as const;

export async function exportRegister(ctx: Ctx, q: RegisterExportQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.lending');
  const tz = await repo.timeZoneOf(ctx.db, q.propertyId);
  const now = ctx.now();
  const rows = await repo.listLoans(ctx.db, { propertyId: q.propertyId, state: 'all', now, from: q.from, to: q.to, limit: 20_000 });
  await audit(ctx.db, ctx, {
    action: 'lending_register.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: rows.length },
  });
  const { en, h, at } = sheetWords(ctx.locale, tz);
  const buf = await workbook([
    {
      name: h('借用登记', 'Loans'),
      title: h('便民服务物品借用登记簿', 'Lending register'),
      columns: [
        { header: h('借出时间', 'Lent at'), key: 'lentAt', width: 17 },
        { header: h('物品', 'Item'), key: 'item', width: 14 },
        { header: h('数量', 'Qty'), key: 'quantity', width: 6 },
        { header: h('借用人', 'Borrower'), key: 'borrowerName', width: 12 },
        { header: h('单位', 'Company'), key: 'borrowerCompany', width: 20 },
        { header: h('电话', 'Phone'), key: 'borrowerPhone', width: 15 },
        { header: h('应还时间', 'Due'), key: 'dueAt', width: 17 },
        { header: h('经办人', 'Lent by'), key: 'lentByName', width: 10 },
        { header: h('归还时间', 'Returned at'), key: 'returnedAt', width: 17 },
        { header: h('归还情况', 'Condition'), key: 'condition', width: 10 },
        { header: h('接收人', 'Taken back by'), key: 'returnedByName', width: 10 },
        { header: h('备注', 'Note'), key: 'notes', width: 30 },
      ],
      rows: rows.map(({ l, itemNameZh, itemNameEn }) => ({
        ...l,
        item: en ? (itemNameEn ?? itemNameZh) : itemNameZh,
        lentAt: at(l.lentAt),
        dueAt: at(l.dueAt),
        returnedAt: l.returnedAt ? at(l.returnedAt) : !l.returnedAt && l.dueAt < now ? h('逾期未还', 'Overdue') : '',
        condition: l.condition ? CONDITION[ctx.locale][l.condition] : '',
        notes: [l.note, l.returnNote].filter(Boolean).join('；'),
      })),
    },
  ]);
  return { filename: `${h('借用登记簿', 'lending-register')}.xlsx`, buf };
}
