/**
 * 场地看板: venues (rows, by building) × time (07:00–22:00 in 30-minute slots) for a day, or × 7 days.
 * Drag across free slots of a row to book them; click a block for its detail. Live: refetches when a
 * booking of the property changes anywhere.
 */
import { useCallback, useMemo, useState } from 'react';
import { Button, Empty, Space, Spin } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import type { Venue } from '../places/api';
import { BOOKING_LIVE_TOPICS, bookingKeys, useAllVenues, wall } from './api';
import { blockedSlots, minutesIn, mondayOf, useBoard, type Block } from './board/board';
import { BoardToolbar } from './board/BoardToolbar';
import { BoardLegend } from './board/BoardLegend';
import { BoardHead } from './board/BoardHead';
import { VenueLabel } from './board/VenueLabel';
import { DayTrack } from './board/DayTrack';
import { WeekCells } from './board/WeekCells';
import { useBoardVenues, type VenueFilters } from './board/useBoardVenues';
import { useSlotDrag } from './board/useSlotDrag';
import { QuickBook } from './board/QuickBook';
import { BookingDrawer } from './detail/BookingDrawer';
import { BookingForm, type BookingDraft } from './BookingForm';
import { ClosureButton } from './ClosureModal';
import { useBookingLabels } from './labels';
import './bookings.css';

export default function BoardPage() {
  const { t } = useBookingLabels();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const canBook = session.can('bookings.create');
  const staff = session.can('bookings.manage');
  const [params, setParams] = useSearchParams();
  const today = wall(new Date(), tz).startOf('day');
  const date = params.get('date') && dayjs(params.get('date')).isValid() ? dayjs(params.get('date')).startOf('day') : today;
  const view = params.get('view') === 'week' ? 'week' : 'day';
  const setDate = (d: Dayjs, v: string = view) =>
    setParams(
      (p) => {
        p.set('date', d.format('YYYY-MM-DD'));
        p.set('view', v);
        return p;
      },
      { replace: true },
    );
  const [filters, setFilters] = useState<VenueFilters>({ equipment: [] });
  const [openId, setOpenId] = useState<string | null>(null);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  const [quick, setQuick] = useState<BookingDraft | null>(null);

  useLive(BOOKING_LIVE_TOPICS, [bookingKeys.all], session.propertyId);
  const venues = useAllVenues(session.propertyId);
  const from = view === 'week' ? mondayOf(date) : date;
  const days = view === 'week' ? 7 : 1;
  const board = useBoard(session.propertyId, tz, from, days);
  const { shown, groups, buildings } = useBoardVenues(venues.data, filters);
  const byVenue = useMemo(() => {
    const m = new Map<string, Block[]>();
    for (const b of board.data ?? []) m.set(b.venueId, [...(m.get(b.venueId) ?? []), b]);
    return m;
  }, [board.data]);

  // drag to select free slots (day view): held, closed and past slots cannot be picked
  const now = wall(new Date(), tz);
  const nowMin = date.isSame(now, 'day') ? minutesIn(now, date) : date.isBefore(now, 'day') ? 24 * 60 : -1;
  const blocked = useCallback((v: Venue) => blockedSlots(v, byVenue.get(v.id) ?? [], date, nowMin), [byVenue, date, nowMin]);
  // Booking staff confirm a dragged slot in the quick booking (C-class halls need the application form).
  const quickVenue = venues.data?.find((v) => v.id === quick?.venueId) ?? null;
  const onPick = useCallback(
    (d: BookingDraft) => {
      const v = venues.data?.find((x) => x.id === d.venueId);
      if (staff && v && v.venueClass !== 'C') setQuick(d);
      else setDraft(d);
    },
    [staff, venues.data],
  );
  const { drag, onDown, onMove } = useSlotDrag({ enabled: canBook, day: date, blocked, onPick });

  const weekDays = Array.from({ length: 7 }, (_, i) => from.add(i, 'day'));

  return (
    <div className="bk-board-page">
      <PageHeader
        title={t('board.title')}
        extra={
          <Space>
            {staff && <ClosureButton onOpenBooking={setOpenId} />}
            {canBook && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({ start: undefined })} data-testid="new-booking">
                {t('board.newBooking')}
              </Button>
            )}
          </Space>
        }
      />
      <BoardToolbar
        view={view}
        date={date}
        today={today}
        days={days}
        onDate={setDate}
        filters={filters}
        onFilters={setFilters}
        buildings={buildings}
        fetching={board.isFetching}
        onRefresh={() => void board.refetch()}
      />
      <BoardLegend dragHint={canBook && view === 'day'} count={shown.length} />
      <Spin spinning={venues.isLoading || board.isLoading}>
        {!shown.length && !venues.isLoading ? (
          <Empty style={{ padding: 40 }} description={t('board.noVenues')} />
        ) : (
          <div className={`bk-board ${view === 'week' ? 'bk-week' : 'bk-day'}`} data-testid="board">
            <BoardHead view={view} date={date} today={today} weekDays={weekDays} onDay={(d) => setDate(d, 'day')} />
            {groups.map((g) => (
              <div key={g.name}>
                <div className="bk-group">
                  {g.name} <span className="bk-group-count">{g.list.length}</span>
                </div>
                {g.list.map((v) => (
                  <div key={v.id} className={`bk-row${v.bookable ? '' : ' is-off'}`} data-testid="board-row" data-venue={v.name}>
                    <div className="bk-label-cell">
                      <VenueLabel v={v} />
                    </div>
                    {view === 'day' ? (
                      <DayTrack
                        v={v}
                        day={date}
                        blocks={byVenue.get(v.id) ?? []}
                        nowMin={nowMin}
                        canBook={canBook}
                        drag={drag?.venueId === v.id ? drag : null}
                        onMouseDown={(e) => onDown(v, e)}
                        onMouseMove={(e) => onMove(v, e)}
                        onOpen={setOpenId}
                      />
                    ) : (
                      <WeekCells weekDays={weekDays} blocks={byVenue.get(v.id) ?? []} onDay={(d) => setDate(d, 'day')} onOpen={setOpenId} />
                    )}
                  </div>
                ))}
              </div>
            ))}
          </div>
        )}
      </Spin>
      <BookingDrawer id={openId} onClose={() => setOpenId(null)} />
      <QuickBook
        draft={quick}
        venue={quickVenue}
        tz={tz}
        onClose={() => setQuick(null)}
        onFullForm={(d) => {
          setQuick(null);
          setDraft(d);
        }}
        onSaved={(b) => setDate(wall(b.startAt, tz).startOf('day'))}
      />
      <BookingForm
        open={!!draft}
        draft={draft}
        onClose={() => setDraft(null)}
        onSaved={(b) => setDate(wall(b.startAt, tz).startOf('day'))}
      />
    </div>
  );
}
