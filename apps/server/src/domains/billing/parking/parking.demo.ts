/** Demo parking spaces (B1/B2) assigned to tenant companies, one changing hands mid-month; phone lines and extensions. */
import type { DemoApi } from '../../../seed/demo-api.ts';

export async function demoParkingAndPhones(api: DemoApi, pid: string, orgs: string[], firstMonth: string) {
  const start = `${firstMonth}-01`;
  for (let i = 0; i < 14; i++) {
    const zone = i < 8 ? 'B1' : 'B2';
    const s = await api.call('cs_assistant', 'POST', '/billing/parking', {
      propertyId: pid,
      code: `${zone}-${String(i + 1).padStart(3, '0')}`,
      zone,
      monthlyFeeFen: zone === 'B1' ? 30_000 : 25_000,
    });
    if (!s.ok || i >= orgs.length) continue;
    const plate = `粤B·${String(10_000 + i * 7_919).slice(-5)}`;
    if (i === 3) {
      // Changes hands mid-month: both companies pay that month (a space held on any day counts).
      const [y, m] = firstMonth.split('-').map(Number) as [number, number];
      const mid = `${y + Math.floor((m + 2) / 12)}-${String(((m + 2) % 12) + 1).padStart(2, '0')}-15`;
      await api.call('cs_assistant', 'POST', `/billing/parking/${s.data.id}/assign`, {
        organizationId: orgs[i],
        fromDay: start,
        toDay: mid,
        plate,
      });
      const next = orgs[(i + 5) % orgs.length]!;
      await api.call('cs_assistant', 'POST', `/billing/parking/${s.data.id}/assign`, {
        organizationId: next,
        fromDay: mid.slice(0, 8) + '16',
        plate: null,
      });
    } else
      await api.call('cs_assistant', 'POST', `/billing/parking/${s.data.id}/assign`, { organizationId: orgs[i], fromDay: start, plate });
  }
  const lines: { id: string }[] = [];
  for (const [i, org] of orgs.slice(0, 12).entries()) {
    const l = await api.call('cs_assistant', 'POST', '/billing/phones', {
      propertyId: pid,
      organizationId: org,
      number: `0755-8330${2000 + i * 11}`,
      kind: 'line',
      monthlyRentFen: 2_500,
    });
    if (l.ok) lines.push(l.data);
    if (i % 3 === 0) {
      const x = await api.call('cs_assistant', 'POST', '/billing/phones', {
        propertyId: pid,
        organizationId: org,
        number: `分机 ${8100 + i}`,
        kind: 'extension',
        monthlyRentFen: 1_000,
      });
      if (x.ok) lines.push(x.data);
    }
  }
  return lines.map((l) => l.id);
}

/** The month's phone usage fees typed from the carrier's bill. */
export async function demoPhoneUsage(api: DemoApi, lineIds: string[], month: string, salt: number) {
  for (const [i, id] of lineIds.entries()) {
    const usageFen = 1_800 + ((i * 3_733 + salt * 1_171) % 14_000);
    await api.call('cs_assistant', 'PUT', `/billing/phones/${id}/usage`, { month, usageFen });
  }
}
