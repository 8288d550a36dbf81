/** The caterer's order sheet (餐饮订单) as .xlsx: per meal day, time, place, style, menu, count, dietary counts, price, total. */
import type { Ctx } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { openEvent } from '../event/event.access.ts';
import { cateringView } from './catering.service.ts';
import { coversOf, KIND_EN, KIND_ZH, STYLE_EN, STYLE_ZH } from './catering.rules.ts';

const yuan = (fen: number) => (fen / 100).toFixed(2);

export async function exportOrderSheet(ctx: Ctx, eventId: string) {
  const { event: e } = await openEvent(ctx, eventId);
  const v = await cateringView(ctx, eventId);
  const w = sheetWords(ctx.locale, 'Asia/Shanghai');
  const diet = (d: Record<string, number> | null) =>
    Object.entries(d ?? {})
      .map(([k, n]) => `${w.h({ vegetarian: '素食', halal: '清真', other: '其他' }[k] ?? k, k)} ${n}`)
      .join('、');
  const rows = v.meals.map((m) => ({
    day: m.day,
    time: m.time,
    kind: w.en ? KIND_EN[m.kind] : KIND_ZH[m.kind],
    place: m.place ?? '',
    style: w.en ? STYLE_EN[m.style] : STYLE_ZH[m.style],
    menu: m.menus.find((x) => x.chosen)?.name ?? '',
    count: coversOf(m, m.planned),
    dietary: diet(m.orderedDietary ?? m.dietary),
    price: yuan(m.priceFen),
    total: yuan(m.totalFen),
    actual: m.actualCount ?? '',
    signer: m.signerName ?? '',
  }));
  const buf = await workbook([
    {
      name: w.h('餐饮订单', 'Order sheet'),
      title: `${e.name} ${w.h('餐饮订单', 'catering order sheet')} · ${v.meals[0]?.catererName ?? ''}`,
      columns: [
        { header: w.h('日期', 'Day'), key: 'day', width: 12 },
        { header: w.h('时间', 'Time'), key: 'time', width: 8 },
        { header: w.h('餐次', 'Meal'), key: 'kind', width: 10 },
        { header: w.h('地点', 'Place'), key: 'place', width: 24 },
        { header: w.h('形式', 'Style'), key: 'style', width: 8 },
        { header: w.h('菜单', 'Menu'), key: 'menu', width: 16 },
        { header: w.h('人数', 'Count'), key: 'count', width: 8 },
        { header: w.h('特殊饮食', 'Dietary'), key: 'dietary', width: 18 },
        { header: w.h('单价（元/位）', 'Price (¥/head)'), key: 'price', width: 12 },
        { header: w.h('金额（元）', 'Amount (¥)'), key: 'total', width: 12 },
        { header: w.h('实际用餐人数', 'Real count'), key: 'actual', width: 12 },
        { header: w.h('签收人', 'Signed by'), key: 'signer', width: 10 },
      ],
      rows,
    },
  ]);
  await audit(ctx.db, ctx, {
    action: 'event_meal.sheet_exported',
    entityType: 'event',
    entityId: eventId,
    propertyId: e.propertyId,
    before: null,
    after: { meals: rows.length },
  });
  return { filename: `${e.name}-餐饮订单.xlsx`, buf };
}
