/** A venue's row in the day view: closed hours, the past, its holds, and the slots being dragged over. */
import type { MouseEvent as ReactMouseEvent } from 'react';
import type { Dayjs } from 'dayjs';
import type { Venue } from '../../places/api';
import { DAY_START, SLOT, SLOTS, hhmm, pct, type Block } from './board';
import { BoardBlock } from './BoardBlock';
import { ClosedHours } from './ClosedHours';
import type { Drag } from './useSlotDrag';

export function DayTrack({
  v,
  day,
  blocks,
  nowMin,
  canBook,
  drag,
  onMouseDown,
  onMouseMove,
  onOpen,
}: {
  v: Venue;
  day: Dayjs;
  blocks: Block[];
  nowMin: number;
  canBook: boolean;
  /** the drag over this row, if any */
  drag: Drag | null;
  onMouseDown(e: ReactMouseEvent<HTMLDivElement>): void;
  onMouseMove(e: ReactMouseEvent<HTMLDivElement>): void;
  onOpen(bookingId: string): void;
}) {
  return (
    <div className={`bk-track${canBook ? ' can-book' : ''}`} onMouseDown={onMouseDown} onMouseMove={onMouseMove} data-testid="board-track">
      <ClosedHours v={v} />
      {nowMin > DAY_START && <div className="bk-past" style={{ width: `${pct(nowMin)}%` }} />}
      {blocks.map((b) => (
        <BoardBlock key={b.key} b={b} dayRef={day} compact={false} onOpen={onOpen} />
      ))}
      {drag && (
        <div
          className="bk-selection"
          style={{
            left: `${pct(DAY_START + Math.min(drag.anchor, drag.current) * SLOT)}%`,
            width: `${((Math.abs(drag.current - drag.anchor) + 1) / SLOTS) * 100}%`,
          }}
        >
          {hhmm(DAY_START + Math.min(drag.anchor, drag.current) * SLOT)}–
          {hhmm(DAY_START + (Math.max(drag.anchor, drag.current) + 1) * SLOT)}
        </div>
      )}
    </div>
  );
}
