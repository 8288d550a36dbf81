/** One hold on a board row: its buffers, the block (text unless compact), the tooltip; a readable booking opens on click. */
import { Fragment } from 'react';
import { Tooltip } from 'antd';
import type { Dayjs } from 'dayjs';
import { useBookingLabels } from '../labels';
import { DAY_END, DAY_START, minutesIn, pct, type Block } from './board';
import { BlockTip } from './BlockTip';

export function BoardBlock({ b, dayRef, compact, onOpen }: { b: Block; dayRef: Dayjs; compact: boolean; onOpen(id: string): void }) {
  const { t } = useBookingLabels();
  const s = minutesIn(b.start, dayRef);
  const e = minutesIn(b.end, dayRef);
  const hs = minutesIn(b.heldFrom, dayRef);
  const he = minutesIn(b.heldTo, dayRef);
  if (he <= DAY_START || hs >= DAY_END) return null;
  const cls = `bk-block bk-${b.kind}${b.linkedFrom ? ' bk-linked' : ''}${compact ? ' bk-compact' : ''}${b.readable ? '' : ' is-opaque'}`;
  return (
    <Fragment>
      {b.kind !== 'closed' && hs < s && <div className="bk-buffer" style={{ left: `${pct(hs)}%`, width: `${pct(s) - pct(hs)}%` }} />}
      {b.kind !== 'closed' && he > e && <div className="bk-buffer" style={{ left: `${pct(e)}%`, width: `${pct(he) - pct(e)}%` }} />}
      <Tooltip title={<BlockTip b={b} />} mouseEnterDelay={0.25}>
        <div
          className={cls}
          style={{ left: `${pct(s)}%`, width: `max(${pct(e) - pct(s)}%, 4px)` }}
          data-testid="board-block"
          data-number={b.number ?? ''}
          data-unit={b.organizer ?? ''}
          onClick={() => b.bookingId && b.readable && onOpen(b.bookingId)}
          role={b.bookingId && b.readable ? 'button' : undefined}
        >
          {!compact && (
            <span className="bk-block-text">
              {b.kind === 'closed' ? (
                b.title || t('board.closed')
              ) : (
                <>
                  {e - s > 90 ? `${b.start.format('HH:mm')} ` : ''}
                  {b.title || (b.readable ? b.number : t('board.occupied'))}
                  {b.organizer ? <span className="bk-block-org"> · {b.organizer}</span> : null}
                </>
              )}
            </span>
          )}
        </div>
      </Tooltip>
    </Fragment>
  );
}
