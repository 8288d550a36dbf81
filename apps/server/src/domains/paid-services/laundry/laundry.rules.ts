/**
 * Pure rules of laundry (洗客衣服务) and what laundry and meals share: the collect deadline after the call, the
 * state steps of a request, line totals, the evaluation's due day (N days before the supplier's pay day), and
 * the month statement per tenant and per supplier.
 */
import type { LaundryState } from '@hy/contracts';

/** The laundry must collect within `minutes` of being phoned. */
export const collectDueAt = (calledAt: Date, minutes: number) => new Date(calledAt.getTime() + minutes * 60_000);

/** Not collected and the deadline has passed (the timer alerts the desk once). */
export function collectOverdue(r: { collectDueAt: Date | null; collectedAt: Date | null }, now: Date) {
  return !!r.collectDueAt && !r.collectedAt && now.getTime() > r.collectDueAt.getTime();
}

/** Collected after the deadline. */
export function collectedLate(r: { collectDueAt: Date | null; collectedAt: Date | null }) {
  return !!r.collectDueAt && !!r.collectedAt && r.collectedAt.getTime() > r.collectDueAt.getTime();
}

/** The states each step starts from. */
export const LAUNDRY_STEPS: Record<'call' | 'collect' | 'return' | 'rewash' | 'sign', readonly LaundryState[]> = {
  call: ['requested'],
  collect: ['called'],
  return: ['collected', 'rewash'],
  rewash: ['returned'],
  sign: ['returned'],
};
export const stepAllowed = (step: keyof typeof LAUNDRY_STEPS, state: LaundryState) => LAUNDRY_STEPS[step].includes(state);

/** Σ qty × price (laundry) or count × price (meals), in fen. */
export const linesTotal = (lines: readonly { qty?: number; count?: number; priceFen: number }[]) =>
  lines.reduce((s, l) => s + (l.qty ?? l.count ?? 0) * l.priceFen, 0);

/** The monthly evaluation is due `daysBefore` days before the month's supplier pay day: 'YYYY-MM-DD'. */
export function evaluationDueOn(month: string, payDay: number, daysBefore: number) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = new Date(Date.UTC(y, m - 1, Math.min(payDay, last) - daysBefore));
  return d.toISOString().slice(0, 10);
}

export interface StatementItem {
  id: string;
  organizationId: string;
  organizationName: string;
  supplierId: string;
  supplierName: string;
  day: string;
  description: string;
  amountFen: number;
}

/** The month's signed items: per tenant (the month list of 确定单) and per supplier (the settlement), with totals. */
export function statementOf(items: readonly StatementItem[]) {
  const tenants = new Map<string, { organizationId: string; organizationName: string; items: StatementItem[]; totalFen: number }>();
  const suppliers = new Map<string, { supplierId: string; supplierName: string; count: number; totalFen: number }>();
  for (const i of [...items].sort((a, b) => a.day.localeCompare(b.day))) {
    const t = tenants.get(i.organizationId) ?? {
      organizationId: i.organizationId,
      organizationName: i.organizationName,
      items: [],
      totalFen: 0,
    };
    t.items.push(i);
    t.totalFen += i.amountFen;
    tenants.set(i.organizationId, t);
    const s = suppliers.get(i.supplierId) ?? { supplierId: i.supplierId, supplierName: i.supplierName, count: 0, totalFen: 0 };
    s.count++;
    s.totalFen += i.amountFen;
    suppliers.set(i.supplierId, s);
  }
  return {
    tenants: [...tenants.values()]
      .sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'zh'))
      .map((t) => ({ ...t, items: t.items.map((i) => ({ id: i.id, day: i.day, description: i.description, amountFen: i.amountFen })) })),
    suppliers: [...suppliers.values()],
    totalFen: items.reduce((s, i) => s + i.amountFen, 0),
  };
}
