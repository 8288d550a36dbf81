/** The handover book (交接班记录) as a workbook in the reader's language: one row per handover, one per item; audited. */
import { HANDOVER_COUNT_KEYS, SHIFT_LABELS } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './handover.repository.ts';
import type { HandoverExportQuery } from './handover.schema.ts';

const COUNT_LABELS = {
  visitorsIn: ['来访登记', 'Visitors in'],
  calls: ['业务来电', 'Calls'],
  messages: ['留言', 'Messages'],
  parcelsIn: ['收件', 'Items in'],
  parcelsOut: ['领取', 'Handed out'],
  mailOut: ['寄件', 'Outgoing mail'],
  loansOut: ['借出', 'Loans out'],
  loansReturned: ['归还', 'Returned'],
} as const;
const KIND_LABELS = {
  visitor: ['在访访客', 'Visitor in'],
  message: ['未送达留言', 'Undelivered message'],
  parcel: ['待领邮件', 'Waiting for pickup'],
  loan: ['借出未还', 'Lent out'],
  executive: ['领导层服务', 'Executive floor'],
  extra: ['其他事项', 'Other'],
} as const;

export async function exportHandovers(ctx: Ctx, q: HandoverExportQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.handover');
  const tz = await repo.timeZoneOf(ctx.db, q.propertyId);
  const rows = await repo.listHandovers(ctx.db, { ...q, limit: 5_000 });
  await audit(ctx.db, ctx, {
    action: 'handover_book.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: rows.length },
  });
  const words = sheetWords(ctx.locale, tz);
  const { en, at } = words;
  const h = (pair: readonly [string, string]) => words.h(...pair);
  const items = [];
  for (const r of rows) for (const i of await repo.itemsOf(ctx.db, r.id)) items.push({ r, i });
  const buf = await workbook([
    {
      name: h(['交接班记录', 'Handovers']),
      title: h(['总台交接班记录', 'Front desk shift handovers']),
      columns: [
        { header: h(['班次开始', 'Shift start']), key: 'shiftStart', width: 17 },
        { header: h(['班次', 'Shift']), key: 'shift', width: 10 },
        { header: h(['交班人', 'Handed over by']), key: 'writtenByName', width: 10 },
        { header: h(['交班时间', 'Submitted']), key: 'submittedAt', width: 17 },
        ...HANDOVER_COUNT_KEYS.map((k) => ({ header: h(COUNT_LABELS[k]), key: k, width: 9 })),
        { header: h(['交班说明', 'Notes']), key: 'notes', width: 40 },
        { header: h(['接班人', 'Taken over by']), key: 'acceptedByName', width: 10 },
        { header: h(['接班时间', 'Accepted']), key: 'acceptedAt', width: 17 },
        { header: h(['接班意见', 'Remark']), key: 'acceptRemark', width: 24 },
      ],
      rows: rows.map((r) => ({
        ...r.counts,
        shiftStart: at(r.shiftStart),
        shift: en ? SHIFT_LABELS[r.shift].en : r.shiftName,
        writtenByName: r.writtenByName,
        submittedAt: at(r.submittedAt),
        notes: r.notes,
        acceptedByName: r.acceptedByName ?? h(['（未接收）', '(not accepted)']),
        acceptedAt: at(r.acceptedAt),
        acceptRemark: r.acceptRemark,
      })),
    },
    {
      name: h(['交接事项', 'Items']),
      columns: [
        { header: h(['班次开始', 'Shift start']), key: 'shiftStart', width: 17 },
        { header: h(['类别', 'Kind']), key: 'kind', width: 14 },
        { header: h(['事项', 'Item']), key: 'title', width: 36 },
        { header: h(['说明', 'Detail']), key: 'detail', width: 30 },
        { header: h(['时间', 'Time']), key: 'at', width: 17 },
        { header: h(['确认人', 'Acknowledged by']), key: 'ackedByName', width: 10 },
        { header: h(['确认时间', 'Acknowledged']), key: 'ackedAt', width: 17 },
        { header: h(['备注', 'Remark']), key: 'remark', width: 24 },
      ],
      rows: items.map(({ r, i }) => ({
        shiftStart: at(r.shiftStart),
        kind: h(KIND_LABELS[i.kind]),
        title: i.title,
        detail: i.detail,
        at: at(i.at),
        ackedByName: i.ackedByName,
        ackedAt: at(i.ackedAt),
        remark: i.remark,
      })),
    },
  ]);
  return { filename: `${h(['交接班记录', 'shift-handovers'])}.xlsx`, buf };
}
