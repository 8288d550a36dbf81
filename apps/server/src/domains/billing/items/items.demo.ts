/** Demo fee items of the demo property and the billing areas of its units (set by the finance manager). */
import type { DemoApi } from '../../../seed/demo-api.ts';

export const DEMO_ITEMS = [
  { code: 'WG01', name: '物业管理费', sheet: 'management', basis: 'area', unitLabel: '㎡·月', unitPriceFen: 650, position: 1 },
  { code: 'SF01', name: '水费', sheet: 'water', basis: 'meter', unitLabel: '吨', unitPriceFen: 520, position: 2 },
  { code: 'DH01', name: '电话月租/分机费', sheet: 'phone', basis: 'fixed', unitLabel: '月', unitPriceFen: 2_500, position: 3 },
  { code: 'CW01', name: '车位费', sheet: 'parking', basis: 'fixed', unitLabel: '月', unitPriceFen: 30_000, position: 4 },
  { code: 'GC01', name: '工程费', sheet: 'engineering', basis: 'charges', unitLabel: '次', unitPriceFen: 0, position: 5 },
  { code: 'QT01', name: '其它服务费', sheet: 'other_services', basis: 'charges', unitLabel: '次', unitPriceFen: 0, position: 6 },
] as const;

export async function demoItems(api: DemoApi, pid: string) {
  for (const it of DEMO_ITEMS)
    await api.call('finance_manager', 'POST', '/billing/items', { propertyId: pid, ...it, surchargeFen: 0, rounding: 'fen', dueDay: 15 });
  const units = await api.call('finance_manager', 'GET', `/billing/units?propertyId=${pid}`);
  if (!units.ok) return;
  let i = 0;
  for (const u of units.data.data as { id: string; organizationId: string | null }[]) {
    if (!u.organizationId) continue;
    const area = 180 + ((i++ * 137) % 520) + (i % 4) * 0.25;
    await api.call('finance_manager', 'PUT', `/billing/units/${u.id}/area`, { billingAreaSqm: area });
  }
}
