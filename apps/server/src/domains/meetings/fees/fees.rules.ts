/** Pure fee computation of the 《会议费用确认单》 (SPEC M9): money is integer fen throughout. */
import { FEE_LINE_LABELS } from '@hy/contracts';
import type { FeeLine, PriceList } from '../../../db/schema/index.ts';

/**
 * The venue fee of a meeting of `minutes` in a venue of this class (and type, when the list has a
 * type-specific row): the first band whose hours cover the meeting, or beyond the last band the
 * last band plus every started extra hour. Null when the list has no row for the venue.
 */
export function venueFee(list: PriceList, venue: { venueClass: string; venueType: string }, minutes: number) {
  const row =
    list.venue.find((r) => r.venueClass === venue.venueClass && r.venueType === venue.venueType) ??
    list.venue.find((r) => r.venueClass === venue.venueClass && !r.venueType);
  if (!row || !row.bands.length) return null;
  const bands = [...row.bands].sort((a, b) => a.upToHours - b.upToHours);
  const hours = minutes / 60;
  const band = bands.find((b) => hours <= b.upToHours + 1e-9);
  if (band) return { fen: band.fen, band: `≤${band.upToHours}h`, extraHours: 0 };
  const last = bands[bands.length - 1]!;
  const extraHours = Math.ceil(hours - last.upToHours - 1e-9);
  return { fen: last.fen + extraHours * row.extraHourFen, band: `>${last.upToHours}h`, extraHours };
}

export interface StatementFacts {
  venue: { name: string; venueClass: string; venueType: string };
  minutes: number;
  /** consumables (kind consumable/service) and technical material losses (kind technical), by price-list code */
  items: { code: string; qty: number; invoiceRef?: string | null }[];
  purchases: { id: string; number: string; totalFen: number; invoiceRef: string | null }[];
  /** losses charged from the warehouse (M7), already priced */
  losses?: { code: string | null; name: string; qty: number; unit: string; unitFen: number; sourceId?: string }[];
  extra: { name: string; qty: number; unit: string; unitFen: number; invoiceRef?: string | null }[];
}

/** The statement's lines, or the codes the price list lacks. */
export function statementLines(list: PriceList, f: StatementFacts): { lines: FeeLine[]; unknown: string[] } {
  const lines: FeeLine[] = [];
  const unknown: string[] = [];
  const vf = venueFee(list, f.venue, f.minutes);
  if (!vf) unknown.push(`venue:${f.venue.venueClass}`);
  else
    lines.push({
      kind: 'venue',
      code: `venue.${f.venue.venueClass}`,
      name: `${FEE_LINE_LABELS.venue}（${f.venue.name}，${Math.round((f.minutes / 60) * 10) / 10}小时）`,
      qty: 1,
      unit: '场',
      unitFen: vf.fen,
      amountFen: vf.fen,
      invoiceRef: null,
    });
  for (const i of f.items) {
    const p = list.items.find((x) => x.code === i.code);
    if (!p) {
      unknown.push(i.code);
      continue;
    }
    lines.push({
      kind: p.kind === 'technical' ? 'technical_loss' : 'consumable',
      code: p.code,
      name: p.name,
      qty: i.qty,
      unit: p.unit,
      unitFen: p.fen,
      amountFen: p.fen * i.qty,
      invoiceRef: i.invoiceRef ?? null,
    });
  }
  for (const l of f.losses ?? [])
    lines.push({
      kind: 'technical_loss',
      code: l.code,
      name: l.name,
      qty: l.qty,
      unit: l.unit,
      unitFen: l.unitFen,
      amountFen: l.unitFen * l.qty,
      invoiceRef: null,
      sourceId: l.sourceId ?? null,
    });
  for (const p of f.purchases)
    lines.push({
      kind: 'purchase',
      code: null,
      name: `${FEE_LINE_LABELS.purchase}（${p.number}）`,
      qty: 1,
      unit: '单',
      unitFen: p.totalFen,
      amountFen: p.totalFen,
      invoiceRef: p.invoiceRef,
      sourceId: p.id,
    });
  for (const e of f.extra)
    lines.push({
      kind: 'other',
      code: null,
      name: e.name,
      qty: e.qty,
      unit: e.unit,
      unitFen: e.unitFen,
      amountFen: e.unitFen * e.qty,
      invoiceRef: e.invoiceRef ?? null,
    });
  return { lines, unknown };
}

export const totalFen = (lines: Pick<FeeLine, 'amountFen'>[]) => lines.reduce((s, l) => s + l.amountFen, 0);

/**
 * A booking's expected fee before it is made: the venue fee for its hours and, for each requested
 * service the price list prices (an item whose code is the service's or starts with it), the quantity
 * asked for, else one per attendee for water and one otherwise. What is used is counted after the meeting.
 */
export function estimateFee(
  list: PriceList,
  b: {
    venue: { name: string; venueClass: string; venueType: string };
    minutes: number;
    attendeeCount: number;
    services: { code: string; qty?: number }[];
  },
) {
  const vf = venueFee(list, b.venue, b.minutes);
  const items = b.services.flatMap((s) => {
    const p = list.items.find((i) => i.code === s.code || i.code.startsWith(`${s.code}.`));
    if (!p) return [];
    const qty = s.qty ?? (s.code === 'water' ? b.attendeeCount : 1);
    return [{ service: s.code, code: p.code, name: p.name, unit: p.unit, qty, unitFen: p.fen, amountFen: p.fen * qty }];
  });
  const venue = vf ? { name: b.venue.name, hours: Math.round((b.minutes / 60) * 10) / 10, fen: vf.fen, extraHours: vf.extraHours } : null;
  return { priced: !!vf, venue, items, totalFen: (vf?.fen ?? 0) + totalFen(items) };
}
