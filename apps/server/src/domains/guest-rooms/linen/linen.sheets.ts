/** The linen and glassware count (stock by place) and the laundry batches as a workbook; audited. */
import { LINEN_ITEMS } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { LINEN_WORDS } from '../guest-rooms.words.ts';
import { timeZoneOf } from '../guest-rooms.shared.ts';
import { listBatches, stockView } from './linen.service.ts';

export async function exportLinen(ctx: Ctx, propertyId: string) {
  const [s, b] = await Promise.all([stockView(ctx, propertyId), listBatches(ctx, propertyId)]);
  await audit(ctx.db, ctx, { action: 'guest_linen.exported', entityType: 'property', entityId: propertyId, propertyId });
  const { h, en, at } = sheetWords(ctx.locale, await timeZoneOf(ctx.db, propertyId));
  const w = (i: (typeof LINEN_ITEMS)[number]) => LINEN_WORDS[i][en ? 1 : 0];
  const text = (c: Record<string, number> | null) =>
    c
      ? LINEN_ITEMS.filter((i) => c[i])
          .map((i) => `${w(i)}${c[i]}`)
          .join(' ')
      : '';
  const buf = await workbook([
    {
      name: h('布草杯具盘点', 'Linen count'),
      title: h('布草、杯具盘点表', 'Linen and glassware count'),
      columns: [
        { header: h('品名', 'Item'), key: 'item', width: 10 },
        { header: h('库存', 'In store'), key: 'inStore', width: 8 },
        { header: h('在房', 'In rooms'), key: 'inRooms', width: 8 },
        { header: h('待洗', 'Dirty'), key: 'dirty', width: 8 },
        { header: h('送洗中', 'At laundry'), key: 'atLaundry', width: 8 },
        { header: h('合计', 'Total'), key: 'total', width: 8 },
        { header: h('累计短缺', 'Lost'), key: 'lost', width: 8 },
      ],
      rows: s.data.map((r) => ({ ...r, item: w(r.item) })),
    },
    {
      name: h('送洗记录', 'Laundry'),
      columns: [
        { header: h('送洗时间', 'Sent'), key: 'sentAt', width: 17 },
        { header: h('送洗人', 'Sent by'), key: 'sentBy', width: 10 },
        { header: h('送洗数量', 'Sent'), key: 'sent', width: 36 },
        { header: h('送回时间', 'Back'), key: 'returnedAt', width: 17 },
        { header: h('送回数量', 'Back'), key: 'returned', width: 36 },
        { header: h('短缺', 'Short'), key: 'short', width: 20 },
      ],
      rows: b.data.map((x) => ({
        sentAt: at(new Date(x.sentAt)),
        sentBy: x.sentByName,
        sent: text(x.sent),
        returnedAt: x.returnedAt ? at(new Date(x.returnedAt)) : '',
        returned: text(x.returned),
        short: text(x.shortfall),
      })),
    },
  ]);
  return { filename: `${h('布草杯具盘点表', 'guest-linen')}.xlsx`, buf };
}
