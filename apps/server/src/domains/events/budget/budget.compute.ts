/**
 * The budget computed against the live figures (read-only): today's figures of the event (registered people, days,
 * room nights, vehicle-days, covers), the actual cost lines (the sub-features' seams plus the purchases recorded
 * here), and `recomputeBudget` — the benchmark's "budget recomputation against live registrations".
 */
import type { DbOrTx } from '../../../db/client.ts';
import type { CostLine, EventFigures } from '../event/event.costs.ts';
import { findEvent } from '../event/event.repository.ts';
import { daysOf } from '../events.shared.ts';
import { guestFigures } from '../guests/guests.figures.ts';
import { hotelCosts, hotelFigure } from '../hotels/hotels.costs.ts';
import { transportCosts, transportFigure } from '../transport/transport.costs.ts';
import { cateringCosts, cateringFigure } from '../catering/catering.costs.ts';
import { materialsCosts } from '../materials/materials.costs.ts';
import { programmeCosts } from '../programme/programme.costs.ts';
import { amountOf, unitsOf, variance } from './budget.rules.ts';
import * as repo from './budget.repository.ts';

export async function liveFigures(db: DbOrTx, event: { id: string; startsOn: string; endsOn: string }): Promise<EventFigures> {
  const [g, roomNights, vehicleDays, covers] = await Promise.all([
    guestFigures(db, event.id),
    hotelFigure(db, event.id),
    transportFigure(db, event.id),
    cateringFigure(db, event.id),
  ]);
  return { guests: g.people, days: daysOf(event.startsOn, event.endsOn).length, roomNights, vehicleDays, covers };
}

export interface ActualLine extends CostLine {
  id: string | null;
  invoiceRef: string | null;
  spentOn: string | null;
}

/** The seams' cost lines as recorded so far, then the purchases recorded here. */
export async function actualLines(db: DbOrTx, eventId: string): Promise<ActualLine[]> {
  const seams = (
    await Promise.all([
      programmeCosts(db, eventId),
      hotelCosts(db, eventId),
      transportCosts(db, eventId),
      cateringCosts(db, eventId),
      materialsCosts(db, eventId),
    ])
  ).flat();
  const manual = await repo.actualsOf(db, eventId);
  return [
    ...seams.map((c) => ({ ...c, id: null, invoiceRef: null, spentOn: null })),
    ...manual.map((a) => ({
      id: a.id,
      category: a.category,
      name: a.name,
      qty: 1,
      unit: '项',
      unitFen: a.amountFen,
      amountFen: a.amountFen,
      source: 'manual',
      invoiceRef: a.invoiceRef,
      spentOn: a.spentOn,
    })),
  ];
}

/** A version's lines priced with the given figures. */
export const priced = (v: repo.VersionRow, f: EventFigures) =>
  v.lines.map((l) => ({ ...l, units: unitsOf(l, f), amountFen: amountOf(l, f) }));

/** Approved (as approved), current (the approved, else the latest, version with today's figures) and actual, per category. */
export function budgetAgainst(versions: repo.VersionRow[], figures: EventFigures, actuals: ActualLine[]) {
  const approved = versions.find((v) => v.status === 'approved') ?? null;
  const basis = approved ?? versions.at(-1) ?? null;
  const current = basis ? priced(basis, figures) : [];
  const approvedLines = approved ? priced(approved, approved.snapshot ?? figures) : [];
  return { approved, basis, current, ...variance(approvedLines, current, actuals) };
}

/**
 * The current computation: the latest approved version (else the latest) priced with today's figures, against the
 * approved amounts and the actuals.
 */
export async function recomputeBudget(db: DbOrTx, eventId: string) {
  const event = await findEvent(db, eventId);
  if (!event) return null;
  const figures = await liveFigures(db, event);
  const r = budgetAgainst(await repo.versionsOf(db, eventId), figures, await actualLines(db, eventId));
  return {
    eventId,
    figures,
    version: r.basis?.version ?? null,
    approvedVersion: r.approved?.version ?? null,
    lines: r.current,
    rows: r.rows,
    totals: r.totals,
  };
}
