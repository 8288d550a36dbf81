/** Pure rules of paid-repair quotes (S6): lines priced from the price list or free (with a note), the total in fen. */
import type { ChargeItem } from '../../../db/schema/index.ts';

export interface QuoteLineInput {
  priceItemId?: string | null;
  name?: string;
  qty: number;
  unitPriceFen?: number;
  note?: string | null;
}
export interface PriceEntry {
  id: string;
  propertyId: string;
  name: string;
  kind: 'labour' | 'material';
  unit: string;
  priceFen: number;
  active: boolean;
}

/** A line's amount: quantity × unit price, rounded to the fen. */
export const lineFen = (i: { qty: number; unitPriceFen: number }) => Math.round(i.qty * i.unitPriceFen);
export const totalFen = (items: { qty: number; unitPriceFen: number }[]) => items.reduce((s, i) => s + lineFen(i), 0);

/**
 * The quote's lines: a price-list line takes its name, kind, unit and price from the list (an unknown, inactive
 * or other property's item → its index in `unknown`); a free line keeps what was typed and its note.
 */
export function priceLines(input: QuoteLineInput[], list: PriceEntry[], propertyId: string) {
  const byId = new Map(list.map((p) => [p.id, p]));
  const unknown: number[] = [];
  const items: ChargeItem[] = input.map((l, i) => {
    if (!l.priceItemId) return { name: l.name!, qty: l.qty, unitPriceFen: l.unitPriceFen!, priceItemId: null, note: l.note ?? null };
    const p = byId.get(l.priceItemId);
    if (!p || !p.active || p.propertyId !== propertyId) {
      unknown.push(i);
      return { name: '', qty: 0, unitPriceFen: 0 };
    }
    return { name: p.name, qty: l.qty, unitPriceFen: p.priceFen, priceItemId: p.id, kind: p.kind, unit: p.unit, note: l.note ?? null };
  });
  return { items, unknown, amountFen: totalFen(items) };
}

/** Work-order states in which a quote may still change (before the work is done). */
export const QUOTABLE_WORK_ORDER = ['issued', 'accepted', 'on_site'];
/** Charge states a new quote may replace; replacing a consent voids it (the customer consents again). */
export const REQUOTABLE = ['quoted', 'declined', 'consented'] as const;
