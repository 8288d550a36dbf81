/** Demo water readings: each unit's meter read a few days before the draw day, 20–95 tonnes a month. */
import type { DemoApi } from '../../../seed/demo-api.ts';

export async function demoReadings(api: DemoApi, pid: string, month: string, readOn: string, salt: number) {
  const sheet = await api.call('cs_assistant', 'GET', `/billing/meters?propertyId=${pid}&month=${month}`);
  if (!sheet.ok) return;
  for (const [i, r] of (sheet.data.data as { unitId: string; previousReading: number; organizationName: string | null }[]).entries()) {
    if (!r.organizationName) continue;
    const used = 20 + ((i * 29 + salt * 13) % 75) + ((i + salt) % 10) / 10;
    await api.call('cs_assistant', 'PUT', '/billing/meters', {
      propertyId: pid,
      month,
      unitId: r.unitId,
      currentReading: Math.round((r.previousReading + used) * 100) / 100,
      readOn,
    });
  }
}
