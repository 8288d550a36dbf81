/** A month as the web reads it: lines, totals per sheet, receivables per company, signatures, next step, policies. */
import type { BillingMonth, SignStep } from '@hy/contracts';
import { FEE_SHEETS, SIGN_STEPS } from '@hy/contracts';
import type { Actor } from '../../../lib/context.ts';
import { can, hasRole } from '../../../lib/context.ts';
import type { DrawWarning } from './months.draw.ts';
import type * as repo from './months.repository.ts';
import { STEP_ROLE, nextStep } from './months.rules.ts';

type LineRow = Awaited<ReturnType<typeof repo.linesOf>>[number];

export function presentMonth(
  m: repo.MonthRow,
  lines: LineRow[],
  sigs: repo.SignatureRow[],
  warnings: DrawWarning[],
  actor: Actor | null,
): BillingMonth {
  const sheetTotals: Record<string, number> = Object.fromEntries(FEE_SHEETS.map((s) => [s, 0]));
  const byOrg = new Map<string, { organizationId: string; organizationName: string; bySheet: Record<string, number>; totalFen: number }>();
  for (const { l, organizationName } of lines) {
    sheetTotals[l.sheet] = (sheetTotals[l.sheet] ?? 0) + l.amountFen;
    const o = byOrg.get(l.organizationId) ?? { organizationId: l.organizationId, organizationName, bySheet: {}, totalFen: 0 };
    o.bySheet[l.sheet] = (o.bySheet[l.sheet] ?? 0) + l.amountFen;
    o.totalFen += l.amountFen;
    byOrg.set(l.organizationId, o);
  }
  const live = sigs.filter((s) => !s.voidedAt).map((s) => s.step as SignStep);
  const next = m.state === 'signed' ? null : nextStep(live);
  const open = m.state !== 'signed';
  return {
    id: m.id,
    propertyId: m.propertyId,
    month: m.month,
    state: m.state,
    version: m.version,
    throughDay: m.throughDay,
    totalFen: m.totalFen,
    drawnAt: m.drawnAt.toISOString(),
    drawnByName: m.drawnByName,
    signedAt: m.signedAt?.toISOString() ?? null,
    sheetTotals,
    receivables: [...byOrg.values()].sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'zh-CN')),
    lines: lines.map(({ l, organizationName, unitCode }) => ({
      id: l.id,
      sheet: l.sheet,
      organizationId: l.organizationId,
      organizationName,
      unitId: l.unitId,
      unitCode,
      description: l.description,
      quantity: l.quantity === null ? null : Number(l.quantity),
      unitPriceFen: l.unitPriceFen,
      amountFen: l.amountFen,
    })),
    signatures: sigs.map((s) => ({
      id: s.id,
      step: s.step,
      version: s.version,
      signerName: s.signerName,
      signatureFileId: s.signatureFileId,
      signedAt: s.signedAt.toISOString(),
      voidedAt: s.voidedAt?.toISOString() ?? null,
      voidReason: s.voidReason,
    })),
    nextStep: next,
    warnings,
    policies: {
      redraw: !!actor && open && can(actor, m.propertyId, 'billing.manage'),
      edit: !!actor && open && can(actor, m.propertyId, 'billing.manage'),
      sign: !!actor && !!next && can(actor, m.propertyId, 'billing.sign') && hasRole(actor, m.propertyId, STEP_ROLE[next]),
    },
  };
}

export const STEP_ORDER = SIGN_STEPS;
