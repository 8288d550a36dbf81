/**
 * Signed billing months for the notices / payments / dunning suites: the month row (state 'signed') and its lines
 * inserted directly (the drawing and signing are another sub-feature's), then the notices issued in a transaction
 * as the last signature does.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { billingMonths, billingLines, billingNotices } from '../db/schema/index.ts';
import { systemCtx } from '../lib/context.ts';
import { issueNotices } from '../domains/billing/index.ts';

export interface MonthLine {
  organizationId: string;
  unitId?: string | null;
  sheet?: 'management' | 'water' | 'phone' | 'parking' | 'engineering' | 'other_services';
  description?: string;
  amountFen: number;
}

/** A signed month with its lines; its id. */
export async function signedMonth(db: Db, propertyId: string, month: string, lines: MonthLine[]) {
  const [m] = await db
    .insert(billingMonths)
    .values({
      propertyId,
      month,
      state: 'signed',
      throughDay: `${month}-25`,
      totalFen: lines.reduce((a, l) => a + l.amountFen, 0),
      drawnAt: new Date(`${month}-25T02:00:00Z`),
      signedAt: new Date(`${month}-27T02:00:00Z`),
    })
    .returning();
  if (lines.length)
    await db.insert(billingLines).values(
      lines.map((l, i) => ({
        monthId: m!.id,
        propertyId,
        organizationId: l.organizationId,
        unitId: l.unitId ?? null,
        sheet: l.sheet ?? 'management',
        description: l.description ?? '物业管理费',
        amountFen: l.amountFen,
        position: i,
      })),
    );
  return m!.id;
}

/** A signed month with its notices issued (as the last signature does); the notices by company. */
export async function issuedMonth(db: Db, propertyId: string, month: string, lines: MonthLine[], at = new Date(`${month}-27T02:00:00Z`)) {
  const id = await signedMonth(db, propertyId, month, lines);
  await db.transaction((tx) => issueNotices(tx, systemCtx(tx, at), id));
  const rows = await db.select().from(billingNotices).where(eq(billingNotices.monthId, id));
  return { monthId: id, byOrg: new Map(rows.map((r) => [r.organizationId, r])) };
}
