/** The programme's own rules, pure: the sessions among themselves, before any booking is tried. */

export interface ClashItem {
  index: number;
  title: string;
  venueId: string | null;
  start: Date;
  end: Date;
}
export interface VenueBuffers {
  setupMinutes: number;
  cleanupMinutes: number;
}
export interface SessionClash {
  a: number;
  b: number;
}

/** The window a session holds its venue: its time with the venue's setup before and cleanup after. */
export const heldWindow = (s: Pick<ClashItem, 'start' | 'end'>, b: VenueBuffers | undefined): [number, number] => [
  s.start.getTime() - (b?.setupMinutes ?? 0) * 60_000,
  s.end.getTime() + (b?.cleanupMinutes ?? 0) * 60_000,
];

/**
 * Every pair of sessions that would hold the same venue at once (buffers counted); sessions without a venue never
 * clash (a meal or a visit at a free-text place).
 */
export function sessionClashes(items: ClashItem[], buffers: Map<string, VenueBuffers> = new Map()): SessionClash[] {
  const out: SessionClash[] = [];
  const booked = items.filter((s) => s.venueId);
  for (let i = 0; i < booked.length; i++)
    for (let j = i + 1; j < booked.length; j++) {
      const x = booked[i]!;
      const y = booked[j]!;
      if (x.venueId !== y.venueId) continue;
      const [xs, xe] = heldWindow(x, buffers.get(x.venueId!));
      const [ys, ye] = heldWindow(y, buffers.get(y.venueId!));
      if (xs < ye && ys < xe) out.push({ a: x.index, b: y.index });
    }
  return out;
}

/** Whether a session lies within the event's days (local days, inclusive). */
export const withinDays = (startDay: string, endDay: string, from: string, to: string) => startDay >= from && endDay <= to;

/** The main session by default: the first plenary that has a venue, else the first plenary. */
export function defaultMain<T extends { id: string; kind: string; venueId: string | null; startsAt: Date }>(sessions: T[]): T | null {
  const plenaries = sessions.filter((s) => s.kind === 'plenary').sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return plenaries.find((s) => s.venueId) ?? plenaries[0] ?? null;
}
