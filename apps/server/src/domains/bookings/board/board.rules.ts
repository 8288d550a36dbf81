/** The availability board, pure: how a hold is drawn; tested in board.rules.test.ts. */
import type { BoardItemKind } from '@hy/contracts';

export interface HoldFacts {
  from: Date;
  to: Date;
  bookingId: string | null;
  closureId: string | null;
  startAt: Date | null;
  endAt: Date | null;
}
/** A hold as board items: the meeting, the setup/cleanup buffers around it, or a closure. */
export function boardPieces(h: HoldFacts): { kind: BoardItemKind; start: Date; end: Date }[] {
  if (!h.bookingId || !h.startAt || !h.endAt) return [{ kind: 'closure', start: h.from, end: h.to }];
  const s = Math.max(h.from.getTime(), h.startAt.getTime());
  const e = Math.min(h.to.getTime(), h.endAt.getTime());
  return (
    [
      ['buffer', h.from.getTime(), s],
      ['booking', s, e],
      ['buffer', e, h.to.getTime()],
    ] as const
  )
    .filter(([, a, b]) => b > a)
    .map(([kind, a, b]) => ({ kind, start: new Date(a), end: new Date(b) }));
}
