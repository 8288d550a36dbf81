/** The 会务物资清单 as .xlsx: one sheet, grouped by placement, with quantity, source, status and counts. */
import type { Ctx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { listMaterials } from './materials.service.ts';

const CAT: Record<string, [string, string]> = {
  stationery: ['文具', 'Stationery'],
  storage: ['U盘', 'Storage'],
  badge: ['胸牌/桌牌', 'Badges'],
  medical: ['医药箱', 'Medical'],
  signage: ['指示牌/背景板', 'Signage'],
  gift: ['礼品', 'Gifts'],
  printed: ['会议材料', 'Printed'],
  other: ['其他', 'Other'],
};
const STATUS: Record<string, [string, string]> = {
  needed: ['待准备', 'Needed'],
  ready: ['已备齐', 'Ready'],
  placed: ['已摆放', 'Placed'],
  returned: ['已回收', 'Returned'],
};
const SOURCE: Record<string, [string, string]> = {
  warehouse: ['仓库领用', 'Warehouse'],
  purchase: ['采购', 'Purchase'],
  organizer: ['主办方提供', 'Organizer'],
};

export async function exportMaterials(ctx: Ctx, eventId: string) {
  const list = await listMaterials(ctx, eventId);
  const w = (p: [string, string]) => say(ctx, p[0], p[1]);
  const rows = [...list.data]
    .sort((a, b) => (a.placement ?? '￿').localeCompare(b.placement ?? '￿', 'zh') || a.category.localeCompare(b.category))
    .map((l) => ({
      placement: l.placement ?? say(ctx, '（未定）', '(not set)'),
      category: w(CAT[l.category]!),
      name: l.name,
      quantity: l.quantity,
      unit: l.unit,
      source: w(SOURCE[l.source]!) + (l.warehouseItemName ? ` · ${l.warehouseItemName}` : ''),
      group: l.groupName ?? '',
      status: w(STATUS[l.status]!),
      drawn: l.drawn || '',
      returned: l.returned || '',
      lost: l.lost || '',
      amount: l.amountFen ? (l.amountFen / 100).toFixed(2) : '',
    }));
  const h = (zh: string, en: string) => say(ctx, zh, en);
  const buf = await workbook([
    {
      name: h('会务物资清单', 'Materials'),
      title: `${list.event.name} ${h('会务物资清单', 'materials list')}`,
      columns: [
        { header: h('摆放位置', 'Placement'), key: 'placement', width: 18 },
        { header: h('类别', 'Category'), key: 'category', width: 14 },
        { header: h('物资', 'Item'), key: 'name', width: 28 },
        { header: h('数量', 'Qty'), key: 'quantity', width: 8 },
        { header: h('单位', 'Unit'), key: 'unit', width: 8 },
        { header: h('来源', 'Source'), key: 'source', width: 22 },
        { header: h('负责小组', 'Group'), key: 'group', width: 14 },
        { header: h('状态', 'Status'), key: 'status', width: 10 },
        { header: h('领用', 'Drawn'), key: 'drawn', width: 8 },
        { header: h('归还', 'Returned'), key: 'returned', width: 8 },
        { header: h('损耗', 'Lost'), key: 'lost', width: 8 },
        { header: h('金额（元）', 'Amount (¥)'), key: 'amount', width: 12 },
      ],
      rows,
    },
  ]);
  await audit(ctx.db, ctx, {
    action: 'event_material.exported',
    entityType: 'event',
    entityId: eventId,
    propertyId: list.event.propertyId,
    meta: { lines: rows.length },
  });
  return { filename: `${list.event.number} 会务物资清单.xlsx`, buf };
}
