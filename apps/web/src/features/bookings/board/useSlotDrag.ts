import { useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import type { Dayjs } from 'dayjs';
import type { Venue } from '../../places/api';
import type { BookingDraft } from '../form/values';
import { DAY_START, SLOT, SLOTS } from './board';

/** A drag across a row's free slots: where it started, where it is, how far it may go either way. */
export interface Drag {
  venueId: string;
  anchor: number;
  current: number;
  min: number;
  max: number;
}

/**
 * Drag across the free slots of a day row to pick a time: the drag stops at the first blocked slot
 * either side; letting go hands the venue and times to `onPick`.
 */
export function useSlotDrag(o: { enabled: boolean; day: Dayjs; blocked(v: Venue): boolean[]; onPick(d: BookingDraft): void }) {
  const { enabled, day, blocked, onPick } = o;
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  dragRef.current = drag;

  const slotAt = (e: ReactMouseEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return Math.min(SLOTS - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * SLOTS)));
  };
  const onDown = (v: Venue, e: ReactMouseEvent<HTMLDivElement>) => {
    if (!enabled || e.button !== 0 || (e.target as HTMLElement).closest('.bk-block')) return;
    const b = blocked(v);
    const s = slotAt(e);
    if (b[s]) return;
    let min = s;
    let max = s;
    while (min > 0 && !b[min - 1]) min--;
    while (max < SLOTS - 1 && !b[max + 1]) max++;
    e.preventDefault();
    setDrag({ venueId: v.id, anchor: s, current: s, min, max });
  };
  const onMove = (v: Venue, e: ReactMouseEvent<HTMLDivElement>) => {
    const d = dragRef.current;
    if (!d || d.venueId !== v.id) return;
    const s = Math.min(d.max, Math.max(d.min, slotAt(e)));
    if (s !== d.current) setDrag({ ...d, current: s });
  };
  useEffect(() => {
    const up = () => {
      const d = dragRef.current;
      if (!d) return;
      setDrag(null);
      const a = Math.min(d.anchor, d.current);
      const b = Math.max(d.anchor, d.current) + 1;
      onPick({ venueId: d.venueId, start: day.add(DAY_START + a * SLOT, 'minute'), end: day.add(DAY_START + b * SLOT, 'minute') });
    };
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, [day, onPick]);
  return { drag, onDown, onMove };
}
