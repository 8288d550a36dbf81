/**
 * Demo history of lending: the supervisor sets up the items (umbrellas, hand carts, first-aid and sewing
 * kits); three weeks of loans, nearly all returned (one umbrella damaged), a hand cart out since Friday
 * (overdue this Monday) and two umbrellas lent this morning.
 */
import type { FrontDeskDemo } from '../front-desk.demo.ts';

const ITEMS = [
  { nameZh: '雨伞', nameEn: 'Umbrella', total: 30, loanHours: 24, note: '长柄伞 20 把，折叠伞 10 把' },
  { nameZh: '手推车', nameEn: 'Hand cart', total: 4, loanHours: 2, note: '搬运后请推回总台' },
  { nameZh: '急救包', nameEn: 'First-aid kit', total: 5, loanHours: 1, note: '用后补充药品登记' },
  { nameZh: '针线包', nameEn: 'Sewing kit', total: 10, loanHours: 1, note: null },
];
const BORROWERS = [
  ['赵丽', '市财政局', '13512340001'],
  ['孙浩', '市发展和改革委员会', '13512340002'],
  ['马晓东', '市教育局', '13512340003'],
  ['何静', '市统计局', '13512340004'],
  ['郭建军', '中国建设银行行政中心支行', '13512340005'],
  ['林芳', '市交通运输局', '13512340006'],
  ['罗先生', null, '13712340007'],
] as const;

export async function demoLending(demo: FrontDeskDemo) {
  const { api, propertyId, rand } = demo;
  const limit = Date.now() - 5 * 60_000;
  const items = [];
  for (const [n, it] of ITEMS.entries()) {
    api.at(new Date(demo.start.getTime() + n * 60_000));
    const r = await api.call('cs_supervisor', 'POST', '/front-desk/lending-items', { propertyId, ...it });
    if (r.ok) items.push(r.data as { id: string; nameZh: string; loanHours: number });
  }
  if (!items.length) return;
  const [umbrella, cart] = items;
  const lendAt = async (at: Date, itemId: string, b: readonly (string | null)[], quantity = 1, dueAt?: Date) => {
    if (at.getTime() > limit) return null;
    api.at(at);
    const [borrowerName, borrowerCompany, borrowerPhone] = b;
    const r = await api.call('front_desk', 'POST', '/front-desk/loans', {
      propertyId,
      itemId,
      quantity,
      borrowerName,
      borrowerCompany,
      borrowerPhone,
      ...(dueAt ? { dueAt: dueAt.toISOString() } : {}),
    });
    return r.ok ? (r.data as { id: string; dueAt: string }) : null;
  };
  for (let d = 21; d >= 1; d--) {
    const day = demo.today.subtract(d, 'day');
    if (day.day() === 0 || day.day() === 6) continue;
    const rainy = rand() < 0.3;
    const n = rainy ? 4 + Math.floor(rand() * 5) : 1 + Math.floor(rand() * 2);
    for (let i = 0; i < n; i++) {
      const item = rainy && i < n - 1 ? umbrella! : items[Math.floor(rand() * items.length)]!;
      const at = day.hour(9 + Math.floor(rand() * 8)).minute(Math.floor(rand() * 60));
      const l = await lendAt(at.toDate(), (item as { id: string }).id, BORROWERS[Math.floor(rand() * BORROWERS.length)]!);
      if (!l) continue;
      const back = at.add(Math.max(20, Math.floor(rand() * (item as { loanHours: number }).loanHours * 50)), 'minute');
      if (back.valueOf() > limit) continue;
      api.at(back.toDate());
      const damaged = item === umbrella && rand() < 0.05;
      await api.call(
        'front_desk',
        'POST',
        `/front-desk/loans/${l.id}/return`,
        damaged ? { condition: 'damaged', note: '伞骨折断，已报损' } : { condition: 'ok' },
      );
    }
  }
  // A hand cart out since last Friday afternoon: overdue this morning.
  const friday = demo.today
    .subtract((demo.today.day() + 2) % 7 || 7, 'day')
    .hour(16)
    .minute(20);
  await lendAt(friday.toDate(), cart!.id, ['钱立新', '市住房和建设局', '13612340008'], 1, friday.add(2, 'hour').toDate());
  // This morning's rain: two umbrellas.
  await lendAt(demo.today.hour(7).minute(50).toDate(), umbrella!.id, BORROWERS[0]!, 1);
  await lendAt(demo.today.hour(8).minute(5).toDate(), umbrella!.id, BORROWERS[3]!, 1);
}
