/** A block's tooltip: number and status (or closed), times, title, organizer, the held span with buffers, the linked venue. */
import { useBookingLabels } from '../labels';
import type { Block } from './board';

export function BlockTip({ b }: { b: Block }) {
  const L = useBookingLabels();
  const { t } = L;
  return (
    <div style={{ fontSize: 12 }}>
      <div>
        <b>{b.kind === 'closed' ? t('board.closed') : `${b.number ?? ''} · ${L.status(b.kind)}`}</b>
      </div>
      <div>
        {b.start.format('MM-DD HH:mm')}–{b.end.format('HH:mm')}
      </div>
      {b.title && <div>{b.title}</div>}
      {b.organizer && (
        <div>
          {b.organizer}
          {b.attendees ? ` · ${t('board.people', { n: b.attendees })}` : ''}
        </div>
      )}
      {b.kind !== 'closed' && (b.heldFrom.isBefore(b.start) || b.heldTo.isAfter(b.end)) && (
        <div>{t('board.heldSpan', { from: b.heldFrom.format('HH:mm'), to: b.heldTo.format('HH:mm') })}</div>
      )}
      {b.linkedFrom && <div>{t('board.linkedFrom', { venue: b.linkedFrom })}</div>}
    </div>
  );
}
