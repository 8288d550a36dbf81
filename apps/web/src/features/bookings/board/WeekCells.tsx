/** A venue's row in the week view: a cell a day with its holds in miniature and how many; a click opens the day. */
import type { Dayjs } from 'dayjs';
import { useBookingLabels } from '../labels';
import type { Block } from './board';
import { BoardBlock } from './BoardBlock';

export function WeekCells({
  weekDays,
  blocks,
  onDay,
  onOpen,
}: {
  weekDays: Dayjs[];
  blocks: Block[];
  onDay(d: Dayjs): void;
  onOpen(bookingId: string): void;
}) {
  const { t } = useBookingLabels();
  return (
    <div className="bk-days">
      {weekDays.map((d) => {
        const list = blocks.filter((b) => b.heldFrom.isBefore(d.add(1, 'day')) && b.heldTo.isAfter(d));
        const own = list.filter((b) => !b.linkedFrom).length;
        return (
          <div
            key={d.format('YYYYMMDD')}
            className={`bk-week-cell${d.day() === 0 || d.day() === 6 ? ' is-weekend' : ''}`}
            onClick={(e) => {
              if (!(e.target as HTMLElement).closest('.bk-block')) onDay(d);
            }}
            title={t('board.openDay')}
          >
            <div className="bk-mini">
              {list.map((b) => (
                <BoardBlock key={b.key} b={b} dayRef={d} compact onOpen={onOpen} />
              ))}
            </div>
            {own > 0 && <span className="bk-week-count">{own}</span>}
          </div>
        );
      })}
    </div>
  );
}
