/**
 * Large events (SPEC M13): materials — the 会务物资清单: every item the event needs (U盘, 文具, 胸牌/桌牌, 医药箱, 指示牌,
 * 礼品, 会议材料 …) with its quantity (fixed, or per guest kind / per session from the live figures, plus spares), where it
 * goes, the group responsible, its status (needed → ready → placed → returned) and where it comes from: drawn from the
 * warehouse on the main session's service notice (the meetings checkout), purchased, or brought by the organizer.
 */
import { z } from 'zod';
import { fen, list, optText, reqText, uuid } from '../fields.ts';

export const MATERIAL_CATEGORIES = ['stationery', 'storage', 'badge', 'medical', 'signage', 'gift', 'printed', 'other'] as const;
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];
/** What a quantity follows: a fixed count, or a live count of the registered people (with companions), of a guest kind, or the sessions. */
export const MATERIAL_BASES = ['fixed', 'people', 'guests', 'speakers', 'vip', 'staff', 'sessions'] as const;
export type MaterialBasis = (typeof MATERIAL_BASES)[number];
export const MATERIAL_STATUSES = ['needed', 'ready', 'placed', 'returned'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];
export const MATERIAL_SOURCES = ['warehouse', 'purchase', 'organizer'] as const;
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];

const qty = z.number().int().min(0).max(100_000);

export const eventMaterialLineBody = z.object({
  category: z.enum(MATERIAL_CATEGORIES),
  name: reqText(100),
  basis: z.enum(MATERIAL_BASES).default('fixed'),
  /** the count when fixed; ignored otherwise */
  fixedQty: qty.default(0),
  /** each of the basis gets this many */
  perUnit: z.number().int().min(1).max(1000).default(1),
  spare: qty.default(0),
  unit: reqText(10),
  placement: optText(100),
  groupId: uuid.nullable().optional(),
  source: z.enum(MATERIAL_SOURCES).default('purchase'),
  warehouseItemId: uuid.nullable().optional(),
  unitFen: fen.nullable().optional(),
  notes: optText(500),
});
export type EventMaterialLineBody = z.infer<typeof eventMaterialLineBody>;

export const eventMaterialLinePatch = eventMaterialLineBody
  .partial()
  .extend({ status: z.enum(MATERIAL_STATUSES).optional(), version: z.number().int().min(1) });
export const eventMaterialStatusBody = z.object({ status: z.enum(MATERIAL_STATUSES) });
export const eventMaterialDrawBody = z.object({ qty: z.number().int().min(1).max(100_000) });
export const eventMaterialReturnBody = z
  .object({ returned: qty, lost: qty })
  .refine((b) => b.returned + b.lost > 0, { message: 'returned + lost > 0', path: ['returned'] });

export const eventMaterialLine = z.object({
  id: z.string(),
  eventId: z.string(),
  category: z.enum(MATERIAL_CATEGORIES),
  name: z.string(),
  basis: z.enum(MATERIAL_BASES),
  fixedQty: z.number().int(),
  perUnit: z.number().int(),
  spare: z.number().int(),
  /** the count of the basis now (live), null when fixed */
  basisCount: z.number().int().nullable(),
  /** the quantity needed now */
  quantity: z.number().int(),
  unit: z.string(),
  placement: z.string().nullable(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  status: z.enum(MATERIAL_STATUSES),
  source: z.enum(MATERIAL_SOURCES),
  warehouseItemId: z.string().nullable(),
  warehouseItemName: z.string().nullable(),
  warehouseStock: z.number().int().nullable(),
  unitFen: z.number().int().nullable(),
  /** quantity × unit price when purchased */
  amountFen: z.number().int(),
  drawn: z.number().int(),
  returned: z.number().int(),
  lost: z.number().int(),
  /** drawn and neither returned nor lost */
  outstanding: z.number().int(),
  /** what a loss costs (the warehouse item's loss price × lost) */
  lossFen: z.number().int(),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type EventMaterialLine = z.infer<typeof eventMaterialLine>;

export const eventMaterialFigures = z.object({
  people: z.number().int(),
  guests: z.number().int(),
  speakers: z.number().int(),
  vip: z.number().int(),
  staff: z.number().int(),
  sessions: z.number().int(),
});
export type EventMaterialFigures = z.infer<typeof eventMaterialFigures>;

export const eventMaterialList = list(eventMaterialLine).extend({
  figures: eventMaterialFigures,
  /** the main session's service notice materials are drawn on; null until the programme is booked and noticed */
  noticeId: z.string().nullable(),
  totals: z.object({
    lines: z.number().int(),
    ready: z.number().int(),
    placed: z.number().int(),
    returned: z.number().int(),
    purchaseFen: z.number().int(),
    lossFen: z.number().int(),
  }),
});
export type EventMaterialListReply = z.infer<typeof eventMaterialList>;

export const eventMaterialWarehouseItem = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  stock: z.number().int(),
  lossFen: z.number().int(),
});
export const eventMaterialWarehouseList = list(eventMaterialWarehouseItem);

export const MATERIALS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  event_no_notice_yet: {
    status: 422,
    zh: '会务主会场尚未预订并生成服务通知单：请先在议程中预订会场并发出通知单',
    en: 'The main session is not booked and noticed yet: book the programme and issue its service notice first',
  },
  event_material_not_warehouse: { status: 422, zh: '该物资不是从仓库领用的', en: 'This line is not drawn from the warehouse' },
  event_material_item_required: { status: 422, zh: '仓库物资须选择仓库物品', en: 'A warehouse line needs a warehouse item' },
  event_material_group_unknown: { status: 422, zh: '负责小组不属于本次会务', en: 'The responsible group is not one of this event' },
  event_material_outstanding: {
    status: 409,
    zh: '该物资仍有领用未归还，不能删除或更换仓库物品',
    en: 'Drawn items are still out: count them back before deleting or changing the item',
  },
  event_material_return_exceeds: {
    status: 422,
    zh: '归还和损耗合计不能超过已领用数量',
    en: 'Returned and lost cannot exceed what was drawn',
  },
  event_material_status_step: { status: 409, zh: '物资状态不能这样变更', en: 'The status cannot change that way' },
};
