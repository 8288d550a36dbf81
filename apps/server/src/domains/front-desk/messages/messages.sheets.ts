/** The message book and the call log as a workbook (留言簿 / 业务来电登记), in the reader's language; audited. */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './messages.repository.ts';
import type { BookExportQuery } from './messages.schema.ts';

const STATUS = {
  'zh-CN': { logged: '待通知', notified: '已通知', delivered: '已送达' },
  'en-US': { logged: 'Logged', notified: 'Notified', delivered: 'Delivered' },
} as const;
const HOW = {
  'zh-CN': { app: '本人确认', phone: '电话转告', in_person: '当面转告' },
  'en-US': { app: 'Acknowledged', phone: 'By phone', in_person: 'In person' },
} as const;

export async function exportBook(ctx: Ctx, q: BookExportQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.messages');
  const tz = await repo.timeZoneOf(ctx.db, q.propertyId);
  const f = { propertyId: q.propertyId, from: q.from, to: q.to, limit: 20_000 };
  const [messages, calls] = await Promise.all([repo.listMessages(ctx.db, { ...f, state: 'all' }), repo.listCalls(ctx.db, f)]);
  await audit(ctx.db, ctx, {
    action: 'message_book.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { messages: messages.length, calls: calls.length },
  });
  const { h, at } = sheetWords(ctx.locale, tz);
  const buf = await workbook([
    {
      name: h('留言簿', 'Messages'),
      title: h('留言簿', 'Message book'),
      columns: [
        { header: h('留言时间', 'Taken at'), key: 'takenAt', width: 17 },
        { header: h('留言对象', 'For'), key: 'recipientName', width: 24 },
        { header: h('来电人', 'Caller'), key: 'callerName', width: 12 },
        { header: h('来电单位', 'Company'), key: 'callerCompany', width: 18 },
        { header: h('回电号码', 'Phone'), key: 'callerPhone', width: 15 },
        { header: h('留言内容', 'Message'), key: 'content', width: 40 },
        { header: h('紧急', 'Urgent'), key: 'urgent', width: 6 },
        { header: h('记录人', 'Taken by'), key: 'takenByName', width: 10 },
        { header: h('状态', 'Status'), key: 'status', width: 9 },
        { header: h('送达时间', 'Delivered at'), key: 'deliveredAt', width: 17 },
        { header: h('送达方式', 'How'), key: 'how', width: 10 },
        { header: h('经办人', 'By'), key: 'deliveredByName', width: 10 },
      ],
      rows: messages.map((m) => ({
        ...m,
        takenAt: at(m.takenAt),
        deliveredAt: at(m.deliveredAt),
        urgent: m.urgent ? h('是', 'Yes') : '',
        status: STATUS[ctx.locale][m.status],
        how: m.deliveredHow ? HOW[ctx.locale][m.deliveredHow] : '',
      })),
    },
    {
      name: h('业务来电', 'Calls'),
      title: h('业务来电登记', 'Business calls'),
      columns: [
        { header: h('来电时间', 'Taken at'), key: 'takenAt', width: 17 },
        { header: h('来电人', 'Caller'), key: 'callerName', width: 12 },
        { header: h('电话', 'Phone'), key: 'callerPhone', width: 15 },
        { header: h('事由', 'Topic'), key: 'topic', width: 30 },
        { header: h('转达部门', 'Department'), key: 'departmentName', width: 16 },
        { header: h('备注', 'Note'), key: 'note', width: 30 },
        { header: h('时长（分钟）', 'Minutes'), key: 'durationMin', width: 10 },
        { header: h('记录人', 'Taken by'), key: 'takenByName', width: 10 },
      ],
      rows: calls.map((c) => ({ ...c, takenAt: at(c.takenAt) })),
    },
  ]);
  return { filename: `${h('留言簿', 'message-book')}.xlsx`, buf };
}
